package nl.permitholders.platform.api;

/** The request is larger than the endpoint takes: more bytes or more lines than its stated limit (413). */
public class ContentTooLargeException extends RuntimeException {

    public ContentTooLargeException(String detail) {
        super(detail);
    }

    /** {@code what} (e.g. "The file") is larger than {@code maxBytes}. */
    public static ContentTooLargeException bytes(String what, long maxBytes) {
        return new ContentTooLargeException(what + " is larger than " + megabytes(maxBytes) + "; split it into smaller ones.");
    }

    /** {@code what} has more than {@code maxLines} lines. */
    public static ContentTooLargeException lines(String what, int maxLines) {
        return new ContentTooLargeException(what + " has more than " + String.format(java.util.Locale.ROOT, "%,d", maxLines)
                + " lines; split it into smaller ones.");
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }
}
