package nl.permitholders.supervision.scenario;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.permitholders.platform.api.FreeText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A scenario to keep by name as a working paper: what it asks, and optionally what it is for. Who keeps it is the caller. */
@Schema(name = "KeepScenarioRequest", requiredProperties = {"halfYears"})
public record KeepRequest(
        @Schema(description = "what the working paper is for, in a few words (not shown outside the Rijk or the province)")
        @Size(max = 500) @Pattern(regexp = FreeText.NOT_BLANK, message = FreeText.NOT_BLANK_MESSAGE) String description,
        @Schema(description = "1 to " + ScenarioLimits.HALF_YEARS + " half-years, each once, from the current one up to "
                + ScenarioLimits.HALF_YEARS_AHEAD + " half-years after it")
        @NotNull @Size(min = 1, max = ScenarioLimits.HALF_YEARS) List<ScenarioRequest.@Valid @NotNull NationalTotal> halfYears,
        @Valid ScenarioRequest.AssumptionsRequest assumptions) {
}
