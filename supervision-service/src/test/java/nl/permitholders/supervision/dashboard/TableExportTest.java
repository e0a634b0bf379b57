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
