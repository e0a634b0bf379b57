package nl.permitholders.supervision.scenario;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.permitholders.platform.api.FreeText;
import nl.permitholders.platform.codes.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Up to three scenarios side by side: each stated here, or one kept by name. */
@Schema(name = "ScenarioComparisonRequest", requiredProperties = {"scenarios"})
public record ComparisonRequest(
        @Schema(description = "1 to " + ScenarioLimits.COMPARED + " scenarios; the differences are between each two of them, "
                + "the later one minus the earlier")
        @NotNull @Size(min = 1, max = ScenarioLimits.COMPARED) List<@Valid @NotNull Compared> scenarios,
        @Schema(description = "only this province's municipalities (and its totals); a province's staff always get their own province",
                pattern = Codes.PROVINCE)
        @Pattern(regexp = Codes.PROVINCE, message = Codes.PROVINCE_MESSAGE) String provinceCode) {

    /**
     * One scenario of a comparison: {@code kept} names a kept scenario (the Rijk's, or with {@code keptBy} a province's
     * own), else {@code halfYears} (with {@code assumptions}) states one.
     */
    @Schema(name = "ComparedScenario")
    public record Compared(
            @Schema(description = "its name in the comparison; default the kept scenario's name, or 'scenario N'")
            @Size(max = 60) @Pattern(regexp = FreeText.NOT_BLANK, message = FreeText.NOT_BLANK_MESSAGE) String label,
            @Schema(description = "the name of a kept scenario; not with halfYears", pattern = KeptScenarioStore.NAME)
            @Pattern(regexp = KeptScenarioStore.NAME, message = KeptScenarioStore.NAME_MESSAGE) String kept,
            @Schema(description = "whose kept scenario: RIJK (default) or a province's code", pattern = KeptScenarioStore.OWNER)
            @Pattern(regexp = KeptScenarioStore.OWNER, message = KeptScenarioStore.OWNER_MESSAGE) String keptBy,
            @Schema(description = "a scenario stated here, as for a calculation; not with kept")
            @Size(min = 1, max = ScenarioLimits.HALF_YEARS) List<ScenarioRequest.@Valid @NotNull NationalTotal> halfYears,
            @Valid ScenarioRequest.AssumptionsRequest assumptions) {
    }
}
