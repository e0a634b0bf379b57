package nl.permitholders.housingstock.period;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.permitholders.platform.period.Period;

/**
 * A period that vacancies, allocations and agreements are counted over: a calendar year ({@code 2023}), as
 * corporations report their vacancies and make their agreements, or a half-year ({@code 2023-H1}, also written
 * {@code 2023-I}) as quotas run.
 */
public record ReportingPeriod(String label, LocalDate firstDay, LocalDate lastDay) {

    /** Every spelling {@link #parse} accepts, for OpenAPI documents: {@code 2023}, {@code 2023-H1}, {@code 2023-I}. */
    public static final String PATTERN = "^\\d{4}(-(H[12]|II?))?$";
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    public ReportingPeriod {
        Objects.requireNonNull(label, "label");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("a period ends on or after its first day");
        }
    }

    /** Parses {@code yyyy}, {@code yyyy-H1}, {@code yyyy-H2}, {@code yyyy-I} or {@code yyyy-II}; the label is canonical. */
    public static ReportingPeriod parse(String text) {
        Objects.requireNonNull(text, "period");
        if (YEAR.matcher(text).matches()) {
            return year(Integer.parseInt(text));
        }
        try {
            return of(Period.parse(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a year (yyyy) or a half-year (yyyy-H1, yyyy-H2)");
        }
    }

    public static ReportingPeriod year(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("year must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        return new ReportingPeriod(Integer.toString(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static ReportingPeriod of(Period halfYear) {
        return new ReportingPeriod(halfYear.toString(), halfYear.firstDay(), halfYear.lastDay());
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }

    /** True once the last day has passed. */
    public boolean endedBefore(LocalDate date) {
        return lastDay.isBefore(date);
    }

    @Override
    public String toString() {
        return label;
    }
}
