package nl.permitholders.supervision.regime;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import nl.permitholders.supervision.decision.DecisionHistory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * @param asOf the date asked for, if any: the regime as it stood on it
 */
@Schema(requiredProperties = {"municipalityCode", "decisions"})
public record RegimeView(
        String municipalityCode,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate asOf,
        @Schema(description = "The decision in force: the latest by decidedOn, then recordedAt; absent before the province "
                + "recorded one") @JsonInclude(JsonInclude.Include.NON_NULL) RegimeDecisionView current,
        @Schema(description = "Every decision taken (decidedOn) by asOf or today, oldest first") List<RegimeDecisionView> decisions) {

    static RegimeView of(String code, LocalDate asOf, DecisionHistory<RegimeDecision> history, LocalDate on) {
        return new RegimeView(code, asOf, history.inForceOn(on).map(RegimeDecisionView::of).orElse(null),
                history.takenBy(on).stream().map(RegimeDecisionView::of).toList());
    }
}
