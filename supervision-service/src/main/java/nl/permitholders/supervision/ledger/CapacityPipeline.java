package nl.permitholders.supervision.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.Details.PlannedPlaces;

/**
 * Planned capacity in the pipeline: the places for permit holders that capacity projects (new-build, flex homes,
 * transformations) expect per half-year and have not delivered yet.
 * <p>
 * A project's latest plan stands. What a project has delivered by a date is taken off its earliest expected
 * half-years first, so a project that delivers late keeps its remaining places in the half-year they were planned
 * in (earlier than today: late), and one that delivers early empties its later half-years. Deliveries of a project
 * without a plan have nothing to take off.
 */
public final class CapacityPipeline {

    /** Places expected in a half-year and not yet delivered. */
    public record Expected(Period period, int places) {
    }

    /** All places in the pipeline on a date, per half-year in which they are expected (oldest first). */
    public record Pipeline(int places, List<Expected> perPeriod) {

        /** Places expected from {@code from} up to and including {@code until}. */
        public int placesBetween(Period from, Period until) {
            return perPeriod.stream().filter(e -> !e.period().isBefore(from) && !until.isBefore(e.period()))
                    .mapToInt(Expected::places).sum();
        }

        /** Places that were expected before {@code period} and are still not delivered. */
        public int lateBefore(Period period) {
            return perPeriod.stream().filter(e -> e.period().isBefore(period)).mapToInt(Expected::places).sum();
        }
    }

    private CapacityPipeline() {
    }

    public static Pipeline on(Collection<LedgerEntry> entries, LocalDate date) {
        Map<String, LedgerEntry> plans = new HashMap<>();
        Map<String, Integer> delivered = new HashMap<>();
        for (LedgerEntry e : entries) {
            if (e.kind() == EntryKind.CAPACITY_PLANNED) {
                plans.merge(e.reference(), e, (a, b) -> LedgerEntry.byEventTime(a, b) >= 0 ? a : b);
            } else if (e.kind() == EntryKind.CAPACITY_DELIVERED && !e.effectiveDate().isAfter(date)) {
                delivered.merge(e.reference(), e.persons(), Integer::sum);
            }
        }
        Map<Period, Integer> remaining = new TreeMap<>();
        for (LedgerEntry plan : plans.values()) {
            int toTakeOff = delivered.getOrDefault(plan.reference(), 0);
            List<PlannedPlaces> expected = new ArrayList<>(plan.details() instanceof Details.CapacityPlan c ? c.plannedPlaces() : List.of());
            expected.sort(Comparator.comparing(PlannedPlaces::period));
            for (PlannedPlaces p : expected) {
                int taken = Math.min(toTakeOff, p.places());
                toTakeOff -= taken;
                if (p.places() - taken > 0) {
                    remaining.merge(p.period(), p.places() - taken, Integer::sum);
                }
            }
        }
        List<Expected> perPeriod = remaining.entrySet().stream().map(e -> new Expected(e.getKey(), e.getValue())).toList();
        return new Pipeline(perPeriod.stream().mapToInt(Expected::places).sum(), perPeriod);
    }
}
