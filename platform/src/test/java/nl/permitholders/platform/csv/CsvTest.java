package nl.permitholders.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.permitholders.platform.api.InvalidInputException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void anUploadIsUtf8WithoutItsByteOrderMark() {
        byte[] withMark = "\uFEFFgemeentecode;inwoners\r\nGM0141;74317\r\n".getBytes(StandardCharsets.UTF_8);

        assertThat(Csv.text(withMark, "body", "save it as UTF-8")).startsWith("gemeentecode;");
    }

    @Test
    void anUploadInAnotherEncodingIsRefusedNamingTheFieldAndHowToSaveIt() {
        byte[] latin1 = "gemeente;naam\nGM1900;Súdwest-Fryslân\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> Csv.text(latin1, "file", "save the CSV as \"CSV UTF-8\""))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.invalidParams().get(0).name()).isEqualTo("file");
                    assertThat(refused.invalidParams().get(0).reason()).contains("UTF-8").contains("CSV UTF-8");
                });
    }

    @Test
    void aNulCharacterIsRefusedWithItsLine() {
        byte[] nul = "a;b\n1;2\n3;\u00004\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Csv.text(nul, "body", "save it as UTF-8"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.invalidParams().get(0).reason()).startsWith("line 3 "));
    }

    @Test
    void fieldsAreReadAcrossQuotesSpacesBlankLinesAndEitherLineEnd() throws IOException {
        String text = "naam ; omschrijving\r\n\r\n\"Het Hogeland\" ; \"regel één;\nregel twee\"\nWinsum;x\n";

        try (CSVParser parser = Csv.parse(text, Csv.SEMICOLON)) {
            List<List<String>> rows = parser.stream().map(CSVRecord::toList).toList();
            assertThat(rows).containsExactly(List.of("naam", "omschrijving"),
                    List.of("Het Hogeland", "regel één;\nregel twee"), List.of("Winsum", "x"));
        }
    }

    @Test
    void writtenWithCrlfAndQuotesOnlyWhereAFieldNeedsThem() throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, Csv.SEMICOLON)) {
            printer.printRecord("Almelo", "117");
            printer.printRecord("a;b", "zei \"ja\"");
        }

        assertThat(out.toString()).isEqualTo("Almelo;117\r\n\"a;b\";\"zei \"\"ja\"\"\"\r\n");
    }

    @Test
    void aCommaSeparatedFileReadsWithTheSameRules() throws IOException {
        try (CSVParser parser = Csv.parse("a,b\n1, \"2,5\"\n", Csv.separatedBy(','))) {
            assertThat(parser.stream().map(CSVRecord::toList).toList()).containsExactly(List.of("a", "b"), List.of("1", "2,5"));
        }
    }
}
