package nl.permitholders.supervision.ladder;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import nl.permitholders.supervision.ledger.AsOfView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * @param asOf the date asked for, if any: the ladder as it stood on it
 * @param currentSince the date of the decision that set the current stage; none before the first decision
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"municipalityCode", "decisions"})
public record LadderView(String municipalityCode, LocalDate asOf, Stage currentStage,
                         @Schema(description = "since when the current stage holds; absent before the first decision")
                         LocalDate currentSince, AdviceView advice, List<LadderDecisionView> decisions,
                         @Schema(description = "with asOf, which view of that date: KNOWN_THEN or KNOWN_TODAY; absent without asOf")
                         AsOfView view) {

    public LadderView(String municipalityCode, LocalDate asOf, Stage currentStage, LocalDate currentSince, AdviceView advice,
                      List<LadderDecisionView> decisions) {
        this(municipalityCode, asOf, currentStage, currentSince, advice, decisions, null);
    }
}
