package nl.permitholders.supervision.ladder;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"stage"})
public record LadderStepView(
        @Schema(description = "From this many deadlines missed in a row (1 to 20) ...") @NotNull Integer missedInARow,
        @Schema(description = "... this stage is advised: SIGNAL to SUBSTITUTION_ANNOUNCED, each step higher than the one before")
        @NotNull Stage stage) {

    static LadderStepView of(LadderRules.Step step) {
        return new LadderStepView(step.missedInARow(), step.stage());
    }
}
