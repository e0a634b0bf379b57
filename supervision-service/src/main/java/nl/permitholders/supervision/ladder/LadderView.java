package nl.permitholders.supervision.ladder;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** @param asOf the date asked for, if any: the ladder as it stood on it */
@Schema(requiredProperties = {"municipalityCode", "decisions"})
public record LadderView(String municipalityCode, @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate asOf, Stage currentStage,
                         LocalDate currentSince, AdviceView advice, List<LadderDecisionView> decisions) {
}
