package nl.permitholders.supervision.merger;

import java.time.LocalDate;
import java.util.List;
import nl.permitholders.supervision.ladder.LadderDecisionView;
import nl.permitholders.supervision.ladder.Stage;
import nl.permitholders.supervision.regime.RegimeDecisionView;
import nl.permitholders.supervision.regime.SupervisionRegime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A municipality merged into this one (R3), with the province's decisions on it. */
@Schema(requiredProperties = {"municipalityCode", "effectivePeriod", "ladderStage", "ladderDecisions", "regimeDecisions"})
public record MergedMunicipalityView(
        String municipalityCode,
        @Schema(description = "its name as last registered") String municipalityName,
        @Schema(description = "the half-year from which its figures are this municipality's", pattern = "^\\d{4}-H[12]$",
                example = "2022-H1") String effectivePeriod,
        @Schema(description = "the stage on the intervention ladder it stood at") Stage ladderStage,
        LocalDate ladderStageSince,
        @Schema(description = "the supervision regime it stood under; absent when the province decided none") SupervisionRegime regime,
        LocalDate regimeSince,
        @Schema(description = "every ladder decision the province took on it, oldest first") List<LadderDecisionView> ladderDecisions,
        @Schema(description = "every regime decision the province took on it, oldest first") List<RegimeDecisionView> regimeDecisions) {
}
