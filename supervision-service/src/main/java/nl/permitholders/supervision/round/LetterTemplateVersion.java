package nl.permitholders.supervision.round;

import java.time.Instant;

/** One saved version of a province's letter template; version 0 and no author for the default. */
public record LetterTemplateVersion(int version, String body, String changedBy, Instant changedAt) {

    boolean isDefault() {
        return version == 0;
    }
}
