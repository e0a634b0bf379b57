package nl.permitholders.supervision.coaposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.api.InvalidParam;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.AdoptedFigure;
import org.junit.jupiter.api.Test;

/**
 * COA's convention (docs/domain.md, re-anchoring): COA writes a backlog negative; a line of 1 January or 1 July is the
 * result of the half-year that ended the day before; every Stand is checked against adjusted quota minus housed.
 */
class CoaConventionTest {

    private static final String HEADER = "Gemeentecode;Gemeente;Peildatum;Taakstelling;Gecorrigeerde taakstelling;Afgemeld;Stand\n";

    private static CoaPositionFile.Read read(String lines, StandConvention convention) {
        return CoaPositionFile.read((HEADER + lines).getBytes(StandardCharsets.UTF_8), CoaPositionFile.Format.CSV, convention);
    }

    @Test
    void aBacklogIsNegativeAndALeadPositiveAsCoaWritesThem() {
        // The lines: Almelo 117 behind, Enschede 12 ahead, on 1 January 2025.
        List<CoaPositionLine> lines = read("GM0141;Almelo;01-01-2025;70;160;43;-117\nGM0153;Enschede;01-01-2025;100;100;112;12\n",
                StandConvention.COA).lines();
        assertThat(lines).extracting(CoaPositionLine::position).containsExactly(117, -12);
        assertThat(lines).extracting(CoaPositionLine::stand).containsExactly(-117, 12);
        assertThat(lines).noneMatch(CoaPositionLine::standDiffers);
    }

    @Test
    void aFileWhoseLinesAllHaveTheOtherSignIsRefusedWholeNamingStandAndSayingHowToWriteIt() {
        String backlogPositive = "GM0141;Almelo;01-01-2025;70;160;43;117\nGM0153;Enschede;01-01-2025;100;100;112;-12\n";
        assertThatThrownBy(() -> read(backlogPositive, StandConvention.COA)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.invalidParams()).extracting(InvalidParam::name).containsExactly("Stand");
            assertThat(e.invalidParams().get(0).reason()).contains("COA writes a backlog as a negative Stand", "so Stand -117",
                    "standConvention=BACKLOG_POSITIVE");
        });
        // Imported with the explicit convention, the same file reads the same positions.
        assertThat(read(backlogPositive, StandConvention.BACKLOG_POSITIVE).lines()).extracting(CoaPositionLine::position)
                .containsExactly(117, -12);
        // And a file as COA writes it is refused under the other convention, naming Stand.
        assertThatThrownBy(() -> read("GM0141;Almelo;01-01-2025;70;160;43;-117\n", StandConvention.BACKLOG_POSITIVE))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.invalidParams()).extracting(InvalidParam::name).containsExactly("Stand"));
    }

    @Test
    void aWronglySignedFileIsRefusedWholeEvenWhereItsLinesCarryCoasOwnCorrections() {
        // The national figures with a backlog written positive: no line is the exact mirror image of its own arithmetic
        // (COA's corrections of 22 and 71 persons), yet every one contradicts it in sign.
        String backlogPositive = "GM0141;A;01-07-2019;6.000;8.934;6.372;2.540\nGM0153;B;01-01-2022;11.000;16.586;12.787;3.728\n"
                + "GM0164;C;01-07-2022;10.000;13.748;11.934;-1.810\n";
        assertThatThrownBy(() -> read(backlogPositive, StandConvention.COA)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.invalidParams()).extracting(InvalidParam::name).containsExactly("Stand");
            assertThat(e.invalidParams().get(0).reason()).contains("most lines have the other sign", "(lines 2, 3)",
                    "standConvention=BACKLOG_POSITIVE");
        });
        // Read with the convention it was written in, the lines are backlogs, the third one COA's lead of 1,810.
        assertThat(read(backlogPositive, StandConvention.BACKLOG_POSITIVE).lines()).extracting(CoaPositionLine::position)
                .containsExactly(2540, 3728, -1810);
    }

    @Test
    void theRijksTypographicNotationIsReadAsCoasNumbers() {
        // The Rijk's table writes "– 2.540" (an en dash and a space) for 2,540 behind and "+ 1.793" for 1,793 ahead.
        CoaPositionFile.Read read = read("GM0141;A;01-07-2019;6.000;8.934;6.372;\u2013 2.540\n"
                + "GM0153;B;01-01-2023;+ 9.000;10.000;11.793;+ 1.793\n", StandConvention.COA);
        assertThat(read.refusals()).isEmpty();
        assertThat(read.lines()).extracting(CoaPositionLine::position).containsExactly(2540, -1793);
        assertThat(read.lines()).extracting(CoaPositionLine::quota).containsExactly(6000, 9000);
    }

    @Test
    void aLineWithTheOtherSignAmongLinesWithTheRightOneIsRefusedByItsLine() {
        CoaPositionFile.Read read = read("GM0141;Almelo;01-01-2025;70;160;43;-117\nGM0153;Enschede;01-01-2025;100;100;112;-12\n",
                StandConvention.COA);
        assertThat(read.refusals()).extracting(InvalidParam::name).containsExactly("line 3: Stand");
    }

    @Test
    void aStandThatDiffersByMoreThanTheSignIsImportedAndMarkedAsCoasOwnFiguresSometimesDo() {
        // The Rijk's national figures (2024Z12156): 8,934 - 6,372 = 2,562 where COA published -2,540 (22 persons);
        // 16,586 - 12,787 = 3,799 published -3,728 (71); 13,748 - 11,934 = 1,814 published -1,810 (4).
        CoaPositionFile.Read read = read("GM0141;A;01-07-2019;6.000;8.934;6.372;-2.540\nGM0153;B;01-01-2022;11.000;16.586;12.787;-3.728\n"
                + "GM0164;C;01-07-2022;10.000;13.748;11.934;-1.810\n", StandConvention.COA);
        assertThat(read.refusals()).isEmpty();
        assertThat(read.lines()).allMatch(CoaPositionLine::standDiffers);
        assertThat(read.lines()).extracting(CoaPositionLine::standDifference).containsExactly(-22, -71, -4);
        assertThat(read.lines()).extracting(CoaPositionLine::position).containsExactly(2540, 3728, 1810);
    }

    @Test
    void aLineOfFirstJanuaryOrFirstJulyIsTheResultOfTheHalfYearThatEndedTheDayBefore() {
        // "dit zijn dagkoersen, peildatum is 1 juli 2024": the result of 2024-I.
        assertThat(CoaConvention.periodOf(LocalDate.of(2024, 7, 1))).isEqualTo(Period.parse("2024-H1"));
        assertThat(CoaConvention.positionOn(LocalDate.of(2024, 7, 1))).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(CoaConvention.periodOf(LocalDate.of(2025, 1, 1))).isEqualTo(Period.parse("2024-H2"));
        assertThat(CoaConvention.positionOn(LocalDate.of(2025, 1, 1))).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void aMonthlyLineOnAnyOtherDateBelongsToTheHalfYearThatContainsIt() {
        for (LocalDate date : List.of(LocalDate.of(2024, 6, 30), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 2))) {
            assertThat(CoaConvention.periodOf(date)).as(date.toString()).isEqualTo(Period.parse("2024-H1"));
            assertThat(CoaConvention.positionOn(date)).isEqualTo(date);
        }
        assertThat(CoaConvention.periodOf(LocalDate.of(2024, 12, 31))).isEqualTo(Period.parse("2024-H2"));
    }

    @Test
    void theEndPositionAtADeadlineIsOnItOrTheDayBeforeAndTheAmountCarriedInOnTheHalfYearsOwnLines() {
        LocalDate newYear = LocalDate.of(2025, 1, 1);
        assertThat(CoaConvention.referenceDates(AdoptedFigure.END_POSITION, newYear))
                .containsExactly(LocalDate.of(2024, 12, 31), newYear);
        assertThat(CoaConvention.referenceDates(AdoptedFigure.CARRIED_IN, newYear))
                .containsExactly(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 7, 1));
        // 2023-I as the Rijk published it: quota 21,200, including the lead carried in 19,418: 1,782 ahead carried in,
        // where 2022-II had ended 1,793 ahead.
        CoaPositionLine line = CoaPositionLine.of(2, "GM0141", null, LocalDate.of(2023, 7, 1), 21_200, 19_418, 14_296, -5_122,
                StandConvention.COA);
        assertThat(CoaConvention.carriedIn(AdoptedFigure.CARRIED_IN, line)).isEqualTo(-1_782);
        assertThat(CoaConvention.carriedIn(AdoptedFigure.END_POSITION, line)).isEqualTo(5_122);
    }

    /**
     * A line whose Stand says a lead of 4 where Gecorrigeerde taakstelling − Afgemeld says 10 behind is imported with
     * the file's agreeing lines, but not adopted: which one COA meant nobody can tell, and the refusal names both.
     */
    @Test
    void aLineWhoseStandContradictsItsOwnFiguresInSignIsImportedButNotAdopted() {
        List<CoaPositionLine> lines = read("GM0141;Almelo;01-01-2025;20;20;10;4\nGM0153;Enschede;01-01-2025;20;20;10;-10\n"
                + "GM0164;Hengelo;01-01-2025;20;20;12;-8\n", StandConvention.COA).lines();

        assertThat(CoaConvention.adoptionRefusal(lines.get(0))).hasValueSatisfying(why -> assertThat(why)
                .contains("Stand '4' is a lead of 4", "20 - 10 = 10, a backlog"));
        assertThat(CoaConvention.adoptionRefusal(lines.get(1))).isEmpty();
        assertThat(CoaConvention.adoptionRefusal(lines.get(2))).isEmpty();
    }
}
