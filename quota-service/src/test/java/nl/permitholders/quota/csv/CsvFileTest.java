package nl.permitholders.quota.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.permitholders.platform.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class CsvFileTest {

    private static final List<String> HEADER = List.of("code", "name", "population");

    private static List<CsvFile.Row> read(String text) {
        return CsvFile.read(text.getBytes(StandardCharsets.UTF_8), HEADER);
    }

    @Test
    void aStatLineExportIsReadWithQuotesByteOrderMarkAndWindowsLineEnds() {
        List<CsvFile.Row> rows = read("\uFEFF\"Code\";\"Name\";\"Population\"\r\n\"GM0141\";\"Almelo\";\"68.000\"\r\nGM0363;\"Amsterdam; de hoofdstad\";931298\r\n\r\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(1).field(1)).isEqualTo("Amsterdam; de hoofdstad");
        assertThat(rows.get(1).wholeNumber(2)).isEqualTo(931298);
        assertThat(rows.get(0).wholeNumber(2)).as("thousands separators are refused, not misread").isNull();
    }

    @Test
    void anotherHeaderIsRefusedNamingTheExpectedOne() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> read("gemeente;inwoners\nGM0141;68000\n"));
        assertThat(refused.invalidParams().get(0).reason()).contains("code;name;population");
    }

    @Test
    void anEmptyFileAndAHeaderWithoutDataAreRefused() {
        assertThrows(InvalidInputException.class, () -> read(""));
        assertThrows(InvalidInputException.class, () -> read("code;name;population\n"));
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] latin1 = "code;name;population\nGM0880;Wormerland;16000\nGM0999;Súdwest;90000\n".getBytes(StandardCharsets.ISO_8859_1);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> CsvFile.read(latin1, HEADER));
        assertThat(refused.invalidParams().get(0).reason()).contains("UTF-8");
    }

    @Test
    void aQuotedFieldMayHoldALineBreakAndTheNextRowKeepsItsOwnLineNumber() {
        List<CsvFile.Row> rows = read("code;name;population\nGM0141;\"Almelo\r\n(Twente)\";68000\nGM0363;Amsterdam;931298\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).field(1)).isEqualTo("Almelo\r\n(Twente)");
        assertThat(rows.get(0).wholeNumber(2)).isEqualTo(68000);
        assertThat(rows.get(1).line()).as("the line break inside the quotes is a line of the file").isEqualTo(4);
        assertThat(rows.get(1).field(0)).isEqualTo("GM0363");
    }

    @Test
    void anUnfinishedQuoteIsRefusedAsAWhole() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> read("code;name;population\nGM0141;\"Almelo;68000\n"));
        assertThat(refused.invalidParams().get(0).name()).isEqualTo("body");
        assertThat(refused.invalidParams().get(0).reason()).contains("not well-formed CSV");
    }
}
