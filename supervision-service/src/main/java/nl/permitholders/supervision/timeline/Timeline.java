package nl.permitholders.supervision.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.BacklogLedger;
import nl.permitholders.supervision.ledger.PeriodFigures;
import nl.permitholders.supervision.verdict.DeadlineJudge;

/**
 * A municipality's course over the years: its position at every deadline (R4, R6: the backlog at the end of each
 * half-year, carried into the next) and the persons housed in every month (R5). At a deadline that has passed the
 * position is the one judged there (R7): COA's end position where province staff adopted it at that deadline, else the
 * system's figures; the system's own arithmetic without any adoption stands beside it. A half-year whose deadline has
 * not passed shows the position so far. From a merger or a split on, the municipality's figures are others' (R3): its
 * timeline stops there. A province's timeline is the sum of its municipalities'.
 */
public record Timeline(List<DeadlinePoint> deadlines, List<MonthPoint> months) {

    /**
     * The position at the deadline of a half-year (so far, when it has not passed yet): {@code backlog} the position
     * judged there, {@code ownBacklog} the system's own arithmetic, {@code onCoasFigure} how many municipalities are
     * judged there on COA's end position.
     */
    public record DeadlinePoint(Period period, LocalDate deadline, boolean passed, int adjustedQuota, int housed, int backlog,
                                int ownBacklog, int onCoasFigure) {

        /** The judged position minus the system's own arithmetic: what adoptions of COA's figures moved. */
        public int difference() {
            return backlog - ownBacklog;
        }
    }

    public record MonthPoint(YearMonth month, int housed) {
    }

    /**
     * From {@code from} up to {@code until}; months up to today's. {@code ceasedFrom}: the half-year from which the
     * municipality's figures are others' (merged into another or split over others, R3).
     */
    public static Timeline of(BacklogLedger ledger, Period from, Period until, LocalDate today, Optional<Period> ceasedFrom) {
        BacklogLedger known = ledger.knownOn(today);
        BacklogLedger own = known.withoutAdoptions();
        Optional<Period> start = known.start();
        List<DeadlinePoint> deadlines = new ArrayList<>();
        for (Period p = from; !until.isBefore(p) && !merged(p, ceasedFrom); p = p.next()) {
            PeriodFigures f = known.figures(p, null);
            boolean passed = !p.deadline().isAfter(today);
            Period judged = p;
            if (passed && start.map(s -> !judged.isBefore(s)).orElse(false)) {
                DeadlineJudge.Judgement j = DeadlineJudge.judge(known, p);
                deadlines.add(new DeadlinePoint(p, p.deadline(), true, f.adjustedQuota(), f.housed(), j.backlog(), j.ownBacklog(),
                        j.coaEndPosition().isPresent() ? 1 : 0));
            } else {
                deadlines.add(new DeadlinePoint(p, p.deadline(), passed, f.adjustedQuota(), f.housed(), f.backlog(),
                        own.figures(p, null).backlog(), 0));
            }
        }
        Map<YearMonth, Integer> housed = ledger.housedPerMonth();
        List<MonthPoint> months = new ArrayList<>();
        YearMonth last = lastMonth(until, today);
        for (YearMonth m = YearMonth.from(from.firstDay()); !m.isAfter(last); m = m.plusMonths(1)) {
            if (merged(Period.containing(m.atDay(1)), ceasedFrom)) {
                break;
            }
            months.add(new MonthPoint(m, housed.getOrDefault(m, 0)));
        }
        return new Timeline(deadlines, months);
    }

    /** The sum of several timelines over the same half-years: each point adds up what the parts have for it. */
    public static Timeline sum(Period from, Period until, LocalDate today, Collection<Timeline> parts) {
        Map<Period, int[]> deadlines = new TreeMap<>();
        for (Period p = from; !until.isBefore(p); p = p.next()) {
            deadlines.put(p, new int[5]);
        }
        Map<YearMonth, Integer> months = new TreeMap<>();
        YearMonth last = lastMonth(until, today);
        for (YearMonth m = YearMonth.from(from.firstDay()); !m.isAfter(last); m = m.plusMonths(1)) {
            months.put(m, 0);
        }
        for (Timeline part : parts) {
            for (DeadlinePoint d : part.deadlines()) {
                int[] sums = deadlines.get(d.period());
                if (sums != null) {
                    sums[0] += d.adjustedQuota();
                    sums[1] += d.housed();
                    sums[2] += d.backlog();
                    sums[3] += d.ownBacklog();
                    sums[4] += d.onCoasFigure();
                }
            }
            part.months().forEach(m -> months.computeIfPresent(m.month(), (k, v) -> v + m.housed()));
        }
        List<DeadlinePoint> summed = deadlines.entrySet().stream().map(e -> new DeadlinePoint(e.getKey(), e.getKey().deadline(),
                !e.getKey().deadline().isAfter(today), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3],
                e.getValue()[4])).toList();
        return new Timeline(summed, months.entrySet().stream().map(e -> new MonthPoint(e.getKey(), e.getValue())).toList());
    }

    private static boolean merged(Period period, Optional<Period> ceasedFrom) {
        return ceasedFrom.isPresent() && !period.isBefore(ceasedFrom.get());
    }

    private static YearMonth lastMonth(Period until, LocalDate today) {
        YearMonth end = YearMonth.from(until.lastDay());
        YearMonth now = YearMonth.from(today);
        return end.isBefore(now) ? end : now;
    }
}
