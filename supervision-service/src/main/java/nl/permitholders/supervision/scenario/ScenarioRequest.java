package nl.permitholders.supervision.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.permitholders.platform.codes.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A scenario as asked: one or more coming half-years with a national total each, and the assumptions it is calculated
 * on; {@code provinceCode} narrows the answer to a province's municipalities (a province's staff get their own whatever
 * they ask).
 */
@Schema(name = "ScenarioRequest", requiredProperties = {"halfYears"})
public record ScenarioRequest(
        @Schema(description = "1 to " + ScenarioLimits.HALF_YEARS + " half-years, each once, from the current one up to "
                + ScenarioLimits.HALF_YEARS_AHEAD + " half-years after it")
        @NotNull @Size(min = 1, max = ScenarioLimits.HALF_YEARS) List<@Valid @NotNull NationalTotal> halfYears,
        @Schema(description = "only this province's municipalities (and its totals); a province's staff always get their own province",
                pattern = Codes.PROVINCE)
        @Pattern(regexp = Codes.PROVINCE, message = Codes.PROVINCE_MESSAGE) String provinceCode,
        @Valid AssumptionsRequest assumptions) {

    /** A national total for a half-year, as the Rijk would set it (R1 distributes it). */
    @Schema(name = "ScenarioNationalTotal", requiredProperties = {"period", "nationalTotal"})
    public record NationalTotal(@Schema(pattern = "^\\d{4}-H[12]$", example = "2027-H1") @NotNull String period,
                                @Schema(description = "persons for all municipalities together") @NotNull @Min(0) @Max(ScenarioLimits.NATIONAL_TOTAL)
                                Integer nationalTotal) {
    }

    /**
     * The assumptions as asked; each absent one takes its default, which the answer states. A kept scenario shows them
     * as asked, the absent ones left out.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ScenarioAssumptionsRequest")
    public record AssumptionsRequest(
            @Schema(description = "WITH_PLAN (default): today's pace, the adopted action plan's measures and the planned capacity; "
                    + "UNCHANGED_POLICY: today's pace alone", enumeration = {"UNCHANGED_POLICY", "WITH_PLAN"})
            String forecast,
            @Schema(description = "the trailing months whose pace continues; default " + ScenarioLimits.PACE_MONTHS)
            @Min(1) @Max(24) Integer paceMonths,
            @Schema(description = "the months of couplings whose households make a municipality's mix; default "
                    + ScenarioLimits.MIX_MONTHS)
            @Min(1) @Max(36) Integer householdMixMonths,
            @Schema(description = "the fewest households a municipality's own mix is taken from; fewer, and its province's counts, "
                    + "then the country's; default " + ScenarioLimits.MINIMUM_HOUSEHOLDS)
            @Min(1) @Max(1000) Integer minimumHouseholds,
            @Schema(description = "one mix for every municipality instead of the couplings': households and their persons per kind of home")
            @Size(max = 4) List<@Valid @NotNull StatedHouseholds> householdMix) {
    }

    /** Households needing one kind of home, and the persons in them, as a caller states them. */
    @Schema(name = "ScenarioStatedHouseholds", requiredProperties = {"kind", "households", "persons"})
    public record StatedHouseholds(@NotNull HomeKind kind, @NotNull @Min(0) @Max(1_000_000) Integer households,
                                   @NotNull @Min(0) @Max(10_000_000) Integer persons) {
    }
}
