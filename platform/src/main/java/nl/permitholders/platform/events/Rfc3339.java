package nl.permitholders.platform.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads the dates and timestamps every event carries ({@code 2025-03-01}, {@code 2025-03-01T09:30:00.123456Z}) with the
 * same outcome as {@link LocalDate#parse} and {@link OffsetDateTime#parse}, several times faster: a consumer reads a
 * few per event, and a rebuild a million events. The common RFC 3339 forms are read directly; anything else is
 * handed to java.time, which decides (and explains) as before.
 */
public final class Rfc3339 {

    private Rfc3339() {
    }

    /** A date {@code yyyy-MM-dd}, as {@link LocalDate#parse(CharSequence)} reads it. */
    public static LocalDate date(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 2);
            int day = digits(text, 8, 2);
            if (year >= 0 && month >= 0 && day >= 0) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (java.time.DateTimeException e) {
                    throw new DateTimeParseException("Text '" + text + "' could not be parsed: " + e.getMessage(), text, 0, e);
                }
            }
        }
        return LocalDate.parse(text);
    }

    /**
     * A timestamp {@code yyyy-MM-ddTHH:mm[:ss[.fraction]]} with {@code Z} or {@code ±HH:MM}, as
     * {@link OffsetDateTime#parse(CharSequence)} reads it.
     */
    public static OffsetDateTime offsetDateTime(String text) {
        OffsetDateTime read = readCommonForm(text);
        return read != null ? read : OffsetDateTime.parse(text);
    }

    /** The common forms, or null for anything else (java.time then decides). */
    private static OffsetDateTime readCommonForm(String text) {
        int length = text.length();
        if (length < 17 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = 0;
        int nano = 0;
        int at = 16;
        if (at < length && text.charAt(at) == ':') {
            second = digits(text, at + 1, 2);
            at += 3;
            if (at < length && text.charAt(at) == '.') {
                int start = ++at;
                while (at < length && at - start < 9 && isDigit(text.charAt(at))) {
                    nano = nano * 10 + (text.charAt(at) - '0');
                    at++;
                }
                if (at == start || at < length && isDigit(text.charAt(at))) {
                    return null;
                }
                for (int i = at - start; i < 9; i++) {
                    nano *= 10;
                }
            }
        }
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || at >= length) {
            return null;
        }
        int offsetSeconds;
        char sign = text.charAt(at);
        if (sign == 'Z' && at + 1 == length) {
            offsetSeconds = 0;
        } else if ((sign == '+' || sign == '-') && at + 6 == length && text.charAt(at + 3) == ':') {
            int hours = digits(text, at + 1, 2);
            int minutes = digits(text, at + 4, 2);
            if (hours < 0 || minutes < 0 || minutes > 59) {
                return null;
            }
            offsetSeconds = (sign == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
        } else {
            return null;
        }
        try {
            return OffsetDateTime.of(LocalDateTime.of(year, month, day, hour, minute, second, nano), ZoneOffset.ofTotalSeconds(offsetSeconds));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The {@code count} decimal digits at {@code from}, or -1 if any is not a digit (or the text ends). */
    private static int digits(String text, int from, int count) {
        if (from + count > text.length()) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
