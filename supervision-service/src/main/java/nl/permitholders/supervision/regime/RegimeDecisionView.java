package nl.permitholders.supervision.regime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"id", "decidedOn", "decidedBy", "recordedAt"})
public record RegimeDecisionView(UUID id, SupervisionRegime regime, LocalDate decidedOn, String reason, String decidedBy,
                                 Instant recordedAt) {
    public static RegimeDecisionView of(RegimeDecision d) {
        return new RegimeDecisionView(d.id(), d.regime(), d.decidedOn(), d.reason(), d.decidedBy(), d.recordedAt());
    }
}
