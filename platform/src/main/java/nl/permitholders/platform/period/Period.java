package nl.permitholders.platform.period;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.permitholders.platform.time.DateRange;

/**
 * A half-year in which a municipality must house its quota: {@code 2025-H1} runs 1 January to 30 June,
 * {@code 2025-H2} 1 July to 31 December. The Rijk writes them {@code 2025-I} and {@code 2025-II}; both
 * spellings are accepted, the canonical form is {@code yyyy-Hn}.
 */
public record Period(int year, int half) implements Comparable<Period> {

    /** Every spelling {@link #parse} accepts, for OpenAPI documents: {@code 2025-H1}, {@code 2025-I}. */
    public static final String PATTERN = "^\\d{4}-(H[12]|II?)$";
    private static final Pattern CANONICAL = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern ROMAN = Pattern.compile("(\\d{4})-(I|II)");
    private static final int FIRST_YEAR = DateRange.FIRST.getYear();
    private static final int LAST_YEAR = DateRange.LAST.getYear();

    public Period {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("year must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("half must be 1 or 2");
        }
    }

    /** Parses {@code 2025-H1}, {@code 2025-H2}, {@code 2025-I} or {@code 2025-II}. */
    public static Period parse(String text) {
        Objects.requireNonNull(text, "period");
        Matcher canonical = CANONICAL.matcher(text);
        if (canonical.matches()) {
            return new Period(Integer.parseInt(canonical.group(1)), Integer.parseInt(canonical.group(2)));
        }
        Matcher roman = ROMAN.matcher(text);
        if (roman.matches()) {
            return new Period(Integer.parseInt(roman.group(1)), roman.group(2).equals("I") ? 1 : 2);
        }
        throw new IllegalArgumentException("'" + text + "' is not a half-year; use yyyy-H1 or yyyy-H2 (or yyyy-I, yyyy-II)");
    }

    /** The half-year of {@code date}; a date outside {@link DateRange} has none. */
    public static Period containing(LocalDate date) {
        if (!DateRange.contains(date)) {
            throw new IllegalArgumentException("date " + date + " is outside the half-years this system knows, "
                    + DateRange.FIRST + " to " + DateRange.LAST);
        }
        return new Period(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, half == 1 ? Month.JANUARY : Month.JULY, 1);
    }

    public LocalDate lastDay() {
        return half == 1 ? LocalDate.of(year, Month.JUNE, 30) : LocalDate.of(year, Month.DECEMBER, 31);
    }

    /** The deadline at which the province judges the position (R6): the day after the last day. */
    public LocalDate deadline() {
        return lastDay().plusDays(1);
    }

    public boolean contains(LocalDate date) {
        return date.getYear() == year && (date.getMonthValue() <= 6 ? 1 : 2) == half;
    }

    public Period next() {
        return half == 1 ? new Period(year, 2) : new Period(year + 1, 1);
    }

    public Period previous() {
        return half == 2 ? new Period(year, 1) : new Period(year - 1, 2);
    }

    public boolean isBefore(Period other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Period other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(half, other.half);
    }

    @Override
    public String toString() {
        return year + "-H" + half;
    }
}
