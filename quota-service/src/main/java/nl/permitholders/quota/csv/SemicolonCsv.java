package nl.permitholders.quota.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.api.JsonValueRules;

/**
 * Reads the semicolon-separated files that CBS StatLine and the Rijk publish: UTF-8 (a byte-order mark is
 * tolerated), a header line naming the columns, fields optionally in double quotes, CRLF or LF line ends, blank
 * lines ignored. A file that is not UTF-8, is empty, has another header or holds a NUL character (which PostgreSQL
 * cannot store) is refused as a whole.
 */
public final class SemicolonCsv {

    /** One data line: its line number in the file (the header is line 1) and its fields. */
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

    private SemicolonCsv() {
    }

    public static List<Row> read(byte[] body, List<String> header) {
        return read(body, header, List.of());
    }

    /**
     * As {@link #read(byte[], List)}, where the header may also go on with {@code optionalColumns}, all of them in that
     * order; rows of a file without them read those fields as empty.
     */
    public static List<Row> read(byte[] body, List<String> header, List<String> optionalColumns) {
        String text = decode(body);
        int nul = text.indexOf('\u0000');
        if (nul >= 0) {
            long line = text.substring(0, nul).chars().filter(c -> c == '\n').count() + 1;
            throw InvalidInputException.of("body", "line " + line + " " + JsonValueRules.NUL_REASON);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r?\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first == lines.length) {
            throw InvalidInputException.of("body", "is empty; expected a header line " + String.join(";", header) + " and data lines");
        }
        List<String> found = fields(lines[first]).stream().map(f -> f.trim().toLowerCase(Locale.ROOT)).toList();
        List<String> expected = header.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        List<String> extended = Stream.concat(header.stream(), optionalColumns.stream())
                .map(h -> h.toLowerCase(Locale.ROOT)).toList();
        if (!found.equals(expected) && (optionalColumns.isEmpty() || !found.equals(extended))) {
            throw InvalidInputException.of("body", "has header '" + lines[first] + "'; expected " + String.join(";", header)
                    + (optionalColumns.isEmpty() ? "" : ", or with " + String.join(";", optionalColumns) + " after it"));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = first + 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                rows.add(new Row(i + 1, fields(lines[i]).stream().map(String::trim).toList()));
            }
        }
        if (rows.isEmpty()) {
            throw InvalidInputException.of("body", "has a header but no data lines");
        }
        return rows;
    }

    private static String decode(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw InvalidInputException.of("body", "is not UTF-8 text; save the file as UTF-8");
        }
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
