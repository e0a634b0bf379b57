package nl.permitholders.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.permitholders.platform.api.ContentTooLargeException;
import nl.permitholders.platform.api.InvalidInputException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An import's file read row by row from disk, each row with the line a person finds it on. */
class TableFileTest {

    private final List<Path> files = new ArrayList<>();

    @AfterEach
    void deleteFiles() throws IOException {
        for (Path file : files) {
            Files.deleteIfExists(file);
        }
    }

    private Path file(byte[] content) throws IOException {
        Path file = TableFile.spool(new ByteArrayInputStream(content), 1024 * 1024, "The file");
        files.add(file);
        return file;
    }

    private List<TableRow> rows(byte[] content, TableFormat format) throws IOException {
        List<TableRow> rows = new ArrayList<>();
        TableFile.read(file(content), format, "file", rows::add);
        return rows;
    }

    @Test
    void aCsvsRowsCarryTheLineTheyStartOnPastBlankLinesAndLineBreaksInQuotes() throws IOException {
        String csv = "\uFEFFCOA-referentie;Opmerking\r\nR-1;\"twee\r\nregels\"\r\n\r\n\r\nR-2;\"met ; erin\"\nR-3;laatste";

        List<TableRow> rows = rows(csv.getBytes(StandardCharsets.UTF_8), TableFormat.CSV);

        assertThat(rows).extracting(TableRow::line).containsExactly(1, 2, 6, 7);
        assertThat(rows.get(0).cells()).containsExactly("COA-referentie", "Opmerking");
        assertThat(rows.get(1).cells()).containsExactly("R-1", "twee\r\nregels");
        assertThat(rows.get(2).cells()).containsExactly("R-2", "met ; erin");
        assertThat(rows.get(3).cell(1)).isEqualTo("laatste");
        assertThat(rows.get(3).cell(5)).isEmpty();
    }

    @Test
    void aCsvWhoseFirstLineHasCommasAndNoSemicolonIsSeparatedByCommas() throws IOException {
        assertThat(rows("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), TableFormat.CSV).get(1).cells()).containsExactly("1", "2");
        assertThat(rows("a;b,c\n1;2,3\n".getBytes(StandardCharsets.UTF_8), TableFormat.CSV).get(1).cells()).containsExactly("1", "2,3");
    }

    @Test
    void aCsvThatIsNotUtf8OrHoldsANulIsRefusedNamingWhere() {
        byte[] latin1 = "a;b\n1;caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> rows(latin1, TableFormat.CSV)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> rows("a;b\n1;2\n3;\u0000\n".getBytes(StandardCharsets.UTF_8), TableFormat.CSV))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("line 3");
        assertThatThrownBy(() -> rows("a;b\n1;\"open\n".getBytes(StandardCharsets.UTF_8), TableFormat.CSV))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cannot be read as CSV");
    }

    @Test
    void readingStopsWhenTheRowsHadEnough() throws IOException {
        List<TableRow> seen = new ArrayList<>();
        TableFile.read(file("a\n1\n2\n3\n".getBytes(StandardCharsets.UTF_8)), TableFormat.CSV, "file", row -> {
            seen.add(row);
            return seen.size() < 2;
        });
        assertThat(seen).hasSize(2);
    }

    @Test
    void aBodyLargerThanTheLimitIsRefusedWith413AndLeavesNoFile() {
        assertThatThrownBy(() -> TableFile.spool(new ByteArrayInputStream(new byte[2049]), 2048, "The file"))
                .isInstanceOf(ContentTooLargeException.class).hasMessage("The file is larger than 2048 bytes; split it into smaller ones.");
    }

    @Test
    void aWorkbooksFirstSheetIsReadWithDatesAsIsoDatesAndRowsNumberedAsTheSpreadsheetShowsThem() throws IOException {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Koppelingen");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("d-m-yyyy"));
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Koppeldatum");
            header.createCell(2).setCellValue("Volwassenen");
            Row line = sheet.createRow(3);
            line.createCell(0).setCellValue(LocalDate.of(2024, 2, 15));
            line.getCell(0).setCellStyle(date);
            line.createCell(2).setCellValue(2);
            book.createSheet("Tweede").createRow(0).createCell(0).setCellValue("niet gelezen");
            book.write(out);
            workbook = out.toByteArray();
        }

        List<TableRow> rows = rows(workbook, TableFormat.XLSX);

        assertThat(rows).extracting(TableRow::line).containsExactly(1, 4);
        assertThat(rows.get(0).cells()).containsExactly("Koppeldatum", "", "Volwassenen");
        assertThat(rows.get(1).cells()).containsExactly("2024-02-15", "", "2");
    }

    @Test
    void aFileThatIsNoWorkbookIsRefused() {
        assertThatThrownBy(() -> rows("a;b\n".getBytes(StandardCharsets.UTF_8), TableFormat.XLSX))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not an .xlsx workbook");
    }
}
