package nl.permitholders.dashboard;

import jakarta.ws.rs.BadRequestException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A half-year as the services' APIs write it ({@code 2025-H1}, also {@code 2025-I} and {@code 2025-II} in an address
 * someone typed), the pages' unit of time: its deadline is the day after its last day. The dashboard's own reading of
 * the APIs' period, not a service's class.
 */
public record HalfYear(int year, int half) implements Comparable<HalfYear> {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})-(H1|H2|I|II)");
    /** The years the services keep (their DateRange). */
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    public HalfYear {
        if (year < FIRST_YEAR || year > LAST_YEAR || (half != 1 && half != 2)) {
            throw new IllegalArgumentException("no half-year " + year + "-H" + half);
        }
    }

    /** The half-year {@code text} names; 400 naming {@code field} for anything else. */
    public static HalfYear parse(String field, String text) {
        Matcher written = WRITTEN.matcher(text == null ? "" : text.strip());
        if (written.matches()) {
            int year = Integer.parseInt(written.group(1));
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return new HalfYear(year, written.group(2).endsWith("1") || written.group(2).equals("I") ? 1 : 2);
            }
        }
        throw new BadRequestException(field + " must be a half-year, yyyy-H1 or yyyy-H2");
    }

    public static HalfYear containing(LocalDate date) {
        return new HalfYear(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
    }

    /** 1 January or 1 July: the deadline a half-year ends on, and COA's reference date for its result. */
    public static boolean isDeadline(LocalDate date) {
        return date.getDayOfMonth() == 1 && (date.getMonthValue() == 1 || date.getMonthValue() == 7);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, half == 1 ? 1 : 7, 1);
    }

    /** The deadline at which the province judges the position: the day after the half-year's last day. */
    public LocalDate deadline() {
        return half == 1 ? LocalDate.of(year, 7, 1) : LocalDate.of(year + 1, 1, 1);
    }

    public HalfYear next() {
        return half == 1 ? new HalfYear(year, 2) : new HalfYear(year + 1, 1);
    }

    public HalfYear previous() {
        return half == 2 ? new HalfYear(year, 1) : new HalfYear(year - 1, 2);
    }

    /** "1e halfjaar 2025". */
    public String dutch() {
        return half + "e halfjaar " + year;
    }

    public boolean isBefore(HalfYear other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(HalfYear other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(half, other.half);
    }

    /** As the APIs write it: 2025-H1. */
    @Override
    public String toString() {
        return year + "-H" + half;
    }
}
