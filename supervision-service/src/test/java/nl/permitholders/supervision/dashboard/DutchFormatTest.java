package nl.permitholders.supervision.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ladder.InterventionAdvisor;
import nl.permitholders.supervision.ladder.InterventionAdvisor.Deadline;
import nl.permitholders.supervision.verdict.Verdict;
import nl.permitholders.supervision.ladder.Stage;
import org.junit.jupiter.api.Test;

class DutchFormatTest {

    @Test
    void datesAreWrittenOutInDutch() {
        assertThat(DutchFormat.date(LocalDate.of(2025, 1, 1))).isEqualTo("1 januari 2025");
        assertThat(DutchFormat.date(LocalDate.of(2024, 12, 31))).isEqualTo("31 december 2024");
        assertThat(DutchFormat.date(null)).isEmpty();
        assertThat(DutchFormat.month(YearMonth.of(2025, 3))).isEqualTo("maart 2025");
    }

    @Test
    void numbersUseDutchSeparators() {
        assertThat(DutchFormat.number(117)).isEqualTo("117");
        assertThat(DutchFormat.number(12345)).isEqualTo("12.345");
        assertThat(DutchFormat.number(-1234)).isEqualTo("-1.234");
        assertThat(DutchFormat.decimal(2.75)).isEqualTo("2,8");
    }

    @Test
    void halfYearsAndStagesHaveDutchNames() {
        assertThat(DutchFormat.period(Period.parse("2025-H1"))).isEqualTo("1e halfjaar 2025");
        assertThat(DutchFormat.period("2024-H2")).isEqualTo("2e halfjaar 2024");
        assertThat(DutchFormat.stage(Stage.OFFICIAL_TALK)).isEqualTo("ambtelijk gesprek");
        for (Stage stage : Stage.values()) {
            assertThat(DutchFormat.stage(stage)).as(stage.name()).isNotBlank();
        }
    }

    /** Verdicts at consecutive deadlines from 1 July 2024 on, with the backlog at each. */
    private static List<Deadline> judged(Verdict verdict, int... backlogs) {
        List<Deadline> deadlines = new ArrayList<>();
        for (int i = 0; i < backlogs.length; i++) {
            deadlines.add(new Deadline(LocalDate.of(2024, 7, 1).plusMonths(6L * i), verdict, backlogs[i], false));
        }
        return deadlines;
    }

    @Test
    void everyReasonTheAdvisorGivesIsSaidInDutch() {
        List<Deadline> almelo = new ArrayList<>(List.of(Deadline.openedChainBehind(LocalDate.of(2024, 1, 1), 52)));
        almelo.addAll(judged(Verdict.NOT_MET, 90, 117, 152, 190));
        List<List<Deadline>> cases = new ArrayList<>(List.of(List.of(),
                judged(Verdict.MET, 0),
                judged(Verdict.NOT_MET_EXCUSABLE, 5),
                judged(Verdict.NOT_MET, 5),
                judged(Verdict.NOT_MET, 5, 5),
                judged(Verdict.NOT_MET, 5, 5, 5),
                judged(Verdict.NOT_MET, 1, 2, 3, 4, 5),
                List.of(Deadline.openedChainBehind(LocalDate.of(2024, 1, 1), 52)),
                almelo.subList(0, 4),
                almelo));
        for (List<Deadline> deadlines : cases) {
            String reason = InterventionAdvisor.advise(deadlines).reason();
            assertThat(DutchFormat.adviceReason(reason)).as(reason).isNotEqualTo(reason).doesNotContain("deadline", "counting");
        }
        assertThat(DutchFormat.adviceReason("not met at the last 5 deadlines in a row"))
                .isEqualTo("niet gehaald op de laatste 5 peildata op rij");
        assertThat(DutchFormat.adviceReason(InterventionAdvisor.advise(almelo).reason()))
                .isEqualTo("de achterstand groeide op elk van de laatste vier peildata; meegeteld is de peildatum waarop de reeks "
                        + "begon, 1 januari 2024, met een achterstand (beginstand) van 52");
    }
}
