package nl.permitholders.supervision.scenario;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.permitholders.platform.api.Violations;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.forecast.Forecast;
import nl.permitholders.supervision.scenario.ScenarioRequest.AssumptionsRequest;
import nl.permitholders.supervision.scenario.ScenarioRequest.NationalTotal;
import nl.permitholders.supervision.scenario.ScenarioRequest.StatedHouseholds;

/**
 * What a scenario may ask: coming half-years, each once, from the current one up to {@link ScenarioLimits#HALF_YEARS_AHEAD}
 * after it (a scenario prepares a decision; a half-year that has ended has its quota); a forecast without an assumed
 * number housed; and a stated household mix whose persons fit its kinds of home (a room one single each, a small home 2
 * or 3 a household, a family home 4 to 6, a large family's 7 or more). Every refusal names its field.
 */
public final class ScenarioRequestRule {

    private ScenarioRequestRule() {
    }

    /** A scenario as it will be calculated: its national totals by half-year, and its assumptions. */
    public record Asked(SortedMap<Period, Integer> nationalTotals, ScenarioRule.Assumptions assumptions) {
    }

    /**
     * @param prefix the request's path to these fields ("" for a body of its own, "scenarios[1]." in a comparison)
     * @throws nl.permitholders.platform.api.InvalidInputException naming every field refused
     */
    public static Asked asked(List<NationalTotal> halfYears, AssumptionsRequest assumptions, LocalDate today, String prefix) {
        Violations violations = new Violations();
        Asked asked = asked(halfYears, assumptions, today, prefix, violations);
        violations.throwIfAny();
        return asked;
    }

    /** As {@link #asked(List, AssumptionsRequest, LocalDate, String)}, adding what it refuses to {@code violations}. */
    public static Asked asked(List<NationalTotal> halfYears, AssumptionsRequest assumptions, LocalDate today, String prefix,
                              Violations violations) {
        return new Asked(totals(halfYears, today, prefix, violations), assumptions(assumptions, prefix + "assumptions.", violations));
    }

    /**
     * A kept scenario read on a later day: its half-years that have ended since it was kept are left out (their quota
     * follows from the Rijk's distribution, as every quota does); empty when none is left.
     */
    public static Optional<Asked> stillAhead(List<NationalTotal> halfYears, AssumptionsRequest assumptions, LocalDate today) {
        Period current = Period.containing(today);
        List<NationalTotal> ahead = halfYears.stream().filter(h -> !Period.parse(h.period()).isBefore(current)).toList();
        return ahead.isEmpty() ? Optional.empty() : Optional.of(asked(ahead, assumptions, current.firstDay(), ""));
    }

    private static SortedMap<Period, Integer> totals(List<NationalTotal> halfYears, LocalDate today, String prefix, Violations violations) {
        Period current = Period.containing(today);
        Period furthest = current;
        for (int i = 0; i < ScenarioLimits.HALF_YEARS_AHEAD; i++) {
            furthest = furthest.next();
        }
        SortedMap<Period, Integer> totals = new TreeMap<>();
        for (int i = 0; i < halfYears.size(); i++) {
            String field = prefix + "halfYears[" + i + "].period";
            Period period;
            try {
                period = Period.parse(halfYears.get(i).period());
            } catch (IllegalArgumentException e) {
                violations.add(field, "must be a half-year, yyyy-H1 or yyyy-H2 (or yyyy-I, yyyy-II)");
                continue;
            }
            if (period.isBefore(current)) {
                violations.add(field, "must not be before the current half-year, " + current + ": a scenario is about coming half-years");
            } else if (furthest.isBefore(period)) {
                violations.add(field, "must be at most " + ScenarioLimits.HALF_YEARS_AHEAD + " half-years after the current one: "
                        + furthest + " at the latest");
            } else if (totals.containsKey(period)) {
                violations.add(field, "names " + period + " a second time; each half-year has one national total");
            } else {
                totals.put(period, halfYears.get(i).nationalTotal());
            }
        }
        return totals;
    }

    private static ScenarioRule.Assumptions assumptions(AssumptionsRequest asked, String prefix, Violations violations) {
        ScenarioRule.Assumptions defaults = ScenarioRule.Assumptions.defaults();
        if (asked == null) {
            return defaults;
        }
        Forecast.Basis forecast = defaults.forecast();
        if (asked.forecast() != null) {
            if (asked.forecast().equals(Forecast.Basis.UNCHANGED_POLICY.name()) || asked.forecast().equals(Forecast.Basis.WITH_PLAN.name())) {
                forecast = Forecast.Basis.valueOf(asked.forecast());
            } else {
                violations.add(prefix + "forecast", "must be UNCHANGED_POLICY or WITH_PLAN");
            }
        }
        Optional<HouseholdMix> stated = asked.householdMix() == null ? Optional.empty()
                : Optional.of(statedMix(asked.householdMix(), prefix + "householdMix", violations));
        return new ScenarioRule.Assumptions(forecast, asked.paceMonths() == null ? defaults.paceMonths() : asked.paceMonths(),
                asked.householdMixMonths() == null ? defaults.householdMixMonths() : asked.householdMixMonths(),
                asked.minimumHouseholds() == null ? defaults.minimumHouseholds() : asked.minimumHouseholds(), stated);
    }

    private static HouseholdMix statedMix(List<StatedHouseholds> kinds, String field, Violations violations) {
        Map<HomeKind, HouseholdMix.Households> byKind = new EnumMap<>(HomeKind.class);
        java.util.Set<HomeKind> named = java.util.EnumSet.noneOf(HomeKind.class);
        for (int i = 0; i < kinds.size(); i++) {
            StatedHouseholds h = kinds.get(i);
            String at = field + "[" + i + "]";
            if (!named.add(h.kind())) {
                violations.add(at + ".kind", "names " + h.kind() + " a second time");
                continue;
            }
            int households = h.households();
            int persons = h.persons();
            int[] sizes = switch (h.kind()) {
                case ROOM -> new int[] {1, 1};
                case SMALL_HOME -> new int[] {2, 3};
                case FAMILY_HOME -> new int[] {4, 6};
                case LARGE_FAMILY_HOME -> new int[] {HomeKind.LARGE_FAMILY_PERSONS, Integer.MAX_VALUE};
            };
            if ((long) persons < (long) households * sizes[0] || (long) persons > (long) households * sizes[1]) {
                violations.add(at + ".persons", "must fit " + households + " households of the kind " + h.kind() + " ("
                        + (sizes[1] == Integer.MAX_VALUE ? sizes[0] + " persons or more" : sizes[0] == sizes[1] ? sizes[0] + " person"
                        : sizes[0] + " to " + sizes[1] + " persons") + " each)");
                continue;
            }
            byKind.put(h.kind(), new HouseholdMix.Households(households, persons));
        }
        HouseholdMix mix = new HouseholdMix(byKind);
        if (byKind.size() == kinds.size() && mix.persons() == 0) {
            violations.add(field, "must hold at least one household to turn persons into homes by");
        }
        return mix;
    }
}
