package nl.permitholders.display;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the dashboard's {@link Table}s as CSV and .xlsx: the same cells as on the page, numbers as numbers and dates
 * as dates (ISO in the CSV, which Excel reads as a date; a date cell in the .xlsx), so that a spreadsheet sorts and
 * filters them as such.
 */
public final class TableExport {

    /** How a date cell shows in the .xlsx: the Dutch short form, 31-12-2024. */
    static final String DATE_FORMAT = "d-m-yyyy";
    /** The project's CSV as platform's Csv reads it: semicolons, CRLF, quoted only where needed. */
    static final CSVFormat SEMICOLON = CSVFormat.RFC4180.builder().setDelimiter(';').setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL).get();

    private TableExport() {
    }

    /**
     * Semicolons and a byte-order mark, as Excel with Dutch settings opens a CSV without asking; numbers without
     * thousands separators so that they stay numbers. Several tables follow each other, each under its title.
     */
    public static byte[] csv(List<Table> tables) {
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(out, SEMICOLON)) {
            for (int t = 0; t < tables.size(); t++) {
                Table table = tables.get(t);
                if (tables.size() > 1) {
                    if (t > 0) {
                        printer.println();
                    }
                    printer.printRecord(safe(table.title()));
                }
                printer.printRecord(table.headers().stream().map(TableExport::safe).toList());
                for (Table.Row row : rowsWithTotals(table)) {
                    printer.printRecord(row.cells().stream().map(c -> safe(c.value() == null ? "" : c.value().toString())).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** One sheet per table, its title as the sheet's name. */
    public static byte[] xlsx(List<Table> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
            for (Table table : tables) {
                XSSFSheet sheet = workbook.createSheet(sheetName(table.title()));
                XSSFRow header = sheet.createRow(0);
                for (int c = 0; c < table.headers().size(); c++) {
                    var cell = header.createCell(c);
                    cell.setCellValue(table.headers().get(c));
                    cell.setCellStyle(bold);
                }
                int r = 1;
                for (Table.Row row : rowsWithTotals(table)) {
                    XSSFRow line = sheet.createRow(r++);
                    for (int c = 0; c < row.cells().size(); c++) {
                        Object value = row.cells().get(c).value();
                        if (value instanceof Integer number) {
                            line.createCell(c).setCellValue(number);
                        } else if (value instanceof LocalDate day) {
                            var cell = line.createCell(c);
                            cell.setCellValue(day);
                            cell.setCellStyle(date);
                        } else if (value != null) {
                            line.createCell(c).setCellValue(value.toString());
                        }
                    }
                    if (row == table.totals()) {
                        line.forEach(cell -> cell.setCellStyle(bold));
                    }
                }
                for (int c = 0; c < table.headers().size(); c++) {
                    sheet.setColumnWidth(c, Math.min(60, Math.max(10, table.headers().get(c).length() + 2)) * 256);
                }
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Table.Row> rowsWithTotals(Table table) {
        List<Table.Row> rows = new ArrayList<>(table.rows());
        if (table.totals() != null) {
            rows.add(table.totals());
        }
        return rows;
    }

    /**
     * What a spreadsheet may take as the start of a formula (CSV injection, OWASP): =, +, - and @, and a tab or carriage
     * return, which some spreadsheets skip before looking for one.
     */
    static final String FORMULA_STARTS = "=+-@\t\r";

    private static String safe(String text) {
        return startsAFormula(text) ? "'" + text : text;
    }

    /** Text that a spreadsheet could evaluate: a number (-12) is left as it is, so that it stays a number. */
    static boolean startsAFormula(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+");
    }

    /** Excel allows 31 characters and no []:*?/\ in a sheet's name. */
    private static String sheetName(String title) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
