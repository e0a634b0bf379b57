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

/**
 * A municipality's course over the years: its position at every deadline (R4, R6: the backlog at the end of each
 * half-year, carried into the next) and the persons housed in every month (R5). A half-year whose deadline has not
 * passed shows the position so far. From a merger on, the municipality's figures are the new one's (R3): its timeline
 * stops there. A province's timeline is the sum of its municipalities'.
 */
public record Timeline(List<DeadlinePoint> deadlines, List<MonthPoint> months) {

    /** The position at the deadline of a half-year (so far, when it has not passed yet). */
    public record DeadlinePoint(Period period, LocalDate deadline, boolean passed, int adjustedQuota, int housed, int backlog) {
    }

    public record MonthPoint(YearMonth month, int housed) {
    }

    /** From {@code from} up to {@code until}; months up to today's. */
    public static Timeline of(BacklogLedger ledger, Period from, Period until, LocalDate today, Optional<Period> mergedFrom) {
        List<DeadlinePoint> deadlines = new ArrayList<>();
        for (Period p = from; !until.isBefore(p) && !merged(p, mergedFrom); p = p.next()) {
            PeriodFigures f = ledger.figures(p, null);
            deadlines.add(new DeadlinePoint(p, p.deadline(), !p.deadline().isAfter(today), f.adjustedQuota(), f.housed(), f.backlog()));
        }
        Map<YearMonth, Integer> housed = ledger.housedPerMonth();
        List<MonthPoint> months = new ArrayList<>();
        YearMonth last = lastMonth(until, today);
        for (YearMonth m = YearMonth.from(from.firstDay()); !m.isAfter(last); m = m.plusMonths(1)) {
            if (merged(Period.containing(m.atDay(1)), mergedFrom)) {
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
            deadlines.put(p, new int[3]);
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
                }
            }
            part.months().forEach(m -> months.computeIfPresent(m.month(), (k, v) -> v + m.housed()));
        }
        List<DeadlinePoint> summed = deadlines.entrySet().stream().map(e -> new DeadlinePoint(e.getKey(), e.getKey().deadline(),
                !e.getKey().deadline().isAfter(today), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
        return new Timeline(summed, months.entrySet().stream().map(e -> new MonthPoint(e.getKey(), e.getValue())).toList());
    }

    private static boolean merged(Period period, Optional<Period> mergedFrom) {
        return mergedFrom.isPresent() && !period.isBefore(mergedFrom.get());
    }

    private static YearMonth lastMonth(Period until, LocalDate today) {
        YearMonth end = YearMonth.from(until.lastDay());
        YearMonth now = YearMonth.from(today);
        return end.isBefore(now) ? end : now;
    }
}
