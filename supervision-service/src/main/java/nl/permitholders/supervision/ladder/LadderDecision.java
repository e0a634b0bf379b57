package nl.permitholders.supervision.ladder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.permitholders.supervision.decision.DecisionHistory;
import nl.permitholders.supervision.decision.DecisionTable;

/** A stage decided by province staff, with date, reason and who decided; never changed, only followed by another. */
public record LadderDecision(UUID id, String municipalityCode, Stage stage, LocalDate decidedOn, String reason, String decidedBy,
                             Instant recordedAt) implements DecisionHistory.Dated {

    /** Where the ladder decisions are kept, read and recorded through {@code decision.DecisionStore}. */
    public static final DecisionTable<Stage, LadderDecision> TABLE =
            new DecisionTable<>("ladder_decision", "stage", Stage.class, LadderDecision::new);

    @Override
    public LocalDate inForceFrom() {
        return decidedOn;
    }
}
