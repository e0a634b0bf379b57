package nl.permitholders.platform.time;

import java.time.LocalDate;

/**
 * The dates this system accepts anywhere, in requests and in events: 1 January 2000 to 31 December 2100, the years a
 * half-year ({@code period.Period}) can name. A date outside it is a typo ("0025-03-01"), and it would break the half-year arithmetic.
 */
public final class DateRange {

    public static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2100, 12, 31);
    /** The reason given for a date outside the range, in a 400's invalidParams. */
    public static final String REASON = "must be a date from " + FIRST + " to " + LAST;

    private DateRange() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }
}
