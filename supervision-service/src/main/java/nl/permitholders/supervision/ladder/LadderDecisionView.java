package nl.permitholders.supervision.ladder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"id", "stage", "decidedOn", "decidedBy", "recordedAt"})
public record LadderDecisionView(UUID id, Stage stage, LocalDate decidedOn, String reason, String decidedBy, Instant recordedAt) {
    public static LadderDecisionView of(LadderDecision d) {
        return new LadderDecisionView(d.id(), d.stage(), d.decidedOn(), d.reason(), d.decidedBy(), d.recordedAt());
    }
}
