package nl.permitholders.platform.imports;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import nl.permitholders.platform.api.ContentTooLargeException;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.api.StrictJsonValues;
import nl.permitholders.platform.csv.Csv;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * A table file sent to an import (a CSV or the first sheet of an .xlsx), read row by row from a file on disk, so that a
 * file of any length passes through in bounded memory: the request's body is first {@link #spool spooled} to a
 * temporary file within a size limit, then read. A CSV is the project's ({@link Csv}): UTF-8 with or without a
 * byte-order mark, separated by semicolons or, when its first line has commas and no semicolons, by commas. A workbook
 * is read with Apache POI's streaming (SAX) reader; a date cell reads as {@code jjjj-mm-dd} and a whole number without
 * separators, any other cell as the spreadsheet shows it. Text holding a NUL character (which PostgreSQL cannot store),
 * a CSV that is not UTF-8 or not well-formed, and a file that is no workbook are refused as a whole (400 naming
 * {@code field}).
 */
public final class TableFile {

    private static final int SPOOL_BUFFER = 64 * 1024;
    /** The first line of a CSV, read to choose its separator, at most. */
    private static final int FIRST_LINE_MAX = 64 * 1024;

    private TableFile() {
    }

    /**
     * Copies {@code body} to a new temporary file, refusing it (413, {@link ContentTooLargeException}) as soon as it is
     * larger than {@code maxBytes}; the caller deletes the file.
     */
    public static Path spool(InputStream body, long maxBytes, String what) throws IOException {
        Path file = Files.createTempFile("import-", ".upload");
        try (InputStream in = body; OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[SPOOL_BUFFER];
            long total = 0;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
                if (total > maxBytes) {
                    throw ContentTooLargeException.bytes(what, maxBytes);
                }
                out.write(buffer, 0, read);
            }
            return file;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /**
     * Hands every row of the file that is not blank to {@code rows}, in order, the header first; stops when {@code rows}
     * answers false.
     */
    public static void read(Path file, TableFormat format, String field, Predicate<TableRow> rows) {
        if (format == TableFormat.XLSX) {
            readWorkbook(file, field, rows);
        } else {
            readCsv(file, field, rows);
        }
    }

    private static void readCsv(Path file, String field, Predicate<TableRow> rows) {
        int lastLine = 0;
        try (InputStream in = Files.newInputStream(file);
             BufferedReader text = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), SPOOL_BUFFER)) {
            text.mark(1);
            if (text.read() != '\uFEFF') {
                text.reset();
            }
            char delimiter = delimiter(text);
            try (CSVParser parser = Csv.separatedBy(delimiter).parse(new EndingInALineBreak(text))) {
                for (Iterator<CSVRecord> records = parser.iterator(); records.hasNext(); ) {
                    // hasNext() has read the record: the parser stands at the end of its last line.
                    long endLine = parser.getCurrentLineNumber();
                    CSVRecord record = records.next();
                    List<String> cells = record.toList();
                    int line = (int) (endLine - cells.stream().mapToLong(TableFile::lineBreaks).sum());
                    lastLine = line;
                    if (cells.stream().anyMatch(cell -> cell.indexOf('\u0000') >= 0)) {
                        throw InvalidInputException.of(field, "line " + line + " " + StrictJsonValues.NUL_REASON);
                    }
                    TableRow row = new TableRow(line, cells);
                    if (!row.blank() && !rows.test(row)) {
                        return;
                    }
                }
            }
        } catch (CharacterCodingException e) {
            throw InvalidInputException.of(field, "is not UTF-8 text after line " + lastLine + "; save the CSV as \"CSV UTF-8\"");
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw InvalidInputException.of(field, "is not UTF-8 text after line " + lastLine + "; save the CSV as \"CSV UTF-8\"");
            }
            throw unreadableCsv(field, lastLine);
        } catch (IOException | IllegalStateException e) {
            // The parser's own message names its classes; say what is wrong in the file instead.
            throw unreadableCsv(field, lastLine);
        }
    }

    private static InvalidInputException unreadableCsv(String field, int lastLine) {
        return InvalidInputException.of(field, "cannot be read as CSV after line " + lastLine + ": a field in double quotes is "
                + "not closed, or a double quote stands inside an unquoted field");
    }

    /** Semicolons, unless the first line has commas and no semicolon. */
    private static char delimiter(BufferedReader text) throws IOException {
        text.mark(FIRST_LINE_MAX + 1);
        StringBuilder first = new StringBuilder();
        for (int c = text.read(); c >= 0 && c != '\n' && first.length() < FIRST_LINE_MAX; c = text.read()) {
            first.append((char) c);
        }
        text.reset();
        return first.indexOf(";") < 0 && first.indexOf(",") >= 0 ? ',' : ';';
    }

    /** Line breaks as the CSV parser counts them: CR LF once, a CR or LF alone once. */
    private static long lineBreaks(String text) {
        long breaks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' && (i == 0 || text.charAt(i - 1) != '\r')) {
                breaks++;
            }
        }
        return breaks;
    }

    /**
     * The text with a line break after its last line if it had none, so that every record ends in one and the parser's
     * line count after a record is the line the record ends on.
     */
    private static final class EndingInALineBreak extends FilterReader {

        private int last = '\n';
        private boolean ended;

        EndingInALineBreak(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (ended) {
                return -1;
            }
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                last = buffer[offset + read - 1];
                return read;
            }
            ended = true;
            if (read < 0 && last != '\n' && last != '\r' && length > 0) {
                buffer[offset] = '\n';
                return 1;
            }
            return read;
        }
    }

    private static void readWorkbook(Path file, String field, Predicate<TableRow> rows) {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw InvalidInputException.of(field, "has no sheet");
            }
            SheetRows handler = new SheetRows(field, rows);
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), new ReadOnlySharedStringsTable(workbook),
                    handler, new PlainFormatter(), false));
            try (InputStream sheet = sheets.next()) {
                parser.parse(new InputSource(sheet));
            } catch (StopReading stop) {
                // the rows had enough
            }
        } catch (InvalidInputException | ContentTooLargeException e) {
            throw e;
        } catch (StopReading stop) {
            // the rows had enough
        } catch (Exception e) {
            if (e.getCause() instanceof InvalidInputException invalid) {
                throw invalid;
            }
            if (e.getCause() instanceof ContentTooLargeException tooLarge) {
                throw tooLarge;
            }
            throw InvalidInputException.of(field, "is not an .xlsx workbook that can be read");
        }
    }

    /** The rows of a sheet as the SAX handler reports them, cells placed by their column; blank rows left out. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final String field;
        private final Predicate<TableRow> rows;
        private final List<String> cells = new ArrayList<>();

        SheetRows(String field, Predicate<TableRow> rows) {
            this.field = field;
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            TableRow row = new TableRow(rowNum + 1, cells);
            if (!row.blank() && !rows.test(row)) {
                throw new StopReading();
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            String value = formattedValue == null ? "" : formattedValue;
            if (value.indexOf('\u0000') >= 0) {
                throw InvalidInputException.of(field, "cell " + reference + " " + StrictJsonValues.NUL_REASON);
            }
            cells.add(value);
        }
    }

    /** Ends reading a sheet early, when the rows had enough. */
    private static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }

    /** A date cell as {@code jjjj-mm-dd} (not in the sheet's locale), a whole number without separators. */
    private static final class PlainFormatter extends DataFormatter {

        PlainFormatter() {
            super(java.util.Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDate date = DateUtil.getLocalDateTime(value).toLocalDate();
                return date.toString();
            }
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
