package nl.permitholders.supervision.round;

import static org.assertj.core.api.Assertions.assertThat;

import nl.permitholders.supervision.verdict.Verdict;
import org.junit.jupiter.api.Test;

/** A sent letter is never changed; when what it states no longer holds, it is to review. */
class SentLetterMarkTest {

    @Test
    void aLetterWhoseVerdictAndPositionStillHoldIsNotToReview() {
        assertThat(SentLetterMark.toReview(Verdict.NOT_MET, 12, Verdict.NOT_MET, 12)).isFalse();
    }

    @Test
    void aLetterWhoseVerdictChangedIsToReview() {
        assertThat(SentLetterMark.toReview(Verdict.MET, 0, Verdict.NOT_MET, 0)).isTrue();
    }

    @Test
    void aLetterWhosePositionChangedIsToReviewEvenWhereTheVerdictStands() {
        assertThat(SentLetterMark.toReview(Verdict.NOT_MET, 12, Verdict.NOT_MET, 15)).isTrue();
    }

    @Test
    void aLetterSentBeforeVerdictsWereKeptWithItIsComparedByItsPositionAlone() {
        assertThat(SentLetterMark.toReview(null, 12, Verdict.NOT_MET, 12)).isFalse();
        assertThat(SentLetterMark.toReview(null, 12, Verdict.NOT_MET, 13)).isTrue();
    }
}
