package nl.permitholders.supervision.coaposition;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.api.InvalidParam;
import nl.permitholders.platform.imports.TableColumn;
import nl.permitholders.platform.imports.TableFile;
import nl.permitholders.platform.imports.TableFormat;
import nl.permitholders.platform.imports.TableHeader;
import nl.permitholders.platform.imports.TableRow;
import nl.permitholders.platform.imports.TableValues;

/**
 * Reads COA's position file as province staff receive it: a CSV (semicolon or comma separated, UTF-8 with or without a
 * byte-order mark) or the first sheet of an .xlsx, read by platform's {@link TableFile} (a line is the CSV's line, or the
 * spreadsheet's row). The header names the columns, in any order and any case ({@link TableHeader}); other columns are
 * left alone. Numbers as COA writes them: {@code 1234} or {@code 1.234} (a point between thousands), and
 * the Stand with COA's sign, a backlog negative ({@code -117}), unless the import says otherwise; the sign is checked
 * ({@link CoaConvention}). Dates as {@code dd-mm-jjjj} or {@code jjjj-mm-dd} (or a date cell).
 * All or nothing: every refused line and field is named ({@code line 7: Afgemeld}), and no line is returned then.
 */
public final class CoaPositionFile {

    /** The file's kind, from the request's content type. */
    public enum Format {
        CSV, XLSX
    }

    /** The columns read, each under the Dutch headers COA uses for it (compared in lower case). */
    enum Column implements TableColumn {
        MUNICIPALITY_CODE("Gemeentecode", "gemeentecode", "cbs-code", "cbs code"),
        MUNICIPALITY_NAME("Gemeente", "gemeente", "gemeentenaam"),
        REFERENCE_DATE("Peildatum", "peildatum"),
        QUOTA("Taakstelling", "taakstelling"),
        ADJUSTED_QUOTA("Gecorrigeerde taakstelling", "gecorrigeerde taakstelling"),
        HOUSED("Afgemeld", "afgemeld", "gehuisvest"),
        POSITION("Stand", "stand", "achterstand");

        final String header;
        final Set<String> accepted;

        Column(String header, String... accepted) {
            this.header = header;
            this.accepted = Set.of(accepted);
        }

        @Override
        public String header() {
            return header;
        }

        @Override
        public Set<String> accepted() {
            return accepted;
        }

        @Override
        public boolean required() {
            return this != MUNICIPALITY_NAME;
        }
    }

    /** A municipality's name as the file writes it, at most (the longest Dutch name has under 30 characters). */
    static final int NAME_MAX = 100;

    /** Lines read at most: the country has fewer than 400 municipalities, a file a few reference dates. */
    static final int MAX_LINES = 10_000;

    /**
     * A whole number as COA and the Rijk write one: thousands separated by points; a sign as a hyphen, a minus sign or
     * an en dash, or a plus, and in the Rijk's typography a space after it ("– 2.540", "+ 1.793").
     */
    private static final Pattern WHOLE = Pattern.compile("([-+\u2212\u2013][ \u00A0\u202F]?)?(\\d{1,3}(\\.\\d{3})+|\\d{1,9})");

    private CoaPositionFile() {
    }

    /**
     * The lines read and the lines and fields refused, each named ({@code line 7: Afgemeld}); the file is accepted only
     * when nothing is refused, which the caller decides once it has checked the lines further.
     */
    public record Read(List<CoaPositionLine> lines, List<InvalidParam> refusals) {

        public Read {
            lines = List.copyOf(lines);
            refusals = List.copyOf(refusals);
        }
    }

    /** The file read line by line; 400 at once when it cannot be read at all or its header lacks a column. */
    public static Read read(byte[] content, Format format, StandConvention convention) {
        return lines(rows(content, format == Format.XLSX ? TableFormat.XLSX : TableFormat.CSV), convention);
    }

    /** The rows of the file, its header first, by platform's reader; a row more than {@link #MAX_LINES} lines takes. */
    private static List<TableRow> rows(byte[] content, TableFormat format) {
        List<TableRow> rows = new ArrayList<>();
        try {
            Path file = TableFile.spool(new ByteArrayInputStream(content), Long.MAX_VALUE, "The file");
            try {
                TableFile.read(file, format, "file", row -> rows.add(row) && rows.size() <= MAX_LINES + 1);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("COA's file could not be read", e);
        }
        return rows;
    }

    static Read lines(List<TableRow> rows, StandConvention convention) {
        if (rows.isEmpty()) {
            throw InvalidInputException.of("file", "is empty: expected a header (Gemeentecode;Peildatum;Taakstelling;"
                    + "Gecorrigeerde taakstelling;Afgemeld;Stand) and a line per municipality");
        }
        TableHeader<Column> header = TableHeader.of(rows.get(0), Column.class);
        List<InvalidParam> refusals = new ArrayList<>();
        List<CoaPositionLine> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TableRow row : rows.subList(1, rows.size())) {
            if (lines.size() + refusals.size() >= MAX_LINES) {
                refusals.add(new InvalidParam("file", "has more than " + MAX_LINES + " lines"));
                break;
            }
            Line line = new Line(row.line(), row, header, refusals);
            String code = line.code();
            LocalDate date = line.date();
            Integer quota = line.number(Column.QUOTA, false);
            Integer adjusted = line.number(Column.ADJUSTED_QUOTA, true);
            Integer housed = line.number(Column.HOUSED, false);
            Integer position = line.number(Column.POSITION, true);
            if (code != null && date != null && !seen.add(code + " " + date)) {
                refusals.add(new InvalidParam(line.name(Column.MUNICIPALITY_CODE), code + " on " + date + " appears more than once in the file"));
            } else if (code != null && date != null && quota != null && adjusted != null && housed != null && position != null
                    && line.nameFits()) {
                String name = line.text(Column.MUNICIPALITY_NAME);
                lines.add(CoaPositionLine.of(row.line(), code, name, date, quota, adjusted, housed, position, convention));
            }
        }
        if (lines.isEmpty() && refusals.isEmpty()) {
            throw InvalidInputException.of("file", "has a header but no lines");
        }
        refusals.addAll(CoaConvention.checkSign(lines, convention));
        return new Read(lines, refusals);
    }

    /** One line of the file, its fields checked one by one; every refusal is added to {@code refusals}. */
    private record Line(int number, TableRow row, TableHeader<Column> header, List<InvalidParam> refusals) {

        String name(Column column) {
            return TableHeader.name(number, column.header);
        }

        /** The field, stripped; null when empty or the file has no such column. */
        String text(Column column) {
            return header.text(row, column);
        }

        /** The name column, if any, is short text without NUL: refused otherwise. */
        boolean nameFits() {
            String name = text(Column.MUNICIPALITY_NAME);
            if (name != null && (name.length() > NAME_MAX || name.indexOf('\u0000') >= 0)) {
                refuse(Column.MUNICIPALITY_NAME, "must be a name of at most " + NAME_MAX + " characters");
                return false;
            }
            return true;
        }

        private void refuse(Column column, String reason) {
            refusals.add(new InvalidParam(name(column), reason));
        }

        String code() {
            String value = value(Column.MUNICIPALITY_CODE);
            return value == null ? null : read(Column.MUNICIPALITY_CODE, TableValues.municipalityCode(value));
        }

        LocalDate date() {
            String value = value(Column.REFERENCE_DATE);
            return value == null ? null : read(Column.REFERENCE_DATE, TableValues.date(value));
        }

        private <T> T read(Column column, TableValues.Read<T> read) {
            if (read.value() == null) {
                refuse(column, read.reason());
            }
            return read.value();
        }

        Integer number(Column column, boolean mayBeNegative) {
            String value = value(column);
            if (value == null) {
                return null;
            }
            if (!WHOLE.matcher(value).matches()) {
                refuse(column, "'" + shown(value) + "' is not a whole number (write 1234 or 1.234"
                        + (mayBeNegative ? ", a negative one as -12 or – 12" : "") + ")");
                return null;
            }
            int number = Integer.parseInt(value.replaceAll("[.+ \u00A0\u202F]", "").replace('\u2212', '-').replace('\u2013', '-'));
            if (number < 0 && !mayBeNegative) {
                refuse(column, "'" + value + "' is negative: it must be 0 or more");
                return null;
            }
            return number;
        }

        private String value(Column column) {
            String value = text(column);
            if (value == null) {
                refuse(column, "is empty");
            }
            return value;
        }

        private static String shown(String value) {
            return TableValues.shown(value);
        }
    }
}
