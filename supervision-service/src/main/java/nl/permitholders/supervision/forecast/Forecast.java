package nl.permitholders.supervision.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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

    private Forecast() {
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
        missingQuotas(ledger, from, until).ifPresent(assumptions::add);
        provisionalQuotas(ledger, from, until).ifPresent(assumptions::add);
        return new Result(Basis.ASSUMPTION, from, until, carried, quotas, quotaStatus(ledger, from, until), exchanges, 0, assumedHousedPersons, 0, 0, 0,
                carried + quotas + exchanges - assumedHousedPersons, assumptions);
    }

    public static Result unchangedPolicy(BacklogLedger ledger, Period until, LocalDate today, int trailingMonths) {
        Period current = Period.containing(today);
        int housedInWindow = housedBetween(ledger, today.minusMonths(trailingMonths), today);
        double pace = (double) housedInWindow / trailingMonths;
        int backlogToday = ledger.figures(current, today).backlog();
        int quotas = 0;
        int exchanges = 0;
        int monthsLeft = monthsLeft(current, today);
        for (Period p = current.next(); !until.isBefore(p); p = p.next()) {
            quotas += ledger.quota(p);
            exchanges += ledger.exchanges(p) + ledger.backlogTransferred(p);
            monthsLeft += 6;
        }
        int further = (int) Math.floor(pace * Math.max(0, monthsLeft));
        int housedSoFar = ledger.housed(current, today);
        int carried = ledger.figures(current, today).carriedBacklog();
        List<Assumption> assumptions = new ArrayList<>();
        assumptions.add(new Assumption("trailingPace", further, String.format(Locale.ROOT,
                "the pace of the last %d months (%d persons housed, %.2f a month) continues for the %d whole months left up to "
                        + "the end of %s", trailingMonths, housedInWindow, pace, Math.max(0, monthsLeft), until)));
        missingQuotas(ledger, current, until).ifPresent(assumptions::add);
        provisionalQuotas(ledger, current, until).ifPresent(assumptions::add);
        return new Result(Basis.UNCHANGED_POLICY, current, until, carried, ledger.quota(current) + quotas,
                quotaStatus(ledger, current, until),
                ledger.exchanges(current) + exchanges, housedSoFar, further, pace, 0, 0, backlogToday + quotas + exchanges - further,
                assumptions);
    }

    /** Unchanged policy, plus the action plan's measures and the planned capacity still to come. */
    public static Result withPlan(BacklogLedger ledger, Period until, LocalDate today, int trailingMonths, Optional<Plan> plan) {
        Result base = unchangedPolicy(ledger, until, today, trailingMonths);
        Period current = Period.containing(today);
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

        CapacityPipeline.Pipeline pipeline = ledger.capacityPipeline(today);
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

    /** Half-years without a quota yet count a quota of 0: say so. */
    private static Optional<Assumption> missingQuotas(BacklogLedger ledger, Period from, Period until) {
        List<String> missing = new ArrayList<>();
        for (Period p = from; !until.isBefore(p); p = p.next()) {
            if (ledger.quota(p) == 0) {
                missing.add(p.toString());
            }
        }
        return missing.isEmpty() ? Optional.empty()
                : Optional.of(new Assumption("quotaNotYetSet", 0, "no quota is known yet for " + String.join(", ", missing)
                        + "; counted as 0"));
    }

    /** The half-years whose quota counted is only announced: name them and their quotas. */
    private static Optional<Assumption> provisionalQuotas(BacklogLedger ledger, Period from, Period until) {
        List<String> provisional = new ArrayList<>();
        int persons = 0;
        for (Period p = from; !until.isBefore(p); p = p.next()) {
            if (ledger.quotaStatus(p) == QuotaStatus.PROVISIONAL) {
                provisional.add(p + " (" + ledger.quota(p) + ")");
                persons += ledger.quota(p);
            }
        }
        return provisional.isEmpty() ? Optional.empty()
                : Optional.of(new Assumption("provisionalQuotas", persons, "the quotas of " + String.join(", ", provisional)
                        + " are provisional: announced by the Rijk, not yet fixed; the forecast changes when they are"));
    }

    private static QuotaStatus quotaStatus(BacklogLedger ledger, Period from, Period until) {
        Set<QuotaStatus> statuses = EnumSet.noneOf(QuotaStatus.class);
        for (Period p = from; !until.isBefore(p); p = p.next()) {
            QuotaStatus status = ledger.quotaStatus(p);
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
