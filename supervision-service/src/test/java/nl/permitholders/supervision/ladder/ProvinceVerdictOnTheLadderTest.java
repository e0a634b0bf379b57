package nl.permitholders.supervision.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.permitholders.supervision.ladder.InterventionAdvisor.Advice;
import nl.permitholders.supervision.ladder.InterventionAdvisor.Deadline;
import nl.permitholders.supervision.verdict.ProvinceVerdict;
import nl.permitholders.supervision.verdict.ProvinceVerdicts;
import nl.permitholders.supervision.verdict.Verdict;
import org.junit.jupiter.api.Test;

/** docs/domain.md, the province's verdict: where the province recorded its own verdict at a deadline, the ladder counts that one. */
class ProvinceVerdictOnTheLadderTest {

    private static final LocalDate FIRST = LocalDate.of(2025, 7, 1);
    private static final LocalDate SECOND = LocalDate.of(2026, 1, 1);
    /** Not met at two deadlines in a row, as computed. */
    private static final List<Deadline> COMPUTED = List.of(new Deadline(FIRST, Verdict.NOT_MET, 20, false),
            new Deadline(SECOND, Verdict.NOT_MET, 10, false));

    private static ProvinceVerdicts recorded(LocalDate deadline, Verdict verdict, LocalDate decidedOn) {
        return ProvinceVerdicts.of(List.of(new ProvinceVerdict(UUID.randomUUID(), "GM0777", deadline, verdict,
                "verschoonbaar: afgesproken inhaalplan", decidedOn, "supervisor-PV30", Instant.parse("2026-01-20T10:00:00Z"), Verdict.NOT_MET)));
    }

    private static Advice adviceOn(LocalDate date, ProvinceVerdicts recorded) {
        return InterventionAdvisor.advise(InterventionAdvisor.judgedByTheProvince(COMPUTED, recorded, date));
    }

    @Test
    void twoMissedDeadlinesInARowAdviseAnOfficialTalkUntilTheProvinceJudgesTheLastExcusable() {
        assertThat(adviceOn(LocalDate.of(2026, 1, 20), ProvinceVerdicts.NONE).stage()).isEqualTo(Stage.OFFICIAL_TALK);

        Advice advice = adviceOn(LocalDate.of(2026, 1, 20), recorded(SECOND, Verdict.NOT_MET_EXCUSABLE, LocalDate.of(2026, 1, 20)));
        assertThat(advice).isEqualTo(new Advice(Stage.NONE, AdviceReason.LAST_SHORTFALL_JUDGED_EXCUSABLE, 0, Optional.empty()));
        assertThat(advice.reason()).isEqualTo("the province judged the shortfall at the last deadline excusable");
    }

    @Test
    void anExcusableVerdictOfTheProvinceBreaksARunOfMissedDeadlines() {
        Advice advice = adviceOn(LocalDate.of(2026, 1, 20), recorded(FIRST, Verdict.NOT_MET_EXCUSABLE, LocalDate.of(2025, 7, 20)));
        assertThat(advice.stage()).isEqualTo(Stage.SIGNAL);
        assertThat(advice.reasonCode()).isEqualTo(AdviceReason.NOT_MET_AT_LAST);
    }

    @Test
    void aVerdictDecidedAfterTheDateAskedDoesNotCountOnIt() {
        ProvinceVerdicts excusable = recorded(SECOND, Verdict.NOT_MET_EXCUSABLE, LocalDate.of(2026, 1, 20));
        assertThat(adviceOn(LocalDate.of(2026, 1, 19), excusable).stage()).isEqualTo(Stage.OFFICIAL_TALK);
        assertThat(adviceOn(LocalDate.of(2026, 1, 20), excusable).stage()).isEqualTo(Stage.NONE);
    }

    @Test
    void theProvinceMayJudgeAComputedExcusableShortfallNotMet() {
        List<Deadline> computed = List.of(new Deadline(FIRST, Verdict.NOT_MET, 20, false),
                new Deadline(SECOND, Verdict.NOT_MET_EXCUSABLE, 10, false));
        assertThat(InterventionAdvisor.advise(computed).stage()).isEqualTo(Stage.NONE);
        List<Deadline> counted = InterventionAdvisor.judgedByTheProvince(computed,
                recorded(SECOND, Verdict.NOT_MET, LocalDate.of(2026, 1, 20)), LocalDate.of(2026, 1, 20));
        assertThat(counted.get(1)).isEqualTo(new Deadline(SECOND, Verdict.NOT_MET, 10, false, true));
        assertThat(InterventionAdvisor.advise(counted).stage()).isEqualTo(Stage.OFFICIAL_TALK);
    }

    @Test
    void aRecordedVerdictThatALateCorrectionPutAtOddsWithR7DoesNotCountTheComputedOneDoesUntilTheProvinceJudgesAgain() {
        // Recorded excusable while 10 were still to house; a placement registered late brought the backlog to 0: met.
        List<Deadline> corrected = List.of(new Deadline(FIRST, Verdict.NOT_MET, 20, false), new Deadline(SECOND, Verdict.MET, 0, false));
        List<Deadline> counted = InterventionAdvisor.judgedByTheProvince(corrected,
                recorded(SECOND, Verdict.NOT_MET_EXCUSABLE, LocalDate.of(2026, 1, 20)), LocalDate.of(2026, 1, 20));
        assertThat(counted).isEqualTo(corrected);
        assertThat(InterventionAdvisor.advise(counted).reasonCode()).isEqualTo(AdviceReason.LAST_DEADLINE_MET);
    }

    @Test
    void theProvinceMayJudgeTheDeadlineThatOpenedTheChainExcusable() {
        Deadline opened = Deadline.openedChainBehind(FIRST, 52);
        List<Deadline> counted = InterventionAdvisor.judgedByTheProvince(List.of(opened),
                recorded(FIRST, Verdict.NOT_MET_EXCUSABLE, LocalDate.of(2025, 7, 20)), LocalDate.of(2025, 7, 20));
        assertThat(counted).containsExactly(new Deadline(FIRST, Verdict.NOT_MET_EXCUSABLE, 52, true, true));
        assertThat(InterventionAdvisor.advise(counted).stage()).isEqualTo(Stage.NONE);
    }
}
