package nl.permitholders.supervision.ledger;

import java.time.LocalDate;
import nl.permitholders.platform.period.Period;

/**
 * R6: between deadlines, a municipality is on schedule (the Opnieuw Thuis benchmark) when it has housed 1/6 of its
 * adjusted quota for every month of the half-year that has passed. The gap is what it is behind that line
 * (negative: ahead). Whole months only, rounded down, so a municipality is never held to more than the benchmark.
 */
public final class ScheduleGap {

    private ScheduleGap() {
    }

    /** Months of the half-year that have passed on {@code date}: 0 on its first day, 6 from its last day on. */
    public static int elapsedMonths(Period period, LocalDate date) {
        if (date.isBefore(period.firstDay())) {
            return 0;
        }
        if (!date.isBefore(period.lastDay())) {
            return 6;
        }
        int months = date.getMonthValue() - period.firstDay().getMonthValue();
        boolean lastDayOfMonth = date.getDayOfMonth() == date.lengthOfMonth();
        return months + (lastDayOfMonth ? 1 : 0);
    }

    /** Persons the benchmark expects housed by {@code date}. */
    public static int expectedHoused(int adjustedQuota, Period period, LocalDate date) {
        return Math.max(0, adjustedQuota) * elapsedMonths(period, date) / 6;
    }

    public static int gap(int adjustedQuota, int housed, Period period, LocalDate date) {
        return expectedHoused(adjustedQuota, period, date) - housed;
    }
}
