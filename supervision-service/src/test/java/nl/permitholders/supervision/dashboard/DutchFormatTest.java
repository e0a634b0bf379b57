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

    @Test
    void everyReasonTheAdvisorGivesIsSaidInDutch() {
        List<List<Deadline>> cases = new ArrayList<>(List.of(List.of(),
                List.of(new Deadline(Verdict.MET, 0)),
                List.of(new Deadline(Verdict.NOT_MET_EXCUSABLE, 5)),
                List.of(new Deadline(Verdict.NOT_MET, 5)),
                List.of(new Deadline(Verdict.NOT_MET, 5), new Deadline(Verdict.NOT_MET, 5)),
                List.of(new Deadline(Verdict.NOT_MET, 5), new Deadline(Verdict.NOT_MET, 5), new Deadline(Verdict.NOT_MET, 5)),
                List.of(new Deadline(Verdict.NOT_MET, 1), new Deadline(Verdict.NOT_MET, 2), new Deadline(Verdict.NOT_MET, 3),
                        new Deadline(Verdict.NOT_MET, 4), new Deadline(Verdict.NOT_MET, 5))));
        for (List<Deadline> deadlines : cases) {
            String reason = InterventionAdvisor.advise(deadlines).reason();
            assertThat(DutchFormat.adviceReason(reason)).as(reason).isNotEqualTo(reason).doesNotContain("deadline");
        }
        assertThat(DutchFormat.adviceReason("not met at the last 5 deadlines in a row"))
                .isEqualTo("niet gehaald op de laatste 5 peildata op rij");
    }
}
