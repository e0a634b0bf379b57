package nl.permitholders.supervision.coaposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.api.InvalidParam;
import org.junit.jupiter.api.Test;

/** How COA's file is read: its numbers, codes and dates as COA writes them, and what is refused. */
class CoaPositionFileTest {

    private static final String HEADER = "Gemeentecode;Peildatum;Taakstelling;Gecorrigeerde taakstelling;Afgemeld;Stand\n";

    /** A file written as COA writes it: a backlog negative. */
    private static CoaPositionFile.Read read(String csv) {
        return read(csv, StandConvention.COA);
    }

    private static CoaPositionFile.Read read(String csv, StandConvention convention) {
        return CoaPositionFile.read(csv.getBytes(StandardCharsets.UTF_8), CoaPositionFile.Format.CSV, convention);
    }

    @Test
    void aLeadIsANegativePositionWithAHyphenOrAMinusSign() {
        // Written with a backlog positive, as a file imported with that convention says: a lead is negative.
        assertThat(read(HEADER + "GM0141;31-12-2024;10;12;20;-8\nGM0153;31-12-2024;10;12;20;\u22128\n", StandConvention.BACKLOG_POSITIVE)
                .lines()).extracting(CoaPositionLine::position).containsExactly(-8, -8);
    }

    @Test
    void thousandsAreSeparatedByAPointAndACodeMayLeaveOutGmAndLeadingZeros() {
        CoaPositionLine line = read(HEADER + "141;1-7-2025;1.234;12.345;1.000.000;0\n").lines().get(0);
        assertThat(line.municipalityCode()).isEqualTo("GM0141");
        assertThat(line.referenceDate()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(line.quota()).isEqualTo(1234);
        assertThat(line.adjustedQuota()).isEqualTo(12345);
        assertThat(line.housed()).isEqualTo(1_000_000);
    }

    @Test
    void aDecimalOrAMisplacedPointIsNoWholeNumber() {
        assertThat(read(HEADER + "GM0141;31-12-2024;1.23;12,5;1.2345;8\n").refusals()).extracting(InvalidParam::name)
                .containsExactly("line 2: Taakstelling", "line 2: Gecorrigeerde taakstelling", "line 2: Afgemeld");
    }

    @Test
    void blankLinesAreLeftOutAndAFileOfOnlyAHeaderIsRefused() {
        assertThat(read(HEADER + ";;;;;\nGM0141;31-12-2024;10;12;4;-8\n\n").lines()).extracting(CoaPositionLine::line).containsExactly(3);
        assertThatThrownBy(() -> read(HEADER)).isInstanceOf(InvalidInputException.class).hasMessageContaining("file");
    }

    @Test
    void aNulCharacterOrAnOverlongNameIsRefused() {
        assertThatThrownBy(() -> read(HEADER + "GM0141;31-12-2024;10;12;4;8\u0000\n")).isInstanceOf(InvalidInputException.class);
        String named = "Gemeentecode;Gemeente;Peildatum;Taakstelling;Gecorrigeerde taakstelling;Afgemeld;Stand\n";
        assertThat(read(named + "GM0141;" + "x".repeat(101) + ";31-12-2024;10;12;4;-8\n").refusals()).extracting(InvalidParam::name)
                .containsExactly("line 2: Gemeente");
    }
}
