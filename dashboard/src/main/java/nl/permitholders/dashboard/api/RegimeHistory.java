package nl.permitholders.dashboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/** supervision's getSupervisionRegime: the decision in force today (none before the first) and every decision taken by today. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegimeHistory(Decision current, List<Decision> decisions) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Decision(SupervisionRegime regime, LocalDate decidedOn, String reason, String decidedBy) {
    }
}
