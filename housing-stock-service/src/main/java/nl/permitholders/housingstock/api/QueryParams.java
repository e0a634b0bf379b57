package nl.permitholders.housingstock.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Pattern;
import nl.permitholders.housingstock.period.ReportingPeriod;
import nl.permitholders.platform.api.PageRequest;
import nl.permitholders.platform.api.Violations;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.period.DateRange;

/**
 * Reads query parameters that arrive as text, so that one 400 lists every invalid one with a reason (JAX-RS itself
 * would answer a malformed number or enum with a bare 404). Call {@link #throwIfAny()} once all are read.
 */
public final class QueryParams {

    private static final Pattern MUNICIPALITY = Pattern.compile(Codes.MUNICIPALITY);

    private final Violations violations = new Violations();

    public String municipalityCode(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        violations.check(MUNICIPALITY.matcher(text).matches(), name, Codes.MUNICIPALITY_MESSAGE);
        return text;
    }

    public LocalDate date(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            violations.add(name, "must be a date yyyy-mm-dd");
            return null;
        }
        if (!DateRange.contains(date)) {
            violations.add(name, DateRange.REASON);
            return null;
        }
        return date;
    }

    public <E extends Enum<E>> E enumValue(String name, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            violations.add(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    public Boolean bool(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!text.equals("true") && !text.equals("false")) {
            violations.add(name, "must be true or false");
            return null;
        }
        return Boolean.valueOf(text);
    }

    public ReportingPeriod period(String name, String text) {
        if (text == null || text.isBlank()) {
            violations.add(name, "is required: a year (yyyy) or a half-year (yyyy-H1, yyyy-H2)");
            return null;
        }
        try {
            return ReportingPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            violations.add(name, e.getMessage());
            return null;
        }
    }

    public PageRequest page(String pageText, String pageSizeText) {
        int page = number("page", pageText, 1, 1, Integer.MAX_VALUE);
        int pageSize = number("pageSize", pageSizeText, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE);
        return PageRequest.of(page, pageSize, violations);
    }

    public void throwIfAny() {
        violations.throwIfAny();
    }

    private int number(String name, String text, int absent, int min, int max) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(name, max == Integer.MAX_VALUE ? "must be a whole number from " + min
                : "must be a whole number from " + min + " to " + max);
        return absent;
    }
}
