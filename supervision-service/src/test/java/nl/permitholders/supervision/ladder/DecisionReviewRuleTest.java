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
    private static final Judged NOT_MET_IN_JULY = new Judged(Verdict.NOT_MET, Instant.parse("2025-07-02T00:00:00Z"));

    @Test
    void aDecisionWhoseVerdictsStillStandIsNotToReview() {
        assertThat(DecisionReviewRule.toReview(DECIDED, RECORDED, Map.of(JULY, List.of(NOT_MET_IN_JULY)))).isFalse();
    }

    @Test
    void aVerdictJudgedAgainToAnotherAfterTheDecisionPutsItUpForReview() {
        Judged metOnCoasFigure = new Judged(Verdict.MET, Instant.parse("2025-09-01T00:00:00Z"));

        assertThat(DecisionReviewRule.toReview(DECIDED, RECORDED, Map.of(JULY, List.of(NOT_MET_IN_JULY, metOnCoasFigure)))).isTrue();
    }

    @Test
    void aVerdictJudgedAgainToTheSameDoesNot() {
        Judged againNotMet = new Judged(Verdict.NOT_MET, Instant.parse("2025-09-01T00:00:00Z"));

        assertThat(DecisionReviewRule.toReview(DECIDED, RECORDED, Map.of(JULY, List.of(NOT_MET_IN_JULY, againNotMet)))).isFalse();
    }

    @Test
    void aVerdictChangedBeforeTheDecisionWasRecordedIsWhatTheDecisionRestsOn() {
        Judged changedBefore = new Judged(Verdict.MET, Instant.parse("2025-07-20T00:00:00Z"));

        assertThat(DecisionReviewRule.toReview(DECIDED, RECORDED, Map.of(JULY, List.of(NOT_MET_IN_JULY, changedBefore)))).isFalse();
    }

    @Test
    void aDeadlineAfterTheDecisionIsNoneItRestsOn() {
        LocalDate nextYear = LocalDate.of(2026, 1, 1);
        List<Judged> judgedTwice = List.of(new Judged(Verdict.NOT_MET, Instant.parse("2026-01-02T00:00:00Z")),
                new Judged(Verdict.MET, Instant.parse("2026-02-01T00:00:00Z")));

        assertThat(DecisionReviewRule.toReview(DECIDED, RECORDED, Map.of(nextYear, judgedTwice))).isFalse();
    }
}
