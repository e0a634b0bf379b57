package nl.permitholders.supervision.regime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.permitholders.supervision.decision.DecisionHistory;
import nl.permitholders.supervision.decision.DecisionTable;

/**
 * A supervision regime province staff decided for a municipality: on which date, why, and who; recordedAt is when it
 * was recorded. Never changed, only followed by another.
 */
public record RegimeDecision(UUID id, String municipalityCode, SupervisionRegime regime, LocalDate decidedOn, String reason,
                             String decidedBy, Instant recordedAt) implements DecisionHistory.Dated {

    /** Where the regime decisions are kept, read and recorded through {@code decision.DecisionStore}. */
    public static final DecisionTable<SupervisionRegime, RegimeDecision> TABLE =
            new DecisionTable<>("supervision_regime_decision", "regime", SupervisionRegime.class, RegimeDecision::new);

    @Override
    public LocalDate inForceFrom() {
        return decidedOn;
    }
}
