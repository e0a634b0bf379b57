package nl.permitholders.supervision.ladder;

import java.time.LocalDate;
import java.util.UUID;

/** Who decided and why, in words, stay in this API (R9: events carry codes and ids). */
public record StageDecided(UUID decisionId, String municipalityCode, String stage, String previousStage, LocalDate decidedOn) {
}
