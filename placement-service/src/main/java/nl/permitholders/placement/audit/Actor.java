package nl.permitholders.placement.audit;

import java.util.regex.Pattern;
import nl.permitholders.platform.api.InvalidInputException;

/**
 * Who makes a change, for the audit trail. Until authentication lands it is what the caller says in the
 * {@code X-Actor} header; then it must come from the token instead.
 */
public final class Actor {

    public static final String HEADER = "X-Actor";
    public static final String UNKNOWN = "unknown";
    public static final String DESCRIPTION = "who makes this change, for the audit trail (until authentication "
            + "replaces it): 1 to 100 letters, digits, spaces and . _ @ : -; default " + UNKNOWN;

    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N} ._@:-]{1,100}");

    private Actor() {
    }

    public static String of(String header) {
        if (header == null || header.isBlank()) {
            return UNKNOWN;
        }
        String actor = header.strip();
        if (!ALLOWED.matcher(actor).matches()) {
            throw InvalidInputException.of(HEADER, "must be 1 to 100 letters, digits, spaces and . _ @ : -");
        }
        return actor;
    }
}
