package nl.permitholders.supervision.ladder;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.permitholders.supervision.verdict.Verdict;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who set them is not part of the request: it is the caller the token names. */
public record RulesRequest(
        @Schema(description = "The date from which the rules apply: today or later, or earlier with a correction; the ladder "
                + "asked as of an earlier date keeps the rules in force then")
        @NotNull LocalDate appliesFrom,
        @Schema(description = "The verdicts that count as a missed deadline: NOT_MET, and NOT_MET_EXCUSABLE when an excusable "
                + "shortfall counts too. The province's own recorded verdict counts over the computed one.")
        @NotNull @Size(max = 2) List<@NotNull Verdict> countedAsMissed,
        @Schema(description = "How many deadlines missed in a row advise which stage, fewest first; more missed deadlines "
                + "than a step asks keep its stage until a higher step is reached")
        @NotNull @Size(max = 6) List<@NotNull @Valid LadderStepView> steps,
        @Schema(description = "Whether a backlog that grew at each of the last four deadlines, each missed, advises "
                + "SUBSTITUTION_ANNOUNCED whatever the steps say")
        @NotNull Boolean backlogGrowthEscalates,
        @Schema(description = "Why these rules correct the earlier ones: required when appliesFrom lies before today, since "
                + "such rules rewrite the advice given since then; shown with the rules and with every advice they give")
        @Size(max = LadderRules.CORRECTION_MAX) String correction) {
}
