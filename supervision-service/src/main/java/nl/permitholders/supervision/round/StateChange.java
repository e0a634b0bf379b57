package nl.permitholders.supervision.round;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change of a judgement letter's state: to which state, by whom and when. */
@Schema(requiredProperties = {"state", "changedBy", "changedAt"})
public record StateChange(LetterState state, String changedBy, Instant changedAt) {
}
