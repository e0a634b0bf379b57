package nl.permitholders.supervision.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.permitholders.supervision.dashboard.Table.Cell;
import nl.permitholders.supervision.dashboard.Table.Row;
import org.apache.poi.ss.usermodel.CellType;
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
}
