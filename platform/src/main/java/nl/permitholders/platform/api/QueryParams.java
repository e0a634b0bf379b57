package nl.permitholders.platform.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.time.DateRange;

/**
 * Reads query parameters that arrive as text, so that one 400 lists every invalid one with a reason (JAX-RS itself
 * would answer a malformed number or enum with a bare 404, and a parser that throws names only the first). Absent or
 * blank is null; call {@link #throwIfAny()} once all are read.
 */
public final class QueryParams {

    private static final Pattern MUNICIPALITY = Pattern.compile(Codes.MUNICIPALITY);

    private final Violations violations = new Violations();

    public String matching(String name, String text, Pattern pattern, String reason) {
        if (absent(text)) {
            return null;
        }
        violations.check(pattern.matcher(text).matches(), name, reason);
        return text;
    }

    public String municipalityCode(String name, String text) {
        return matching(name, text, MUNICIPALITY, Codes.MUNICIPALITY_MESSAGE);
    }

    public Integer integer(String name, String text) {
        return parsed(name, text, Integer::valueOf, "must be a whole number");
    }

    public Boolean bool(String name, String text) {
        if (absent(text)) {
            return null;
        }
        if (!text.equals("true") && !text.equals("false")) {
            violations.add(name, "must be true or false");
            return null;
        }
        return Boolean.valueOf(text);
    }

    /** A date yyyy-mm-dd within {@link DateRange}. */
    public LocalDate date(String name, String text) {
        if (absent(text)) {
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
        return parsed(name, text, value -> Enum.valueOf(type, value), "must be one of " + Arrays.toString(type.getEnumConstants()));
    }

    public UUID uuid(String name, String text) {
        return parsed(name, text, UUID::fromString, "is not a UUID");
    }

    /**
     * A value that must be given, read by {@code parse}; the message of the {@link IllegalArgumentException} it throws
     * is the reason for the refusal.
     */
    public <T> T required(String name, String text, String reasonWhenAbsent, Function<String, T> parse) {
        if (absent(text)) {
            violations.add(name, reasonWhenAbsent);
            return null;
        }
        return optional(name, text, parse);
    }

    /** As {@link #required}, but null when absent. */
    public <T> T optional(String name, String text, Function<String, T> parse) {
        return parsed(name, text, parse, null);
    }

    /** The {@code page} and {@code pageSize} of a list; see {@link PageRequest} for their ranges. */
    public PageRequest page(String pageText, String pageSizeText) {
        return PageRequest.of(integer("page", pageText), integer("pageSize", pageSizeText), violations);
    }

    /** Throws a 400 listing every parameter read so far that was refused. */
    public void throwIfAny() {
        violations.throwIfAny();
    }

    /**
     * Null when absent; refused with {@code reason}, or the exception's message when that is null, when {@code parse}
     * throws an {@link IllegalArgumentException}.
     */
    private <T> T parsed(String name, String text, Function<String, T> parse, String reason) {
        if (absent(text)) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            violations.add(name, reason != null ? reason : e.getMessage());
            return null;
        }
    }

    private static boolean absent(String text) {
        return text == null || text.isBlank();
    }
}
