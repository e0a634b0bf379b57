package nl.permitholders.supervision.round;

import static nl.permitholders.supervision.round.LetterState.CORRECTING;
import static nl.permitholders.supervision.round.LetterState.DRAFT;
import static nl.permitholders.supervision.round.LetterState.REVIEWED;
import static nl.permitholders.supervision.round.LetterState.SENT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LetterStateTest {

    @Test
    void aDraftIsReviewedBeforeItIsSent() {
        assertThat(DRAFT.refusalOf(REVIEWED)).isEmpty();
        assertThat(REVIEWED.refusalOf(SENT)).isEmpty();
        assertThat(DRAFT.refusalOf(SENT)).hasValueSatisfying(why -> assertThat(why).contains("REVIEWED"));
    }

    @Test
    void aReviewedLetterMayGoBackToDraftOrBeReviewedAgain() {
        assertThat(REVIEWED.refusalOf(DRAFT)).isEmpty();
        assertThat(REVIEWED.refusalOf(REVIEWED)).isEmpty();
        assertThat(DRAFT.refusalOf(DRAFT)).isEmpty();
    }

    @Test
    void aSentLetterStaysSentAndOnlyACorrectionMayFollowIt() {
        for (LetterState next : LetterState.values()) {
            if (next != CORRECTING) {
                assertThat(SENT.refusalOf(next)).hasValueSatisfying(why -> assertThat(why).contains("kept as it was sent"));
            }
        }
        assertThat(SENT.refusalOf(CORRECTING)).isEmpty();
    }

    @Test
    void aCorrectionIsReviewedBeforeItIsSentAndOnlyASentLetterIsCorrected() {
        assertThat(CORRECTING.refusalOf(REVIEWED)).isEmpty();
        assertThat(CORRECTING.refusalOf(SENT)).hasValueSatisfying(why -> assertThat(why).contains("REVIEWED"));
        assertThat(DRAFT.refusalOf(CORRECTING)).hasValueSatisfying(why -> assertThat(why).contains("only a sent letter"));
        assertThat(REVIEWED.refusalOf(CORRECTING)).isPresent();
    }
}
