package nl.permitholders.supervision.round;

import java.util.Optional;

/**
 * Where a judgement letter stands: written by the computer from the live figures (DRAFT), read and approved by
 * province staff (REVIEWED), sent to the municipality (SENT). A sent letter is kept as it was sent and never changed;
 * the province may write a corrected letter beside it (CORRECTING, a draft of the correction), which is reviewed and
 * sent like the first.
 */
public enum LetterState {
    DRAFT,
    REVIEWED,
    SENT,
    CORRECTING;

    /**
     * Why a letter in this state cannot be put in {@code next}, or empty when it can: a sent letter stays sent, and
     * only a correction may follow it; a letter is sent only once it has been reviewed. A reviewed letter may go back to
     * draft, or be reviewed again.
     */
    public Optional<String> refusalOf(LetterState next) {
        if (this == SENT) {
            return next == CORRECTING ? Optional.empty()
                    : Optional.of("the letter has been sent; a sent letter is kept as it was sent (record CORRECTING to write a "
                    + "corrected letter beside it)");
        }
        if (next == CORRECTING) {
            return Optional.of("only a sent letter is corrected; it is " + this);
        }
        if (next == SENT && this != REVIEWED) {
            return Optional.of("a letter is sent only after it has been REVIEWED; it is " + this);
        }
        return Optional.empty();
    }
}
