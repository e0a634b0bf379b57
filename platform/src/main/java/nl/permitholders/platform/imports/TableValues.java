package nl.permitholders.platform.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values as the files sent to imports write them (COA's, the provinces' and the Rijk's): a CBS municipality code with or
 * without its {@code GM}, a date as {@code dd-mm-jjjj} or {@code jjjj-mm-dd} ({@link TableFile} reads a workbook's date
 * cell so). Each answers the value, or null with the reason it is none ({@link Read}).
 */
public final class TableValues {

    /** A value read, or (value null) why the text is none. */
    public record Read<T>(T value, String reason) {

        static <T> Read<T> of(T value) {
            return new Read<>(value, null);
        }

        static <T> Read<T> refused(String reason) {
            return new Read<>(null, reason);
        }
    }

    private static final Pattern CODE = Pattern.compile("(?i)(GM)?(\\d{1,4})");
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private TableValues() {
    }

    /** {@code GM0141} for GM0141, gm141, 141 or 0141. */
    public static Read<String> municipalityCode(String text) {
        Matcher matcher = CODE.matcher(text.strip());
        if (!matcher.matches()) {
            return Read.refused("'" + shown(text) + "' is not a CBS municipality code such as GM0141 or 0141");
        }
        return Read.of("GM" + "0".repeat(4 - matcher.group(2).length()) + matcher.group(2));
    }

    /** A date from 2000 to 2100, written {@code dd-mm-jjjj} or {@code jjjj-mm-dd}. */
    public static Read<LocalDate> date(String text) {
        String value = text.strip();
        try {
            LocalDate date = LocalDate.parse(value, value.matches("\\d{4}-.*") ? ISO_DATE : DUTCH_DATE);
            if (date.getYear() < 2000 || date.getYear() > 2100) {
                return Read.refused("'" + value + "' lies outside the years 2000 to 2100");
            }
            return Read.of(date);
        } catch (DateTimeException e) {
            return Read.refused("'" + shown(value) + "' is not a date: write dd-mm-jjjj or jjjj-mm-dd");
        }
    }

    /** The text as a refusal quotes it: at most 40 characters. */
    public static String shown(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
