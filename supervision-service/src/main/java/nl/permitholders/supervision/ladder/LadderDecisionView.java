package nl.permitholders.supervision.ladder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"id", "stage", "decidedOn", "decidedBy", "recordedAt", "toReview"})
public record LadderDecisionView(UUID id, Stage stage, LocalDate decidedOn, String reason, String decidedBy, Instant recordedAt,
                                 @Schema(description = "te herbeoordelen: a verdict at a deadline on or before decidedOn was judged "
                                         + "again to another verdict after the decision was recorded (a late fact, or an "
                                         + "adoption of COA's figure); the decision stands until the province decides again")
                                 boolean toReview) {
    public static LadderDecisionView of(LadderDecision d, boolean toReview) {
        return new LadderDecisionView(d.id(), d.stage(), d.decidedOn(), d.reason(), d.decidedBy(), d.recordedAt(), toReview);
    }
}
