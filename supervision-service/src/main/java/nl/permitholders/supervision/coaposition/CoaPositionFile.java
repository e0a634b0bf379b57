package nl.permitholders.supervision.coaposition;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.api.InvalidParam;
import nl.permitholders.platform.csv.Csv;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads COA's position file as province staff receive it: a CSV (semicolon or comma separated, UTF-8 with or without a
 * byte-order mark) or the first sheet of an .xlsx. The header names the columns, in any order and any case; other
 * columns are left alone. Numbers as COA writes them: {@code 1234} or {@code 1.234} (a point between thousands), and
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
    enum Column {
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

        boolean required() {
            return this != MUNICIPALITY_NAME;
        }

        static Column named(String header) {
            String name = header.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            for (Column column : values()) {
                if (column.accepted.contains(name)) {
                    return column;
                }
            }
            return null;
        }
    }

    /** A municipality's name as the file writes it, at most (the longest Dutch name has under 30 characters). */
    static final int NAME_MAX = 100;

    /** Lines read at most: the country has fewer than 400 municipalities, a file a few reference dates. */
    static final int MAX_LINES = 10_000;

    private static final Pattern CODE = Pattern.compile("(?i)(GM)?(\\d{1,4})");
    /**
     * A whole number as COA and the Rijk write one: thousands separated by points; a sign as a hyphen, a minus sign or
     * an en dash, or a plus, and in the Rijk's typography a space after it ("– 2.540", "+ 1.793").
     */
    private static final Pattern WHOLE = Pattern.compile("([-+\u2212\u2013][ \u00A0\u202F]?)?(\\d{1,3}(\\.\\d{3})+|\\d{1,9})");
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

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
        List<List<String>> rows = format == Format.XLSX ? xlsxRows(content) : csvRows(content);
        return lines(rows, convention);
    }

    static Read lines(List<List<String>> rows, StandConvention convention) {
        if (rows.isEmpty()) {
            throw InvalidInputException.of("file", "is empty: expected a header (Gemeentecode;Peildatum;Taakstelling;"
                    + "Gecorrigeerde taakstelling;Afgemeld;Stand) and a line per municipality");
        }
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        List<InvalidParam> refusals = new ArrayList<>();
        List<String> header = rows.get(0);
        for (int i = 0; i < header.size(); i++) {
            Column column = Column.named(header.get(i));
            if (column != null && columns.putIfAbsent(column, i) != null) {
                refusals.add(new InvalidParam("line 1: " + header.get(i).strip(), "names a column a second time"));
            }
        }
        for (Column column : Column.values()) {
            if (column.required() && !columns.containsKey(column)) {
                refusals.add(new InvalidParam("line 1: " + column.header, "column missing (accepted headers: "
                        + String.join(", ", column.accepted.stream().sorted().toList()) + ", in any case)"));
            }
        }
        if (!refusals.isEmpty()) {
            throw new InvalidInputException(refusals);
        }
        List<CoaPositionLine> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (lines.size() + refusals.size() >= MAX_LINES) {
                refusals.add(new InvalidParam("file", "has more than " + MAX_LINES + " lines"));
                break;
            }
            Line line = new Line(r + 1, row, columns, refusals);
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
                lines.add(CoaPositionLine.of(r + 1, code, name == null || name.isBlank() ? null : name.strip(), date, quota, adjusted,
                        housed, position, convention));
            }
        }
        if (lines.isEmpty() && refusals.isEmpty()) {
            throw InvalidInputException.of("file", "has a header but no lines");
        }
        refusals.addAll(CoaConvention.checkSign(lines, convention));
        return new Read(lines, refusals);
    }

    /** One line of the file, its fields checked one by one; every refusal is added to {@code refusals}. */
    private record Line(int number, List<String> row, Map<Column, Integer> columns, List<InvalidParam> refusals) {

        String name(Column column) {
            return "line " + number + ": " + column.header;
        }

        String text(Column column) {
            Integer index = columns.get(column);
            return index == null || index >= row.size() ? null : row.get(index);
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
            if (value == null) {
                return null;
            }
            var matcher = CODE.matcher(value);
            if (!matcher.matches()) {
                refuse(Column.MUNICIPALITY_CODE, "'" + shown(value) + "' is not a CBS municipality code such as GM0141 or 0141");
                return null;
            }
            return "GM" + "0".repeat(4 - matcher.group(2).length()) + matcher.group(2);
        }

        LocalDate date() {
            String value = value(Column.REFERENCE_DATE);
            if (value == null) {
                return null;
            }
            try {
                LocalDate date = LocalDate.parse(value, value.matches("\\d{4}-.*") ? ISO_DATE : DUTCH_DATE);
                if (date.getYear() < 2000 || date.getYear() > 2100) {
                    refuse(Column.REFERENCE_DATE, "'" + value + "' lies outside the years 2000 to 2100");
                    return null;
                }
                return date;
            } catch (DateTimeException e) {
                refuse(Column.REFERENCE_DATE, "'" + shown(value) + "' is not a date: write dd-mm-jjjj or jjjj-mm-dd");
                return null;
            }
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
            if (value == null || value.isBlank()) {
                refuse(column, "is empty");
                return null;
            }
            return value.strip();
        }

        private static String shown(String value) {
            return value.length() > 40 ? value.substring(0, 40) + "…" : value;
        }
    }

    private static List<List<String>> csvRows(byte[] content) {
        String text = Csv.text(content, "file", "save the CSV as \"CSV UTF-8\"");
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf(';') >= 0 || firstLine.indexOf(',') < 0 ? ';' : ',';
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = Csv.parse(text, Csv.separatedBy(delimiter))) {
            for (CSVRecord record : parser) {
                if (rows.size() > MAX_LINES + 1) {
                    break;
                }
                rows.add(record.toList());
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            // The parser's own message names its classes; say what is wrong in the file instead.
            throw InvalidInputException.of("file", "cannot be read as CSV after its first " + rows.size()
                    + " lines: a field in double quotes is not closed, or a double quote stands inside an unquoted field");
        }
        return rows;
    }

    private static List<List<String>> xlsxRows(byte[] content) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw InvalidInputException.of("file", "has no sheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= Math.min(sheet.getLastRowNum(), MAX_LINES + 1); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(text(row.getCell(c), formatter));
                    }
                }
                rows.add(cells);
            }
            return rows.stream().allMatch(row -> row.stream().allMatch(String::isBlank)) ? List.of() : rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw InvalidInputException.of("file", "is not an .xlsx workbook that can be read");
        }
    }

    /** A cell as text: a date cell as jjjj-mm-dd, a whole number without separators, anything else as shown. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            double number = cell.getNumericCellValue();
            if (number == Math.rint(number) && Math.abs(number) < 1e9) {
                return Long.toString((long) number);
            }
            return Double.toString(number);
        }
        return formatter.formatCellValue(cell);
    }
}
