package nl.permitholders.supervision.opendata;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Whether a conditional GET's copy still holds (RFC 9110, 13.2.2): {@code If-None-Match} is compared weakly (a tag
 * {@code W/"x"} matches {@code "x"}: a cache may have kept it weak), {@code *} matches any, and only when there is no
 * {@code If-None-Match} does {@code If-Modified-Since} count, holding when the answer has not changed since that date.
 */
public final class ConditionalGetRule {

    private ConditionalGetRule() {
    }

    /**
     * @param ifNoneMatch     the request's If-None-Match headers (none: empty)
     * @param ifModifiedSince its If-Modified-Since, or null
     * @param opaqueTag       the answer's entity tag without quotes or weakness
     * @param lastModified    when the answer last changed, or null when it has no such date
     */
    public static boolean stillHolds(List<String> ifNoneMatch, String ifModifiedSince, String opaqueTag, Instant lastModified) {
        if (ifNoneMatch != null && !ifNoneMatch.isEmpty()) {
            for (String header : ifNoneMatch) {
                for (String candidate : header.split(",")) {
                    String tag = candidate.trim();
                    if (tag.equals("*")) {
                        return true;
                    }
                    if (tag.startsWith("W/")) {
                        tag = tag.substring(2);
                    }
                    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"") && tag.substring(1, tag.length() - 1).equals(opaqueTag)) {
                        return true;
                    }
                }
            }
            return false;
        }
        if (ifModifiedSince == null || lastModified == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !lastModified.isAfter(since);
        } catch (DateTimeParseException e) {
            return false; // an invalid date is ignored (RFC 9110, 13.1.3)
        }
    }
}
