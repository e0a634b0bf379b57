package nl.permitholders.quota.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.permitholders.platform.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class SemicolonCsvTest {

    private static final List<String> HEADER = List.of("code", "name", "population");

    private static List<SemicolonCsv.Row> read(String text) {
        return SemicolonCsv.read(text.getBytes(StandardCharsets.UTF_8), HEADER);
    }

    @Test
    void aStatLineExportIsReadWithQuotesByteOrderMarkAndWindowsLineEnds() {
        List<SemicolonCsv.Row> rows = read("\uFEFF\"Code\";\"Name\";\"Population\"\r\n\"GM0141\";\"Almelo\";\"68.000\"\r\nGM0363;\"Amsterdam; de hoofdstad\";931298\r\n\r\n");
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
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> SemicolonCsv.read(latin1, HEADER));
        assertThat(refused.invalidParams().get(0).reason()).contains("UTF-8");
    }
}
