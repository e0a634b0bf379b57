package nl.permitholders.supervision.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A kept scenario: what it asks and who kept it when, and (read one by one) its figures calculated today. */
@Schema(name = "KeptScenario", requiredProperties = {"owner", "name", "halfYears", "keptBy", "keptAt"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KeptScenarioView(
        @Schema(description = "whose working paper: RIJK, or the province's code", pattern = KeptScenarioStore.OWNER) String owner,
        @Schema(pattern = KeptScenarioStore.NAME) String name, String description,
        List<ScenarioRequest.NationalTotal> halfYears, ScenarioRequest.AssumptionsRequest assumptions,
        @Schema(description = "who kept it, as their token names them") String keptBy, OffsetDateTime keptAt,
        @Schema(description = "its half-years that have ended since it was kept: left out of the figures, whose quota follows from "
                + "the Rijk's distribution as every quota does; absent when none") List<String> passed,
        @Schema(description = "its figures calculated on today's position; absent in a list") Scenario scenario) {

    static KeptScenarioView of(KeptScenarioStore.Kept kept, List<String> passed, Scenario scenario) {
        return new KeptScenarioView(kept.owner(), kept.name(), kept.description(), kept.asking().halfYears(), kept.asking().assumptions(),
                kept.keptBy(), kept.keptAt(), passed == null || passed.isEmpty() ? null : passed, scenario);
    }
}
