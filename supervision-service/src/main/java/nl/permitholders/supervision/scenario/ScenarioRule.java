package nl.permitholders.supervision.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.permitholders.platform.distribution.NationalDistribution;
import nl.permitholders.platform.distribution.Reorganisations;
import nl.permitholders.platform.merger.SplitShareRule;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.forecast.Forecast;
import nl.permitholders.supervision.ledger.ScheduleGap;
import nl.permitholders.supervision.schedule.ScheduleColourRule;
import nl.permitholders.supervision.schedule.ScheduleColourRule.Colour;
import nl.permitholders.supervision.scenario.Scenario.AreaHalfYear;
import nl.permitholders.supervision.scenario.Scenario.AreaOutlook;
import nl.permitholders.supervision.scenario.Scenario.ColourChange;
import nl.permitholders.supervision.scenario.Scenario.Distributed;
import nl.permitholders.supervision.scenario.Scenario.Ending;
import nl.permitholders.supervision.scenario.Scenario.KindView;
import nl.permitholders.supervision.scenario.Scenario.MixSource;
import nl.permitholders.supervision.scenario.Scenario.MixView;
import nl.permitholders.supervision.scenario.Scenario.MunicipalityHalfYear;
import nl.permitholders.supervision.scenario.Scenario.MunicipalityOutlook;

/**
 * A scenario: the Rijk's national totals for coming half-years, and what they do to every municipality, province and the
 * country, before anyone sets a quota.
 * <ol>
 * <li><b>The distribution</b> is R1's, the very calculation quota-service sets a national total with
 * ({@code NationalDistribution}), handed in per half-year.</li>
 * <li><b>The forecast</b> of each municipality carries R4 forward from its position today ({@link Forecast#halfYears}), with
 * the scenario's quota in the place of any quota set or announced for those half-years and the quotas set or announced
 * for the half-years between (0 where none is), under today's pace, or that pace with its adopted action plan and its
 * planned capacity. A municipality that merges into another or is split over others after today carries its own
 * forecast into its successors from the merger's or split's half-year on (R3): the successor's half-year is its own
 * forecast plus the merged one's (a split one's divided by the shares, {@link SplitShareRule}), so that what the merged
 * territory carries and keeps housing at its pace goes along.</li>
 * <li><b>The colour</b> at the end of each half-year is R6's: the expected backlog against the adjusted quota, with the
 * whole half-year passed ({@link ScheduleGap}, {@link ScheduleColourRule}); it changed where it differs from today's.</li>
 * <li><b>The homes</b>: the persons the forecast leaves to house at a half-year's end beyond what the pipeline delivers
 * (under today's pace alone the planned capacity is taken off here; with plan the forecast counts it already), turned
 * into homes by the household mix ({@link HomesRule}): the municipality's own couplings of the window when it has at least
 * the minimum of households, else its province's together, else the country's; or the mix the request states.</li>
 * <li><b>The sums</b> per province and for the country: the backlog net and gross (backlogs only: a municipality ahead
 * houses nobody else's), homes, municipalities per colour, and how many are worse or better than today.</li>
 * </ol>
 */
public final class ScenarioRule {

    private ScenarioRule() {
    }

    /**
     * The assumptions a scenario is calculated on.
     *
     * @param statedMix one mix for every municipality, instead of the couplings'
     */
    public record Assumptions(Forecast.Basis forecast, int paceMonths, int householdMixMonths, int minimumHouseholds,
                              Optional<HouseholdMix> statedMix) {

        public static Assumptions defaults() {
            return new Assumptions(Forecast.Basis.WITH_PLAN, ScenarioLimits.PACE_MONTHS, ScenarioLimits.MIX_MONTHS,
                    ScenarioLimits.MINIMUM_HOUSEHOLDS, Optional.empty());
        }
    }

    /** One half-year's national total distributed by R1, on the populations of {@code populationReferenceDate}. */
    public record DistributedHalfYear(Period period, int nationalTotal, LocalDate referenceDateOfR1, NationalDistribution.Result result) {
    }

    /**
     * What a scenario reads of one municipality: its register entry, its ledger's {@link Forecast.Position} today (its
     * quotas up to the scenario's furthest half-year) and the households COA coupled to it in the mix's window.
     */
    public record MunicipalityPosition(String code, String name, String provinceCode, Forecast.Position position, HouseholdMix mix) {
    }

    /**
     * Everything a scenario is calculated from.
     *
     * @param municipalities every municipality that has not ceased by today, by code
     * @param plans          the adopted action plan of each municipality that has one (read with plan only)
     */
    public record Inputs(LocalDate today, Assumptions assumptions, List<DistributedHalfYear> distributions, Reorganisations reorganisations,
                         Map<String, MunicipalityPosition> municipalities, Map<String, Forecast.Plan> plans,
                         Map<String, String> provinceNames) {
    }

    /** A municipality's forecast at the end of each half-year from the current one on, as R3 adds its predecessors'. */
    private static final class Chain {
        final MunicipalityPosition municipality;
        final Map<Period, int[]> rows = new TreeMap<>();

        Chain(MunicipalityPosition municipality) {
            this.municipality = municipality;
        }
    }

    // The fields of a chain's row, added up field by field when a predecessor's forecast goes to its successor (R3).
    private static final int CARRIED = 0;
    private static final int QUOTA = 1;
    private static final int ADJUSTED = 2;
    private static final int HOUSED = 3;
    private static final int BACKLOG = 4;
    private static final int PIPELINE = 5;

    /**
     * The scenario over the whole country, narrowed to {@code provinceCode}'s municipalities when that is given (then
     * without the other provinces and the country's sums).
     */
    public static Scenario calculate(Inputs inputs, String provinceCode) {
        Period current = Period.containing(inputs.today());
        List<Period> periods = inputs.distributions().stream().map(DistributedHalfYear::period).sorted().toList();
        Period last = periods.get(periods.size() - 1);
        Map<Period, NationalDistribution.Result> byPeriod = new TreeMap<>();
        inputs.distributions().forEach(d -> byPeriod.put(d.period(), d.result()));

        Map<String, Chain> chains = new TreeMap<>();
        inputs.municipalities().forEach((code, municipality) -> chains.put(code, chain(municipality, byPeriod, last, inputs)));
        Map<String, Ending> endings = carryIntoSuccessors(chains, inputs.reorganisations(), current, last);

        Map<String, HouseholdMix> provinceMixes = new HashMap<>();
        HouseholdMix countryMix = HouseholdMix.none();
        for (MunicipalityPosition m : inputs.municipalities().values()) {
            provinceMixes.merge(String.valueOf(m.provinceCode()), m.mix(), HouseholdMix::plus);
            countryMix = countryMix.plus(m.mix());
        }

        List<MunicipalityOutlook> outlooks = new ArrayList<>();
        List<ColourChange> changes = new ArrayList<>();
        for (Chain chain : chains.values()) {
            MunicipalityPosition m = chain.municipality;
            if (provinceCode != null && !provinceCode.equals(m.provinceCode())) {
                continue;
            }
            MixView mix = mix(m, inputs.assumptions(), provinceMixes.getOrDefault(String.valueOf(m.provinceCode()), HouseholdMix.none()),
                    countryMix);
            Colour today = colourToday(m.position());
            List<MunicipalityHalfYear> halfYears = new ArrayList<>();
            for (Period period : periods) {
                NationalDistribution.Quota quota = byPeriod.get(period).quotas().get(m.code());
                if (quota == null || endings.containsKey(m.code()) && !period.isBefore(Period.parse(endings.get(m.code()).period()))) {
                    continue;
                }
                MunicipalityHalfYear halfYear = halfYear(period, quota, chain.rows.get(period), m, today, mix, inputs.assumptions());
                halfYears.add(halfYear);
                if (halfYear.colourChanged()) {
                    changes.add(new ColourChange(period.toString(), m.code(), m.name(), m.provinceCode(), today, halfYear.colour(),
                            halfYear.colour().compareTo(today) > 0));
                }
            }
            if (!halfYears.isEmpty() || endings.containsKey(m.code())) {
                outlooks.add(new MunicipalityOutlook(m.code(), m.name(), m.provinceCode(), today, m.position().backlogToday(), mix,
                        halfYears, endings.get(m.code())));
            }
        }
        changes.sort(Comparator.comparing(ColourChange::period).thenComparing(ColourChange::municipalityCode));

        Map<String, List<MunicipalityOutlook>> byProvince = new TreeMap<>();
        outlooks.forEach(o -> byProvince.computeIfAbsent(String.valueOf(o.provinceCode()), k -> new ArrayList<>()).add(o));
        List<AreaOutlook> provinces = byProvince.entrySet().stream()
                .map(e -> area(e.getKey(), inputs.provinceNames().getOrDefault(e.getKey(), e.getKey()), e.getValue(), periods))
                .toList();
        AreaOutlook country = provinceCode == null ? area("NL", "Nederland", outlooks, periods) : null;
        List<Distributed> distributed = inputs.distributions().stream().sorted(Comparator.comparing(DistributedHalfYear::period))
                .map(d -> distributed(d, chains, outlooks, provinceCode)).toList();
        return new Scenario(inputs.today(), provinceCode, assumptions(inputs, periods, current), distributed, outlooks, provinces, country,
                changes, null);
    }

    /** The municipality's forecast, with the scenario's quotas where it holds them, from the current half-year to the last. */
    private static Chain chain(MunicipalityPosition municipality, Map<Period, NationalDistribution.Result> distributions, Period last,
                               Inputs inputs) {
        Map<Period, Integer> quotas = new TreeMap<>();
        distributions.forEach((period, result) -> quotas.put(period, Optional.ofNullable(result.quotas().get(municipality.code()))
                .map(NationalDistribution.Quota::persons).orElse(0)));
        Forecast.Position position = municipality.position().withScenarioQuotas(quotas);
        Forecast.Basis basis = inputs.assumptions().forecast();
        Optional<Forecast.Plan> plan = Optional.ofNullable(inputs.plans().get(municipality.code()));
        Chain chain = new Chain(municipality);
        for (Forecast.HalfYear h : Forecast.halfYears(position, last, basis, plan)) {
            int pipeline = position.pipeline().placesBetween(position.current(), h.period());
            chain.rows.put(h.period(), new int[] {h.carriedBacklog(), h.quota(), h.adjustedQuota(), h.housed(), h.backlog(), pipeline});
        }
        return chain;
    }

    /**
     * R3 after today: a merger or split taking effect in a half-year after the current one passes the ceasing
     * municipality's forecast to its successors from that half-year on, in date order, so that a successor that merges in
     * turn passes on what it received. The successor holds the quotas (R1), so the ceasing one's forecast there carries
     * only its backlog and its pace. Returns when and into whom each ceases.
     */
    private static Map<String, Ending> carryIntoSuccessors(Map<String, Chain> chains, Reorganisations reorganisations, Period current,
                                                           Period last) {
        record Step(LocalDate date, Period period, String ceasing, Map<String, Long> shares) {
        }
        List<Step> steps = new ArrayList<>();
        for (Reorganisations.Merger merger : reorganisations.mergers()) {
            if (merger.effectivePeriod().isBefore(current.next()) || last.isBefore(merger.effectivePeriod())) {
                continue;
            }
            merger.merged().forEach(code -> steps.add(new Step(merger.effectiveDate(), merger.effectivePeriod(), code,
                    Map.of(merger.continuing(), 1L))));
        }
        for (Reorganisations.Split split : reorganisations.splits()) {
            if (!split.effectivePeriod().isBefore(current.next()) && !last.isBefore(split.effectivePeriod())) {
                steps.add(new Step(split.effectiveDate(), split.effectivePeriod(), split.split(), split.shares()));
            }
        }
        steps.sort(Comparator.comparing(Step::date).thenComparing(Step::ceasing));
        Map<String, Ending> endings = new TreeMap<>();
        for (Step step : steps) {
            Chain ceasing = chains.get(step.ceasing());
            endings.put(step.ceasing(), new Ending(step.period().toString(),
                    step.shares().keySet().stream().map(code -> reorganisations.holderOf(code, step.period())).distinct().toList()));
            if (ceasing == null) {
                continue;
            }
            for (Map.Entry<Period, int[]> row : ceasing.rows.entrySet()) {
                if (row.getKey().isBefore(step.period())) {
                    continue;
                }
                // From its ceasing on its successors hold its quota (R1), so its own forecast carries only its backlog, less
                // what its pace (and plan) houses: that goes to them, divided by the shares after a split.
                int[] values = row.getValue();
                Map<String, Integer> carried = SplitShareRule.divide(values[CARRIED], step.shares());
                Map<String, Integer> backlog = SplitShareRule.divide(values[BACKLOG], step.shares());
                Map<String, Integer> pipeline = SplitShareRule.divide(values[PIPELINE], step.shares());
                for (String receiver : step.shares().keySet()) {
                    Chain successor = chains.get(reorganisations.holderOf(receiver, step.period()));
                    int[] into = successor == null ? null : successor.rows.get(row.getKey());
                    if (into != null) {
                        into[CARRIED] += carried.get(receiver);
                        into[ADJUSTED] += carried.get(receiver);
                        into[BACKLOG] += backlog.get(receiver);
                        into[HOUSED] = into[ADJUSTED] - into[BACKLOG];
                        into[PIPELINE] += pipeline.get(receiver);
                    }
                }
            }
        }
        return endings;
    }

    private static MunicipalityHalfYear halfYear(Period period, NationalDistribution.Quota quota, int[] row, MunicipalityPosition m,
                                                 Colour today, MixView mix, Assumptions assumptions) {
        Forecast.HalfYearFacts now = m.position().halfYears().get(period);
        Integer quotaNow = now == null || now.quotaStatus() == null && now.quota() == 0 ? null : now.quota();
        int adjusted = row[ADJUSTED];
        int backlog = row[BACKLOG];
        Colour colour = ScheduleColourRule.of(ScheduleGap.gap(adjusted, row[HOUSED], period, period.lastDay()), adjusted);
        int pipelineNotCounted = assumptions.forecast() == Forecast.Basis.WITH_PLAN ? 0 : row[PIPELINE];
        int beyond = Math.max(0, backlog - pipelineNotCounted);
        Map<HomeKind, Integer> homes = HomesRule.homes(beyond, toMix(mix));
        return new MunicipalityHalfYear(period.toString(), quota.persons(), quota.basis().name(), quota.population(), quotaNow,
                now == null ? null : now.quotaStatus(), row[CARRIED], adjusted, row[HOUSED], backlog, row[PIPELINE], colour,
                colour != today, beyond, homes, homes.values().stream().mapToInt(Integer::intValue).sum());
    }

    /** R6 today: the current half-year's schedule gap against the benchmark, on the quotas as they stand (not the scenario's). */
    static Colour colourToday(Forecast.Position position) {
        Forecast.HalfYearFacts now = position.halfYears().get(position.current());
        int adjusted = position.carriedBacklog() + now.quota() + now.exchanges();
        return ScheduleColourRule.of(ScheduleGap.gap(adjusted, position.housedSoFar(), position.current(), position.today()), adjusted);
    }

    /** The mix a municipality's persons are turned into homes by: stated, its own, its province's, or the country's. */
    private static MixView mix(MunicipalityPosition m, Assumptions assumptions, HouseholdMix province, HouseholdMix country) {
        if (assumptions.statedMix().isPresent()) {
            return view(MixSource.STATED, assumptions.statedMix().get());
        }
        if (m.mix().households() >= assumptions.minimumHouseholds()) {
            return view(MixSource.MUNICIPALITY, m.mix());
        }
        if (province.households() >= assumptions.minimumHouseholds()) {
            return view(MixSource.PROVINCE, province);
        }
        return country.households() > 0 ? view(MixSource.COUNTRY, country) : view(MixSource.NONE, HouseholdMix.none());
    }

    private static MixView view(MixSource source, HouseholdMix mix) {
        return new MixView(source, mix.households(), mix.persons(), mix.byKind().entrySet().stream()
                .map(e -> new KindView(e.getKey(), e.getValue().households(), e.getValue().persons())).toList());
    }

    private static HouseholdMix toMix(MixView view) {
        Map<HomeKind, HouseholdMix.Households> byKind = new EnumMap<>(HomeKind.class);
        view.kinds().forEach(k -> byKind.put(k.kind(), new HouseholdMix.Households(k.households(), k.persons())));
        return new HouseholdMix(byKind);
    }

    /** A province's or the country's half-years: its municipalities' summed. */
    private static AreaOutlook area(String code, String name, List<MunicipalityOutlook> municipalities, List<Period> periods) {
        List<AreaHalfYear> halfYears = new ArrayList<>();
        for (Period period : periods) {
            String p = period.toString();
            int count = 0;
            int quota = 0;
            int quotaNow = 0;
            int carried = 0;
            int adjusted = 0;
            int housed = 0;
            int backlog = 0;
            int gross = 0;
            int beyond = 0;
            int worse = 0;
            int better = 0;
            Map<HomeKind, Integer> homes = new EnumMap<>(HomeKind.class);
            Map<Colour, Integer> colours = colourCounts();
            Map<Colour, Integer> coloursToday = colourCounts();
            for (MunicipalityOutlook m : municipalities) {
                for (MunicipalityHalfYear h : m.halfYears()) {
                    if (!h.period().equals(p)) {
                        continue;
                    }
                    count++;
                    quota += h.quota();
                    quotaNow += h.quotaNow() == null ? 0 : h.quotaNow();
                    carried += h.carriedBacklog();
                    adjusted += h.adjustedQuota();
                    housed += h.expectedHoused();
                    backlog += h.expectedBacklog();
                    gross += Math.max(0, h.expectedBacklog());
                    beyond += h.personsBeyondPipeline();
                    h.homes().forEach((kind, n) -> homes.merge(kind, n, Integer::sum));
                    colours.merge(h.colour(), 1, Integer::sum);
                    coloursToday.merge(m.colourToday(), 1, Integer::sum);
                    worse += h.colour().compareTo(m.colourToday()) > 0 ? 1 : 0;
                    better += h.colour().compareTo(m.colourToday()) < 0 ? 1 : 0;
                }
            }
            halfYears.add(new AreaHalfYear(p, count, quota, quotaNow, carried, adjusted, housed, backlog, gross, beyond, homes,
                    homes.values().stream().mapToInt(Integer::intValue).sum(), colours, coloursToday, worse, better));
        }
        return new AreaOutlook(code, name, halfYears);
    }

    private static Map<Colour, Integer> colourCounts() {
        Map<Colour, Integer> counts = new EnumMap<>(Colour.class);
        for (Colour colour : Colour.values()) {
            counts.put(colour, 0);
        }
        return counts;
    }

    private static Distributed distributed(DistributedHalfYear d, Map<String, Chain> chains, List<MunicipalityOutlook> outlooks,
                                           String provinceCode) {
        NationalDistribution.Result r = d.result();
        int quotaNow = 0;
        for (Chain chain : chains.values()) {
            Forecast.HalfYearFacts now = chain.municipality.position().halfYears().get(d.period());
            quotaNow += now == null ? 0 : now.quota();
        }
        Integer inScope = null;
        if (provinceCode != null) {
            inScope = outlooks.stream().flatMap(o -> o.halfYears().stream()).filter(h -> h.period().equals(d.period().toString()))
                    .mapToInt(MunicipalityHalfYear::quota).sum();
        }
        return new Distributed(d.period().toString(), d.nationalTotal(), r.referenceDate(), d.referenceDateOfR1(),
                r.distribution().nationalPopulation(), r.distribution().sumOfQuotas(), r.distribution().surplus(), r.held().size(),
                quotaNow, inScope);
    }

    /** Every assumption, as set or by default, in words. */
    private static List<Scenario.Assumption> assumptions(Inputs inputs, List<Period> periods, Period current) {
        Assumptions a = inputs.assumptions();
        List<Scenario.Assumption> stated = new ArrayList<>();
        stated.add(new Scenario.Assumption("calculatedOn", inputs.today().toString(), "every municipality's position on "
                + inputs.today() + ", as supervision knows it, is the starting point; nothing of the scenario is stored as a quota"));
        stated.add(new Scenario.Assumption("distribution", "R1", "each half-year's national total distributed by R1 (Huisvestingswet "
                + "2014 art. 29): over the municipalities on the half-year's first day, by CBS's population of 1 January of the year "
                + "before, rounded up, with the mergers and splits recorded (R3); the calculation quota-service sets a total with"));
        for (DistributedHalfYear d : inputs.distributions()) {
            if (!d.result().referenceDate().equals(d.referenceDateOfR1())) {
                stated.add(new Scenario.Assumption("populationReferenceDate." + d.period(), d.result().referenceDate().toString(),
                        "CBS's populations of " + d.referenceDateOfR1() + ", which R1 takes for " + d.period() + ", are not known yet: "
                                + "those of " + d.result().referenceDate() + " stand in for them; the Rijk's distribution will differ"));
            }
        }
        List<String> between = new ArrayList<>();
        Period last = periods.get(periods.size() - 1);
        for (Period p = current; !last.isBefore(p); p = p.next()) {
            if (!periods.contains(p)) {
                between.add(p.toString());
            }
        }
        if (!between.isEmpty()) {
            stated.add(new Scenario.Assumption("quotasBetween", String.join(", ", between), "the half-years of the forecast that "
                    + "are not the scenario's count the quotas set or announced now (0 where none is)"));
        }
        stated.add(new Scenario.Assumption("scenarioQuotas", "replace", "a scenario's quota takes the place of any quota set or "
                + "announced for its half-year"));
        stated.add(new Scenario.Assumption("forecast", a.forecast().name(), a.forecast() == Forecast.Basis.WITH_PLAN
                ? "today's pace continues, plus what each adopted action plan's measures still to deliver expect and the places "
                + "for permit holders planned capacity expects (R4 carried forward; docs/domain.md, Forecasts)"
                : "today's pace continues, and nothing else (R4 carried forward; docs/domain.md, Forecasts)"));
        stated.add(new Scenario.Assumption("paceMonths", Integer.toString(a.paceMonths()), "today's pace is the persons housed in "
                + "the last " + a.paceMonths() + " months per month"));
        stated.add(new Scenario.Assumption("reorganisations", "R3", "a municipality that merges or is split after today passes its "
                + "forecast (its backlog and its pace) to its successors from that half-year on; a split one's divided by the shares"));
        stated.add(new Scenario.Assumption("colour", "R6", "the schedule colour at a half-year's end: green without a backlog, orange "
                + "behind by at most one month's share (1/6) of the adjusted quota, red behind by more; changed where it differs "
                + "from the colour today"));
        stated.add(new Scenario.Assumption("homesBeyondPipeline", a.forecast() == Forecast.Basis.WITH_PLAN ? "expectedBacklog"
                : "expectedBacklog - plannedCapacityPlaces", "the persons to house in homes at a half-year's end: the expected "
                + "backlog" + (a.forecast() == Forecast.Basis.WITH_PLAN ? " (the planned capacity already counted in the forecast)"
                : " less the places planned capacity expects up to then") + ", 0 when that is none"));
        if (a.statedMix().isPresent()) {
            stated.add(new Scenario.Assumption("householdMix", "STATED", "one mix for every municipality, as the request states it: "
                    + describe(a.statedMix().get())));
        } else {
            stated.add(new Scenario.Assumption("householdMixMonths", Integer.toString(a.householdMixMonths()), "a municipality's "
                    + "household mix is that of the couplings COA made to it in the last " + a.householdMixMonths()
                    + " months and did not cancel, each household by the kind of home it needs"));
            stated.add(new Scenario.Assumption("minimumHouseholds", Integer.toString(a.minimumHouseholds()), "a municipality with "
                    + "fewer households than this in the window takes its province's mix, and when that has fewer too, the country's"));
        }
        stated.add(new Scenario.Assumption("homes", "HomesRule", "a kind of home takes the share of the persons the mix's households "
                + "of that kind hold, one home a household: persons x households of the kind / persons in the mix, rounded up. "
                + "ROOM: a single (unit types ROOM, SHARED); SMALL_HOME: 2 or 3 persons; FAMILY_HOME: 4 to 6 (REGULAR, FLEX); "
                + "LARGE_FAMILY_HOME: 7 or more (LARGE_FAMILY). Family members expected later are not in a coupling's persons"));
        return stated;
    }

    private static String describe(HouseholdMix mix) {
        List<String> kinds = new ArrayList<>();
        mix.byKind().forEach((kind, h) -> kinds.add(String.format(Locale.ROOT, "%s %d households, %d persons", kind, h.households(),
                h.persons())));
        return String.join("; ", kinds);
    }
}
