package nl.permitholders.supervision.actionplan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The event of a plan's change (R9: codes and ids only; who changed it and every text stay in this API). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionPlanUpdated(UUID actionPlanId, String municipalityCode, LocalDate adoptedOn, int version,
                                String change, UUID measureId, List<MeasureState> measures) {
}
