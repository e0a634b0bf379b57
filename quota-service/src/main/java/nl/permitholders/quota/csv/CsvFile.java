package nl.permitholders.quota.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.csv.Csv;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the semicolon-separated files that CBS StatLine and the Rijk publish, in the project's CSV ({@link Csv}),
 * with a header line naming the columns. A file that is not UTF-8, is empty, has another header, is not well-formed
 * CSV or holds a NUL character (which PostgreSQL cannot store) is refused as a whole.
 */
public final class CsvFile {

    /** One data line: the number of the line in the file it starts on (the header is line 1) and its fields. */
    public record Row(int line, List<String> fields) {
        public String field(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }

        /** The field as a whole number of 0 or more written in digits only (no separators), or null. */
        public Integer wholeNumber(int index) {
            String text = field(index);
            return text.matches("\\d{1,9}") ? Integer.parseInt(text) : null;
        }
    }

    private CsvFile() {
    }

    public static List<Row> read(byte[] body, List<String> header) {
        return read(body, header, List.of());
    }

    /**
     * As {@link #read(byte[], List)}, where the header may also go on with {@code optionalColumns}, all of them in that
     * order; rows of a file without them read those fields as empty.
     */
    public static List<Row> read(byte[] body, List<String> header, List<String> optionalColumns) {
        String text = Csv.text(body, "body", "save the file as UTF-8");
        List<Row> records = records(text);
        if (records.isEmpty()) {
            throw InvalidInputException.of("body", "is empty; expected a header line " + String.join(";", header) + " and data lines");
        }
        Row first = records.get(0);
        List<String> found = first.fields().stream().map(f -> f.toLowerCase(Locale.ROOT)).toList();
        List<String> expected = header.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        List<String> extended = Stream.concat(header.stream(), optionalColumns.stream())
                .map(h -> h.toLowerCase(Locale.ROOT)).toList();
        if (!found.equals(expected) && (optionalColumns.isEmpty() || !found.equals(extended))) {
            throw InvalidInputException.of("body", "has header '" + lineOf(text, first.line()) + "'; expected " + String.join(";", header)
                    + (optionalColumns.isEmpty() ? "" : ", or with " + String.join(";", optionalColumns) + " after it"));
        }
        List<Row> rows = records.subList(1, records.size());
        if (rows.isEmpty()) {
            throw InvalidInputException.of("body", "has a header but no data lines");
        }
        return List.copyOf(rows);
    }

    /** Every record that is not blank, its fields trimmed. */
    private static List<Row> records(String text) {
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = Csv.parse(text, Csv.SEMICOLON)) {
            for (CSVRecord record : parser) {
                List<String> fields = record.stream().map(String::trim).toList();
                if (fields.size() == 1 && fields.get(0).isEmpty()) {
                    continue;
                }
                rows.add(new Row(Csv.lineAt(text, (int) record.getCharacterPosition()), fields));
            }
        } catch (IOException | UncheckedIOException e) {
            String reason = e instanceof UncheckedIOException unchecked ? unchecked.getCause().getMessage() : e.getMessage();
            throw InvalidInputException.of("body", "is not well-formed CSV: " + reason);
        }
        return rows;
    }

    private static String lineOf(String text, int line) {
        return text.lines().skip(line - 1).findFirst().orElse("");
    }
}
