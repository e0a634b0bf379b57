package nl.permitholders.dashboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/** A municipality merged into another (R3), from supervision's listMergedMunicipalities, with the province's decisions on it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MergedMunicipality(String municipalityCode, String municipalityName, String effectivePeriod, Stage ladderStage,
                                 LocalDate ladderStageSince, SupervisionRegime regime, LocalDate regimeSince,
                                 List<Ladder.Decision> ladderDecisions,
                                 List<RegimeHistory.Decision> regimeDecisions) {

    /** "Weesp (GM0457)". */
    public String displayName() {
        return (municipalityName == null ? municipalityCode : municipalityName) + " (" + municipalityCode + ")";
    }
}
