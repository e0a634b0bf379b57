package nl.permitholders.supervision.regime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.permitholders.supervision.decision.DecisionHistory;

/**
 * A supervision regime province staff decided for a municipality: on which date, why, and who; recordedAt is when it
 * was recorded. Never changed, only followed by another.
 */
public record RegimeDecision(UUID id, String municipalityCode, SupervisionRegime regime, LocalDate decidedOn, String reason,
                             String decidedBy, Instant recordedAt) implements DecisionHistory.Dated {

    @Override
    public LocalDate inForceFrom() {
        return decidedOn;
    }
}
