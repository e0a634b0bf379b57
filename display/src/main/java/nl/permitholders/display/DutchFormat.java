package nl.permitholders.display;

import io.quarkus.qute.TemplateExtension;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the dashboard and supervision's letters and reports write numbers and dates for people: Dutch (nl-NL), as the
 * Dutch government writes them ("1 januari 2025", "1.234"); templates write them as {@code {dutch:date(...)}}. The
 * APIs keep ISO dates.
 */
public final class DutchFormat {

    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", DUTCH);

    private DutchFormat() {
    }

    /** 1234 → "1.234", -56 → "-56". */
    @TemplateExtension(namespace = "dutch")
    public static String number(int value) {
        // NumberFormat is not thread-safe: one per call.
        return NumberFormat.getIntegerInstance(DUTCH).format(value);
    }

    /** 2.5 → "2,5". */
    public static String decimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(DUTCH);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** What the dashboard says where a municipality's population is not known: never 0. */
    public static final String NO_POPULATION = "geen inwonertal bekend";

    /** 1.6 per 1,000 → "1,6 per 1.000 inwoners"; without a known population {@link #NO_POPULATION}. */
    public static String perThousand(BacklogPerThousand figure) {
        if (!figure.known()) {
            return NO_POPULATION;
        }
        NumberFormat format = NumberFormat.getNumberInstance(DUTCH);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(figure.perThousand()) + " per 1.000 inwoners";
    }

    /** 2025-01-01 → "1 januari 2025"; nothing → "". */
    @TemplateExtension(namespace = "dutch")
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** 2025-03 → "maart 2025". */
    public static String month(YearMonth month) {
        return MONTH.format(month);
    }
}
