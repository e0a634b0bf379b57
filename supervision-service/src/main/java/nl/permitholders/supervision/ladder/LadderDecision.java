package nl.permitholders.supervision.ladder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.permitholders.supervision.decision.DecisionHistory;

/** A stage decided by province staff, with date, reason and who decided; never changed, only followed by another. */
public record LadderDecision(UUID id, String municipalityCode, Stage stage, LocalDate decidedOn, String reason, String decidedBy,
                             Instant recordedAt) implements DecisionHistory.Dated {

    @Override
    public LocalDate inForceFrom() {
        return decidedOn;
    }
}
