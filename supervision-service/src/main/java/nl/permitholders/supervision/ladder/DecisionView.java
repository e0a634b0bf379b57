package nl.permitholders.supervision.ladder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record DecisionView(UUID id, Stage stage, LocalDate decidedOn, String reason, String decidedBy, Instant recordedAt) {
    static DecisionView of(LadderDecision d) {
        return new DecisionView(d.id(), d.stage(), d.decidedOn(), d.reason(), d.decidedBy(), d.recordedAt());
    }
}
