package nl.permitholders.supervision.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.actionplan.Measure;
import nl.permitholders.supervision.ledger.BacklogLedger;
import nl.permitholders.supervision.ledger.CapacityPipeline;
import nl.permitholders.supervision.ledger.QuotaStatus;
import nl.permitholders.supervision.ledger.ScheduleGap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The backlog a municipality is heading for at the end of a half-year (R4 carried forward):
 * <ul>
 * <li><b>with an assumption</b> — the backlog carried into {@code from}, plus the quotas and exchanges of {@code from}
 * to {@code until}, minus the persons assumed housed in those half-years (Almelo's plan of approach: 117 carried into
 * 2025, quotas 73 + 75, 75 assumed housed → 190 at the end of 2025);</li>
 * <li><b>unchanged policy</b> — today's backlog, plus the quotas of the half-years still to come up to {@code until},
 * minus the pace of the trailing months (persons housed per month) for every month left;</li>
 * <li><b>with plan</b> — unchanged policy, minus what the action plan's measures still to deliver expect in the months
 * left (the current half-year's expectation pro rata, later half-years in full), minus the places for permit holders
 * that planned capacity is expected to deliver from the current half-year up to {@code until}.</li>
 * </ul>
 * Backlog that exchange agreements transfer in a half-year after the one the forecast starts from counts among its
 * {@code exchanges} (R2); in the half-year it starts from it is part of the backlog carried in.
 * Every result lists the assumptions it rests on, with the persons each one accounts for. A forecast may count quotas the
 * Rijk has only announced (provisional, for half-years not yet fixed): then its {@code quotaStatus} is PROVISIONAL and an
 * assumption names those half-years and their quotas; FINAL when every quota it counts is fixed.
 * <p>
 * The forecasts without an assumption read the ledger once, into a {@link Position}; a scenario (issue 71) puts the
 * quotas R1 gives its national totals in the place of the ledger's ({@link Position#withScenarioQuotas}) and follows the
 * forecast half-year by half-year ({@link #halfYears}).
 */
public final class Forecast {

    /** The trailing months whose pace a forecast continues unless asked otherwise. */
    public static final int DEFAULT_TRAILING_MONTHS = 6;

    @Schema(name = "ForecastBasis")
    public enum Basis {
        ASSUMPTION, UNCHANGED_POLICY, WITH_PLAN
    }

    /** One assumption of a forecast and the persons it accounts for. */
    @Schema(name = "ForecastAssumption", requiredProperties = {"name", "persons", "description"})
    public record Assumption(String name, int persons, String description) {
    }

    /** The action plan a forecast with plan counts on. */
    public record Plan(String title, LocalDate adoptedOn, List<Measure> measures) {
    }

    /** {@code quotaStatus}: PROVISIONAL when any quota counted is provisional, FINAL when all are final, null without any. */
    public record Result(Basis basis, Period from, Period until, int carriedBacklog, int quotas, QuotaStatus quotaStatus, int exchanges,
                         int housedSoFar, int expectedFurtherHoused, double pacePerMonth, int planExpectedPersons,
                         int plannedCapacityPlaces, int backlog, List<Assumption> assumptions) {
    }

    /**
     * What a forecast counts of one half-year: its current quota and that quota's status (null without a quota, and for a
     * scenario's), its exchanges and the backlog exchange agreements transfer into it; {@code scenario} when the quota is a
     * scenario's in the place of the ledger's.
     */
    public record HalfYearFacts(int quota, QuotaStatus quotaStatus, int exchanges, int backlogTransferred, boolean scenario) {
    }

    /**
     * What the forecasts without an assumption read of a municipality's ledger on {@code today}: the backlog carried into
     * the current half-year (with what exchange agreements transfer into it) and the persons housed in it so far, the
     * persons housed in the {@code trailingMonths} before today (the pace), each half-year's facts from the current one on,
     * and the capacity pipeline.
     */
    public record Position(LocalDate today, int trailingMonths, int housedInWindow, int carriedBacklog, int housedSoFar,
                           SortedMap<Period, HalfYearFacts> halfYears, CapacityPipeline.Pipeline pipeline) {

        public Position {
            halfYears = Collections.unmodifiableSortedMap(new TreeMap<>(halfYears));
        }

        /** The ledger as a forecast up to {@code until} reads it on {@code today}. */
        public static Position of(BacklogLedger ledger, LocalDate today, Period until, int trailingMonths) {
            Period current = Period.containing(today);
            SortedMap<Period, HalfYearFacts> halfYears = new TreeMap<>();
            for (Period p = current; !until.isBefore(p) || p.equals(current); p = p.next()) {
                halfYears.put(p, facts(ledger, p));
            }
            return new Position(today, trailingMonths, housedBetween(ledger, today.minusMonths(trailingMonths), today),
                    ledger.figures(current, today).carriedBacklog(), ledger.housed(current, today), halfYears,
                    ledger.capacityPipeline(today));
        }

        public Period current() {
            return Period.containing(today);
        }

        /** The half-years whose facts it holds: from the current one to the last one read. */
        public Period last() {
            return halfYears.lastKey();
        }

        /**
         * The same position with {@code quotas} (R1's share of a scenario's national totals) in the place of the quotas the
         * ledger has for those half-years: R4 counts each half-year's quota once, so the scenario's replaces the one set or
         * announced. A half-year beyond those read is refused.
         */
        public Position withScenarioQuotas(Map<Period, Integer> quotas) {
            SortedMap<Period, HalfYearFacts> replaced = new TreeMap<>(halfYears);
            quotas.forEach((period, persons) -> {
                HalfYearFacts facts = replaced.get(period);
                if (facts == null) {
                    throw new IllegalArgumentException(period + " is not among the half-years read, " + current() + " to " + last());
                }
                replaced.put(period, new HalfYearFacts(persons, null, facts.exchanges(), facts.backlogTransferred(), true));
            });
            return new Position(today, trailingMonths, housedInWindow, carriedBacklog, housedSoFar, replaced, pipeline);
        }

        HalfYearFacts in(Period period) {
            HalfYearFacts facts = halfYears.get(period);
            if (facts == null) {
                throw new IllegalArgumentException(period + " is not among the half-years read, " + current() + " to " + last());
            }
            return facts;
        }

        /** The backlog today: carried in, plus the current half-year's quota and exchanges, minus the persons housed so far. */
        public int backlogToday() {
            HalfYearFacts now = in(current());
            return carriedBacklog + now.quota() + now.exchanges() - housedSoFar;
        }
    }

    /**
     * One half-year of a forecast followed half-year by half-year (R4 carried forward): the backlog carried in (what
     * exchange agreements transfer into it included), its quota and exchanges, the adjusted quota, the persons the
     * forecast expects housed in it (by the end of the half-year; in the current one those housed so far too) and the
     * backlog at its end.
     */
    public record HalfYear(Period period, int carriedBacklog, int quota, boolean scenarioQuota, QuotaStatus quotaStatus, int exchanges,
                           int adjustedQuota, int housed, int backlog) {
    }

    private Forecast() {
    }

    private static HalfYearFacts facts(BacklogLedger ledger, Period period) {
        return new HalfYearFacts(ledger.quota(period), ledger.quotaStatus(period), ledger.exchanges(period),
                ledger.backlogTransferred(period), false);
    }

    public static Result withAssumption(BacklogLedger ledger, Period from, Period until, int assumedHousedPersons) {
        int carried = ledger.figures(from, null).carriedBacklog();
        int quotas = 0;
        int exchanges = 0;
        for (Period p = from; !until.isBefore(p); p = p.next()) {
            quotas += ledger.quota(p);
            exchanges += ledger.exchanges(p) + (p.equals(from) ? 0 : ledger.backlogTransferred(p));
        }
        List<Assumption> assumptions = new ArrayList<>();
        assumptions.add(new Assumption("assumedHousedPersons", assumedHousedPersons,
                assumedHousedPersons + " persons housed from the start of " + from + " to the end of " + until + ", as given"));
        Function<Period, HalfYearFacts> facts = p -> facts(ledger, p);
        missingQuotas(facts, from, until).ifPresent(assumptions::add);
        provisionalQuotas(facts, from, until).ifPresent(assumptions::add);
        return new Result(Basis.ASSUMPTION, from, until, carried, quotas, quotaStatus(facts, from, until), exchanges, 0, assumedHousedPersons, 0, 0, 0,
                carried + quotas + exchanges - assumedHousedPersons, assumptions);
    }

    public static Result unchangedPolicy(BacklogLedger ledger, Period until, LocalDate today, int trailingMonths) {
        return unchangedPolicy(Position.of(ledger, today, until, trailingMonths), until);
    }

    /** Today's backlog plus the quotas to come up to {@code until}, minus the pace of the trailing months for every month left. */
    public static Result unchangedPolicy(Position position, Period until) {
        LocalDate today = position.today();
        int trailingMonths = position.trailingMonths();
        Period current = position.current();
        int housedInWindow = position.housedInWindow();
        double pace = (double) housedInWindow / trailingMonths;
        int backlogToday = position.backlogToday();
        int quotas = 0;
        int exchanges = 0;
        int monthsLeft = monthsLeft(current, today);
        for (Period p = current.next(); !until.isBefore(p); p = p.next()) {
            quotas += position.in(p).quota();
            exchanges += position.in(p).exchanges() + position.in(p).backlogTransferred();
            monthsLeft += 6;
        }
        int further = (int) Math.floor(pace * Math.max(0, monthsLeft));
        int housedSoFar = position.housedSoFar();
        int carried = position.carriedBacklog();
        List<Assumption> assumptions = new ArrayList<>();
        assumptions.add(new Assumption("trailingPace", further, String.format(Locale.ROOT,
                "the pace of the last %d months (%d persons housed, %.2f a month) continues for the %d whole months left up to "
                        + "the end of %s", trailingMonths, housedInWindow, pace, Math.max(0, monthsLeft), until)));
        Function<Period, HalfYearFacts> facts = position::in;
        missingQuotas(facts, current, until).ifPresent(assumptions::add);
        provisionalQuotas(facts, current, until).ifPresent(assumptions::add);
        scenarioQuotas(facts, current, until).ifPresent(assumptions::add);
        return new Result(Basis.UNCHANGED_POLICY, current, until, carried, position.in(current).quota() + quotas,
                quotaStatus(facts, current, until),
                position.in(current).exchanges() + exchanges, housedSoFar, further, pace, 0, 0, backlogToday + quotas + exchanges - further,
                assumptions);
    }

    /** Unchanged policy, plus the action plan's measures and the planned capacity still to come. */
    public static Result withPlan(BacklogLedger ledger, Period until, LocalDate today, int trailingMonths, Optional<Plan> plan) {
        return withPlan(Position.of(ledger, today, until, trailingMonths), until, plan);
    }

    /** As {@link #withPlan(BacklogLedger, Period, LocalDate, int, Optional)}, from the ledger's {@link Position}. */
    public static Result withPlan(Position position, Period until, Optional<Plan> plan) {
        Result base = unchangedPolicy(position, until);
        LocalDate today = position.today();
        Period current = position.current();
        List<Assumption> assumptions = new ArrayList<>(base.assumptions());

        int planPersons = 0;
        if (plan.isPresent()) {
            int left = monthsLeft(current, today);
            int counted = 0;
            int notCounted = 0;
            for (Measure measure : plan.get().measures()) {
                if (!measure.stillToDeliver()) {
                    notCounted++;
                    continue;
                }
                counted++;
                planPersons += measure.expectedIn(current) * left / 6;
                for (Period p = current.next(); !until.isBefore(p); p = p.next()) {
                    planPersons += measure.expectedIn(p);
                }
            }
            assumptions.add(new Assumption("actionPlanMeasures", planPersons, String.format(Locale.ROOT,
                    "the %d measures of '%s' (adopted %s) that are planned or in progress house what they expect, on top of the "
                            + "pace: for %s the share of the %d whole months left, in full for later half-years up to %s; "
                            + "%d measures that are done or dropped add nothing", counted, plan.get().title(), plan.get().adoptedOn(),
                    current, left, until, notCounted)));
        } else {
            assumptions.add(new Assumption("actionPlanMeasures", 0, "the municipality has no action plan"));
        }

        CapacityPipeline.Pipeline pipeline = position.pipeline();
        int capacity = until.isBefore(current) ? 0 : pipeline.placesBetween(current, until);
        assumptions.add(new Assumption("plannedCapacity", capacity, String.format(Locale.ROOT,
                "every place for permit holders that planned capacity expects from %s up to %s and has not delivered yet houses "
                        + "one person on top of the pace, delivered in time", current, until)));
        int late = pipeline.lateBefore(current);
        if (late > 0) {
            assumptions.add(new Assumption("lateCapacityNotCounted", 0, late
                    + " places expected before " + current + " and still not delivered are not counted: when they come is unknown"));
        }
        assumptions.add(new Assumption("noOverlap", 0, "measures, planned capacity and the pace are counted as separate; where a "
                + "measure is itself a capacity project, or the pace already includes a measure's effect, the forecast is too optimistic"));
        return new Result(Basis.WITH_PLAN, base.from(), until, base.carriedBacklog(), base.quotas(), base.quotaStatus(), base.exchanges(), base.housedSoFar(),
                base.expectedFurtherHoused(), base.pacePerMonth(), planPersons, capacity, base.backlog() - planPersons - capacity,
                assumptions);
    }

    private static int monthsLeft(Period current, LocalDate today) {
        return 6 - ScheduleGap.elapsedMonths(current, today);
    }

    /**
     * The forecast at the end of each half-year from the current one up to {@code until}, on {@code basis}
     * (UNCHANGED_POLICY, or WITH_PLAN with {@code plan}): R4 carried forward, half-year by half-year. The backlog at the
     * end of each is that forecast's for it; what each carries in is the one before's end (in the current one, what the
     * ledger carried in), so that the persons expected housed in a half-year are its adjusted quota minus its end.
     */
    public static List<HalfYear> halfYears(Position position, Period until, Basis basis, Optional<Plan> plan) {
        if (basis == Basis.ASSUMPTION) {
            throw new IllegalArgumentException("a forecast with an assumed number housed is not followed half-year by half-year");
        }
        List<HalfYear> halfYears = new ArrayList<>();
        Integer endBefore = null;
        for (Period p = position.current(); !until.isBefore(p); p = p.next()) {
            HalfYearFacts facts = position.in(p);
            int backlog = basis == Basis.WITH_PLAN ? withPlan(position, p, plan).backlog() : unchangedPolicy(position, p).backlog();
            int carried = endBefore == null ? position.carriedBacklog() : endBefore + facts.backlogTransferred();
            int adjusted = carried + facts.quota() + facts.exchanges();
            halfYears.add(new HalfYear(p, carried, facts.quota(), facts.scenario(), facts.quotaStatus(), facts.exchanges(), adjusted,
                    adjusted - backlog, backlog));
            endBefore = backlog;
        }
        return halfYears;
    }

    /** Half-years without a quota yet count a quota of 0: say so. A scenario's quota is set, whatever its size. */
    private static Optional<Assumption> missingQuotas(Function<Period, HalfYearFacts> facts, Period from, Period until) {
        List<String> missing = new ArrayList<>();
        for (Period p = from; !until.isBefore(p); p = p.next()) {
            if (facts.apply(p).quota() == 0 && !facts.apply(p).scenario()) {
                missing.add(p.toString());
            }
        }
        return missing.isEmpty() ? Optional.empty()
                : Optional.of(new Assumption("quotaNotYetSet", 0, "no quota is known yet for " + String.join(", ", missing)
                        + "; counted as 0"));
    }

    /** The half-years whose quota counted is only announced: name them and their quotas. */
    private static Optional<Assumption> provisionalQuotas(Function<Period, HalfYearFacts> facts, Period from, Period until) {
        List<String> provisional = new ArrayList<>();
        int persons = 0;
        for (Period p = from; !until.isBefore(p); p = p.next()) {
            if (facts.apply(p).quotaStatus() == QuotaStatus.PROVISIONAL) {
                provisional.add(p + " (" + facts.apply(p).quota() + ")");
                persons += facts.apply(p).quota();
            }
        }
        return provisional.isEmpty() ? Optional.empty()
                : Optional.of(new Assumption("provisionalQuotas", persons, "the quotas of " + String.join(", ", provisional)
                        + " are provisional: announced by the Rijk, not yet fixed; the forecast changes when they are"));
    }

    /** The half-years whose quota is a scenario's, in the place of the one set or announced: name them and their quotas. */
    private static Optional<Assumption> scenarioQuotas(Function<Period, HalfYearFacts> facts, Period from, Period until) {
        List<String> scenario = new ArrayList<>();
        int persons = 0;
        for (Period p = from; !until.isBefore(p); p = p.next()) {
            if (facts.apply(p).scenario()) {
                scenario.add(p + " (" + facts.apply(p).quota() + ")");
                persons += facts.apply(p).quota();
            }
        }
        return scenario.isEmpty() ? Optional.empty()
                : Optional.of(new Assumption("scenarioQuotas", persons, "the quotas of " + String.join(", ", scenario)
                        + " are the scenario's: R1's share of the national totals it states, in the place of any quota set or announced"));
    }

    /** The status of the quotas counted, a scenario's not among them (it is neither announced nor fixed). */
    private static QuotaStatus quotaStatus(Function<Period, HalfYearFacts> facts, Period from, Period until) {
        Set<QuotaStatus> statuses = EnumSet.noneOf(QuotaStatus.class);
        for (Period p = from; !until.isBefore(p); p = p.next()) {
            QuotaStatus status = facts.apply(p).quotaStatus();
            if (status != null) {
                statuses.add(status);
            }
        }
        return QuotaStatus.of(statuses);
    }

    /** Persons housed after {@code from} up to and including {@code to}, over however many half-years that spans. */
    private static int housedBetween(BacklogLedger ledger, LocalDate from, LocalDate to) {
        int housed = 0;
        for (Period p = Period.containing(from); !Period.containing(to).isBefore(p); p = p.next()) {
            housed += ledger.housed(p, to) - ledger.housed(p, from);
        }
        return housed;
    }
}
