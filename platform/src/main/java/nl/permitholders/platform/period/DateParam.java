package nl.permitholders.platform.period;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.permitholders.platform.api.InvalidInputException;

/**
 * Turns an optional date query parameter (yyyy-mm-dd) into a date, null when absent, or a 400 naming the parameter
 * when it is no date or lies outside {@link DateRange}.
 */
public final class DateParam {

    private DateParam() {
    }

    public static LocalDate parseOptional(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(name, "must be a date yyyy-mm-dd");
        }
        if (!DateRange.contains(date)) {
            throw InvalidInputException.of(name, DateRange.REASON);
        }
        return date;
    }
}
