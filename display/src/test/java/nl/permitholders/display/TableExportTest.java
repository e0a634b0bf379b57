package nl.permitholders.display;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import nl.permitholders.display.Table.Cell;
import nl.permitholders.display.Table.Row;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableExportTest {

    private final Table table = new Table("t", "Gemeenten: overzicht", List.of("Gemeente", "Achterstand"),
            List.of(new Row("GM0141", null, List.of(Cell.text("Almelo"), Cell.number(1234))),
                    new Row("GM0999", null, List.of(Cell.text("=HYPERLINK(\"x\")"), Cell.empty()))),
            Row.of(List.of(Cell.text("Totaal"), Cell.number(1234))));

    @Test
    void csvHasTheSameValuesAsThePageWithSemicolonsAndNoThousandsSeparators() {
        String csv = new String(TableExport.csv(List.of(table)), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF").contains("Gemeente;Achterstand\r\nAlmelo;1234\r\n").endsWith("Totaal;1234\r\n");
        // Text a spreadsheet would run as a formula is defused.
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\";\r\n");
    }

    @Test
    void everyCellASpreadsheetCouldRunAsAFormulaIsDefusedTheSameWay() {
        List<String> formulas = List.of("=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1+1", "\r=1+1");
        Table hostile = Table.of("h", "Vijandig", List.of("Tekst"),
                formulas.stream().map(text -> Row.of(List.of(Cell.text(text)))).toList());

        String csv = new String(TableExport.csv(List.of(hostile)), StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo("\uFEFFTekst\r\n'=1+1\r\n'+1+1\r\n'-1+1\r\n'@SUM(A1)\r\n'\t=1+1\r\n\"'\r=1+1\"\r\n");
    }

    @Test
    void aNegativeNumberStaysANumber() {
        Table numbers = Table.of("n", "Getallen", List.of("Verschil"), List.of(Row.of(List.of(Cell.text("-12")))));

        assertThat(new String(TableExport.csv(List.of(numbers)), StandardCharsets.UTF_8)).isEqualTo("\uFEFFVerschil\r\n-12\r\n");
    }

    @Test
    void xlsxHasNumbersAsNumbersAndTheTotalsRow() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TableExport.xlsx(List.of(table))))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Gemeenten  overzicht");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Achterstand");
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1234.0);
            assertThat(sheet.getRow(2).getCell(1)).isNull();
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Totaal");
        }
    }

    private final Table decisions = Table.of("d", "Besluiten", List.of("Besloten op"), List.of(
            Row.of(List.of(Cell.date(LocalDate.of(2025, 4, 1)))), Row.of(List.of(Cell.date(LocalDate.of(2024, 12, 31)))),
            Row.of(List.of(Cell.date(null)))));

    @Test
    void aDateIsShownInDutchAndSortedInDateOrderNotInTheOrderOfItsWords() {
        Cell april = Cell.date(LocalDate.of(2025, 4, 1));
        Cell january = Cell.date(LocalDate.of(2025, 1, 1));
        Cell december = Cell.date(LocalDate.of(2024, 12, 31));

        assertThat(april.text()).isEqualTo("1 april 2025");
        assertThat(List.of(april, january, december).stream().sorted(Comparator.comparing(Cell::sortValue)).map(Cell::text))
                .containsExactly("31 december 2024", "1 januari 2025", "1 april 2025");
    }

    @Test
    void csvWritesADateInIsoFormWhichASpreadsheetReadsAsADate() {
        // A row whose only cell is empty is written "", so that a reader does not skip it as a blank line.
        assertThat(new String(TableExport.csv(List.of(decisions)), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFBesloten op\r\n2025-04-01\r\n2024-12-31\r\n\"\"\r\n");
    }

    @Test
    void xlsxWritesADateAsADateCellShownTheDutchWay() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TableExport.xlsx(List.of(decisions))))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            var first = sheet.getRow(1).getCell(0);
            assertThat(first.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(first)).isTrue();
            assertThat(first.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 4, 1));
            assertThat(new DataFormatter().formatCellValue(first)).isEqualTo("1-4-2025");
            assertThat(sheet.getRow(3).getCell(0)).as("no date, no cell").isNull();
        }
    }
}
