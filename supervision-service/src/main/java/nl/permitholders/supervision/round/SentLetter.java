package nl.permitholders.supervision.round;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import nl.permitholders.supervision.verdict.Verdict;

/**
 * A letter as it was sent: the position judged at the deadline ({@code backlog}) and the computed verdict it states
 * (null for letters sent before it was kept); {@code templateVersion} 0 for the default template.
 */
public record SentLetter(byte[] pdf, String sha256, int backlog, int templateVersion, String sentBy, Instant sentAt, Verdict verdict,
                         int number) {

    /** A letter about to be sent: its number is given when it is stored. */
    public static SentLetter of(byte[] pdf, int backlog, Verdict verdict, int templateVersion, String sentBy, Instant sentAt) {
        return new SentLetter(pdf, sha256(pdf), backlog, templateVersion, sentBy, sentAt, verdict, 0);
    }

    /** Whether it corrects a letter sent before it about the same deadline. */
    public boolean correction() {
        return number > 1;
    }

    /** The SHA-256 of a letter's PDF, in hex: stored with it and served as its ETag. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
