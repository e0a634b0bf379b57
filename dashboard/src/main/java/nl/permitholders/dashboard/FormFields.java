package nl.permitholders.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A form's fields as the pages read them before anything is sent to a service: a value a select offers, an id, a whole
 * number, a date in the years the services keep, a reason. What fails is the form's Dutch error code; the service
 * checks again.
 */
public final class FormFields {

    /** The years the services keep (their DateRange). */
    private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

    private FormFields() {
    }

    /** The constant a form's select chose; none for a value the form does not offer. */
    public static <E extends Enum<E>> Optional<E> choice(Class<E> type, String text) {
        try {
            return Optional.of(Enum.valueOf(type, text == null ? "" : text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The agreement, coupling or other item a form's select chose; none for text that is no UUID. */
    public static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text == null ? "" : text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The whole number a form's field holds, from {@code min} to {@code max}; none for anything else. */
    public static Optional<Integer> wholeNumber(String text, int min, int max) {
        try {
            int value = Integer.parseInt(text == null ? "" : text.strip());
            return value >= min && value <= max ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The date a form's field names; none for text that is no date in the years the services keep. */
    public static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text == null ? "" : text)).filter(d -> !d.isBefore(FIRST_DAY) && !d.isAfter(LAST_DAY));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether a form's reason is blank, too long or unstorable. */
    public static boolean refusedReason(String reason, int reasonMax) {
        return reason == null || reason.isBlank() || reason.length() > reasonMax || reason.indexOf('\u0000') >= 0;
    }

    /** The message of a form's error {@code code} on a page; none for no code or an unknown one. */
    public static String said(Map<String, String> messages, String code) {
        return code == null ? null : messages.get(code);
    }
}
