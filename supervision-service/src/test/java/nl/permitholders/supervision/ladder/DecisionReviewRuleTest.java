package nl.permitholders.supervision.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.permitholders.supervision.ladder.DecisionReviewRule.Judged;
import nl.permitholders.supervision.verdict.Verdict;
import org.junit.jupiter.api.Test;

/**
 * A ladder decision rests on the verdicts at the deadlines passed when it was taken: judged again to another verdict
 * after it was recorded, the decision is to review.
 */
class DecisionReviewRuleTest {

    private static final LocalDate JULY = LocalDate.of(2025, 7, 1);
    private static final LocalDate DECIDED = LocalDate.of(2025, 8, 1);
    private static final Instant RECORDED = Instant.parse("2025-08-01T10:00:00Z");
    private static final Judged NOT_MET_IN_JULY = new Judged(Verdict.NOT_MET, 10, Instant.parse("2025-07-02T00:00:00Z"));

    @Test
    void aDecisionWhoseVerdictsStillStandIsNotToReview() {
        assertThat(DecisionReviewRule.toReview(DECIDED, RECORDED, Map.of(JULY, List.of(NOT_MET_IN_JULY)))).isFalse();
    }

    @Test
    void aVerdictJudgedAgainToAnotherAfterTheDecisionPutsItUpForReview() {
        Judged metOnCoasFigure = new Judged(Verdict.MET, 0, Instant.parse("2025-09-01T00:00:00Z"));

        assertThat(DecisionReviewRule.toReview(DECIDED, RECORDED, Map.of(JULY, List.of(NOT_MET_IN_JULY, metOnCoasFigure)))).isTrue();
    }

    @Test
    void aVerdictJudgedAgainToTheSameDoesNot() {
        Judged againNotMet = new Judged(Verdict.NOT_MET, 10, Instant.parse("2025-09-01T00:00:00Z"));

        assertThat(DecisionReviewRule.toReview(DECIDED, RECORDED, Map.of(JULY, List.of(NOT_MET_IN_JULY, againNotMet)))).isFalse();
    }

    @Test
    void aVerdictChangedBeforeTheDecisionWasRecordedIsWhatTheDecisionRestsOn() {
        Judged changedBefore = new Judged(Verdict.MET, 0, Instant.parse("2025-07-20T00:00:00Z"));

        assertThat(DecisionReviewRule.toReview(DECIDED, RECORDED, Map.of(JULY, List.of(NOT_MET_IN_JULY, changedBefore)))).isFalse();
    }

    @Test
    void aDeadlineAfterTheDecisionIsNoneItRestsOn() {
        LocalDate nextYear = LocalDate.of(2026, 1, 1);
        List<Judged> judgedTwice = List.of(new Judged(Verdict.NOT_MET, 5, Instant.parse("2026-01-02T00:00:00Z")),
                new Judged(Verdict.MET, 0, Instant.parse("2026-02-01T00:00:00Z")));

        assertThat(DecisionReviewRule.toReview(DECIDED, RECORDED, Map.of(nextYear, judgedTwice))).isFalse();
    }

    /**
     * Almelo, not met and growing at every deadline from 1 January 2024 to 1 January 2026 (52, 90, 117, 152, 190): the
     * province announced substitution on 15 January 2026. COA's end position of 110 adopted at 1 July 2025 afterwards,
     * below the 117 at the deadline before, takes growth at every deadline away: still not met everywhere, but the advice
     * the decision rested on no longer holds.
     */
    @Test
    void anAdoptionThatTakesAwayTheGrowthTheDecisionRestedOnPutsItUpForReview() {
        LocalDate decided = LocalDate.of(2026, 1, 15);
        Instant recorded = Instant.parse("2026-01-15T10:00:00Z");
        Instant judgedAtFirst = Instant.parse("2026-01-02T00:00:00Z");
        Map<LocalDate, List<Judged>> verdicts = new java.util.HashMap<>();
        int[] backlogs = {90, 117, 152, 190};
        LocalDate[] deadlines = {LocalDate.of(2024, 7, 1), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 1), LocalDate.of(2026, 1, 1)};
        for (int i = 0; i < 4; i++) {
            verdicts.put(deadlines[i], new java.util.ArrayList<>(List.of(new Judged(Verdict.NOT_MET, backlogs[i], judgedAtFirst))));
        }
        java.util.Optional<InterventionAdvisor.Deadline> opened = java.util.Optional.of(
                InterventionAdvisor.Deadline.openedChainBehind(LocalDate.of(2024, 1, 1), 52));

        assertThat(DecisionReviewRule.toReview(decided, recorded, verdicts, opened, opened, LadderRules.DEFAULT)).isFalse();

        // COA's end position of 110 adopted at 1 July 2025, after the decision: not met still, the backlog no longer grew there.
        verdicts.get(deadlines[2]).add(new Judged(Verdict.NOT_MET, 110, Instant.parse("2026-02-01T00:00:00Z")));
        assertThat(DecisionReviewRule.toReview(decided, recorded, verdicts, opened, opened, LadderRules.DEFAULT)).isTrue();
    }

    /** A lead of COA's adopted at the deadline that opened the chain takes away the NOT_MET the ladder counted there. */
    @Test
    void anAdoptionThatRemovesTheNotMetDeadlineThatOpenedTheChainPutsItUpForReview() {
        LocalDate decided = LocalDate.of(2024, 2, 1);
        Instant recorded = Instant.parse("2024-02-01T10:00:00Z");
        java.util.Optional<InterventionAdvisor.Deadline> then = java.util.Optional.of(
                InterventionAdvisor.Deadline.openedChainBehind(LocalDate.of(2024, 1, 1), 52));

        assertThat(DecisionReviewRule.toReview(decided, recorded, Map.of(), then, then, LadderRules.DEFAULT)).isFalse();
        assertThat(DecisionReviewRule.toReview(decided, recorded, Map.of(), then, java.util.Optional.empty(), LadderRules.DEFAULT)).isTrue();
        // a chain opened on schedule then and now is nothing the decision rested on
        assertThat(DecisionReviewRule.toReview(decided, recorded, Map.of(), java.util.Optional.empty(), java.util.Optional.empty(),
                LadderRules.DEFAULT)).isFalse();
    }
}
