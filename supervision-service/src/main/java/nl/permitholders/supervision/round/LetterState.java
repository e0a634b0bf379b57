package nl.permitholders.supervision.round;

import java.util.Optional;

/**
 * Where a judgement letter stands: written by the computer from the live figures (DRAFT), read and approved by
 * province staff (REVIEWED), sent to the municipality (SENT). A sent letter is kept as it was sent; nothing follows it.
 */
public enum LetterState {
    DRAFT,
    REVIEWED,
    SENT;

    /**
     * Why a letter in this state cannot be put in {@code next}, or empty when it can: a sent letter stays sent, and
     * a letter is sent only once it has been reviewed. A reviewed letter may go back to draft, or be reviewed again.
     */
    public Optional<String> refusalOf(LetterState next) {
        if (this == SENT) {
            return Optional.of("the letter has been sent; a sent letter is kept as it was sent");
        }
        if (next == SENT && this != REVIEWED) {
            return Optional.of("a letter is sent only after it has been REVIEWED; it is " + this);
        }
        return Optional.empty();
    }
}
