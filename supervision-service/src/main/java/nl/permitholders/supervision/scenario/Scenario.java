package nl.permitholders.supervision.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.permitholders.supervision.ledger.QuotaStatus;
import nl.permitholders.supervision.schedule.ScheduleColourRule.Colour;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A scenario calculated ({@link ScenarioRule}): per half-year R1's distribution of its national total; per municipality
 * its quota, the forecast at the end of each half-year with its schedule colour, and the homes it needs beyond what its
 * pipeline delivers; the same summed per province and for the country; the municipalities that change colour; and every
 * assumption it rests on. Nothing of it is stored.
 */
@Schema(name = "Scenario", requiredProperties = {"calculatedOn", "assumptions", "halfYears", "municipalities", "provinces",
        "colourChanges"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Scenario(
        @Schema(description = "the day the figures stand on: the forecasts start from the position that day") LocalDate calculatedOn,
        @Schema(description = "the province the answer is narrowed to; absent for the whole country") String provinceCode,
        List<Assumption> assumptions,
        @Schema(description = "R1's distribution of each half-year's national total") List<Distributed> halfYears,
        List<MunicipalityOutlook> municipalities,
        List<AreaOutlook> provinces,
        @Schema(description = "the country's sums; absent when the answer is narrowed to a province") AreaOutlook country,
        @Schema(description = "per half-year, the municipalities whose schedule colour at its end differs from their colour today")
        List<ColourChange> colourChanges,
        @Schema(description = "what was asked, as sent (the assumptions' effect is in assumptions)") ScenarioRequest request) {

    /** The same scenario, saying what was asked. */
    public Scenario asking(ScenarioRequest asked) {
        return new Scenario(calculatedOn, provinceCode, assumptions, halfYears, municipalities, provinces, country, colourChanges, asked);
    }

    /** An assumption the scenario rests on, as set or by default, in words. */
    @Schema(name = "ScenarioAssumption", requiredProperties = {"name", "value", "description"})
    public record Assumption(String name, String value, String description) {
    }

    /**
     * R1's distribution of one half-year's national total: on the populations of {@code populationReferenceDate}, which is
     * R1's own ({@code referenceDateOfR1}) unless CBS's figures of that date are not known yet.
     */
    @Schema(name = "ScenarioDistribution", requiredProperties = {"period", "nationalTotal", "populationReferenceDate",
            "referenceDateOfR1", "nationalPopulation", "sumOfQuotas", "surplus", "municipalities", "quotaNow"})
    public record Distributed(@Schema(pattern = "^\\d{4}-H[12]$") String period, int nationalTotal, LocalDate populationReferenceDate,
                              LocalDate referenceDateOfR1, long nationalPopulation,
                              @Schema(description = "the quotas together: at least the national total, as every share is rounded up")
                              int sumOfQuotas,
                              @Schema(description = "sumOfQuotas minus nationalTotal, reported and never hidden (R1)") int surplus,
                              @Schema(description = "municipalities with a quota of the half-year") int municipalities,
                              @Schema(description = "the quotas set or announced now for the half-year, together (0 when none)") int quotaNow,
                              @Schema(description = "the quotas of the municipalities in the answer (narrowed to a province: its "
                                      + "municipalities'); absent for the whole country") Integer quotaInScope) {
    }

    /** A municipality in the scenario: where it stands today, its household mix, and each half-year's outlook. */
    @Schema(name = "ScenarioMunicipality", requiredProperties = {"municipalityCode", "municipalityName", "provinceCode", "colourToday",
            "backlogToday", "householdMix", "halfYears"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MunicipalityOutlook(String municipalityCode, String municipalityName, String provinceCode,
                                      @Schema(description = "its schedule colour today (R6), in the current half-year as it stands")
                                      Colour colourToday, int backlogToday, MixView householdMix,
                                      @Schema(description = "the scenario's half-years in which it holds a quota") List<MunicipalityHalfYear> halfYears,
                                      @Schema(description = "when it ceases within the scenario (merged into another, split over "
                                              + "others, R3): the half-year from which its figures are its successors'")
                                      Ending ends) {
    }

    /** R3 within the scenario: from {@code period} a municipality's half-years are its successors'. */
    @Schema(name = "ScenarioEnding", requiredProperties = {"period", "successors"})
    public record Ending(@Schema(pattern = "^\\d{4}-H[12]$") String period, List<String> successors) {
    }

    /** The household mix a municipality's persons are turned into homes by, and where it comes from. */
    @Schema(name = "ScenarioHouseholdMix", requiredProperties = {"source", "households", "persons", "kinds"})
    public record MixView(
            @Schema(description = "MUNICIPALITY: its own couplings in the window; PROVINCE or COUNTRY: too few of its own, so its "
                    + "province's, or the country's; STATED: the mix the request states; NONE: no household to go by, so no homes")
            MixSource source, int households, int persons, List<KindView> kinds) {
    }

    @Schema(name = "ScenarioMixSource")
    public enum MixSource {
        MUNICIPALITY, PROVINCE, COUNTRY, STATED, NONE
    }

    /** Households of one kind in a mix. */
    @Schema(name = "ScenarioHouseholds", requiredProperties = {"kind", "households", "persons"})
    public record KindView(HomeKind kind, int households, int persons) {
    }

    /** A municipality at the end of one of the scenario's half-years. */
    @Schema(name = "ScenarioMunicipalityHalfYear", requiredProperties = {"period", "quota", "quotaBasis", "population", "carriedBacklog",
            "adjustedQuota", "expectedHoused", "expectedBacklog", "plannedCapacityPlaces", "colour", "colourChanged",
            "personsBeyondPipeline", "homes", "homesTotal"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MunicipalityHalfYear(
            @Schema(pattern = "^\\d{4}-H[12]$") String period,
            @Schema(description = "R1's quota of the scenario's national total") int quota,
            @Schema(description = "DISTRIBUTED: its own share; MERGED: it continues a merger in the half-year and holds its parts' "
                    + "shares; SPLIT: its share and its part of a municipality split over it in the half-year (R3)",
                    enumeration = {"DISTRIBUTED", "MERGED", "SPLIT"}) String quotaBasis,
            @Schema(description = "the inhabitants R1 counted for it (its parts' included)") int population,
            @Schema(description = "the quota set or announced now for the half-year; absent when none") Integer quotaNow,
            QuotaStatus quotaNowStatus,
            @Schema(description = "the backlog carried in: today's position carried forward (R4), a merged or split one's part included (R3)")
            int carriedBacklog, int adjustedQuota,
            @Schema(description = "persons the forecast expects housed in the half-year (in the current one, those housed so far too)")
            int expectedHoused,
            @Schema(description = "the backlog the forecast expects at the half-year's end (negative: ahead)") int expectedBacklog,
            @Schema(description = "places for permit holders planned capacity expects from the current half-year up to this one's end")
            int plannedCapacityPlaces,
            @Schema(description = "the schedule colour at the half-year's end (R6): the expected backlog against the adjusted quota")
            Colour colour,
            @Schema(description = "whether that colour differs from its colour today") boolean colourChanged,
            @Schema(description = "persons the forecast leaves to house at the half-year's end beyond what its pipeline delivers")
            int personsBeyondPipeline,
            @Schema(description = "the homes those persons need, by kind (absent kinds: none)") Map<HomeKind, Integer> homes,
            int homesTotal) {
    }

    /** A province or the country: its municipalities' half-years summed. */
    @Schema(name = "ScenarioArea", requiredProperties = {"code", "name", "halfYears"})
    public record AreaOutlook(@Schema(description = "the province's code, or NL for the country") String code, String name,
                              List<AreaHalfYear> halfYears) {
    }

    /** Municipalities' half-years summed; the backlog net (a lead counts against a backlog) and gross (backlogs only). */
    @Schema(name = "ScenarioAreaHalfYear", requiredProperties = {"period", "municipalities", "quota", "quotaNow", "carriedBacklog",
            "adjustedQuota", "expectedHoused", "expectedBacklog", "grossExpectedBacklog", "personsBeyondPipeline", "homes",
            "homesTotal", "colours", "coloursToday", "worse", "better"})
    public record AreaHalfYear(@Schema(pattern = "^\\d{4}-H[12]$") String period, int municipalities, int quota, int quotaNow,
                               int carriedBacklog, int adjustedQuota, int expectedHoused, int expectedBacklog, int grossExpectedBacklog,
                               int personsBeyondPipeline, Map<HomeKind, Integer> homes, int homesTotal,
                               @Schema(description = "municipalities per schedule colour at the half-year's end") Map<Colour, Integer> colours,
                               @Schema(description = "the same municipalities per colour today") Map<Colour, Integer> coloursToday,
                               @Schema(description = "municipalities whose colour at the end is worse than today's") int worse,
                               @Schema(description = "municipalities whose colour at the end is better than today's") int better) {
    }

    /** A municipality whose schedule colour at a half-year's end differs from its colour today. */
    @Schema(name = "ScenarioColourChange", requiredProperties = {"period", "municipalityCode", "municipalityName", "provinceCode",
            "from", "to", "worse"})
    public record ColourChange(@Schema(pattern = "^\\d{4}-H[12]$") String period, String municipalityCode, String municipalityName,
                               String provinceCode, Colour from, Colour to, boolean worse) {
    }
}
