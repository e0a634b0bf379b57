package nl.permitholders.supervision.regime;

import java.time.LocalDate;
import java.util.UUID;

/** Who decided and why, in words, stay in this API (R9: events carry codes and ids). */
public record RegimeDecided(UUID decisionId, String municipalityCode, SupervisionRegime regime, LocalDate decidedOn) {
}
