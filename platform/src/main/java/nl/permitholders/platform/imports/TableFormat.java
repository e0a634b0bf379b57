package nl.permitholders.platform.imports;

import java.util.Locale;

/** The kind of a table file sent to an import, from the request's content type. */
public enum TableFormat {
    /** Text separated by semicolons (or commas), UTF-8: the project's CSV ({@link nl.permitholders.platform.csv.Csv}). */
    CSV,
    /** The first sheet of an Office Open XML workbook. */
    XLSX;

    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** .xlsx when the content type says so, CSV otherwise. */
    public static TableFormat of(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(XLSX_MEDIA_TYPE) ? XLSX : CSV;
    }
}
