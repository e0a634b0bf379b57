package nl.permitholders.supervision.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.permitholders.supervision.schedule.ScheduleColourRule.Colour;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Up to three scenarios side by side ({@link ComparisonRule}): each scenario's head (its distribution and assumptions,
 * the municipalities that change colour), and per municipality, province and the country each half-year's figures in
 * every scenario with the differences between each two of them, in the order the scenarios were given.
 */
@Schema(name = "ScenarioComparison", requiredProperties = {"calculatedOn", "scenarios", "periods", "municipalities", "provinces"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Comparison(LocalDate calculatedOn,
                         @Schema(description = "the province the answer is narrowed to; absent for the whole country") String provinceCode,
                         List<Head> scenarios,
                         @Schema(description = "every half-year of any of the scenarios, in order") List<String> periods,
                         List<ComparedMunicipality> municipalities,
                         List<ComparedArea> provinces,
                         @Schema(description = "absent when the answer is narrowed to a province") ComparedArea country,
                         @Schema(description = "what was asked, as sent") ComparisonRequest request) {

    /** The same comparison, saying what was asked. */
    public Comparison asking(ComparisonRequest asked) {
        return new Comparison(calculatedOn, provinceCode, scenarios, periods, municipalities, provinces, country, asked);
    }

    /** One scenario of the comparison. */
    @Schema(name = "ComparedScenarioHead", requiredProperties = {"label", "halfYears", "assumptions", "colourChanges"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Head(String label,
                       @Schema(description = "the kept scenario's name, when it is one") String kept,
                       @Schema(description = "whose kept scenario: RIJK or a province's code") String keptBy,
                       List<Scenario.Distributed> halfYears, List<Scenario.Assumption> assumptions,
                       List<Scenario.ColourChange> colourChanges) {
    }

    /** A municipality in every scenario. */
    @Schema(name = "ComparedMunicipality", requiredProperties = {"municipalityCode", "municipalityName", "provinceCode", "colourToday",
            "backlogToday", "halfYears"})
    public record ComparedMunicipality(String municipalityCode, String municipalityName, String provinceCode, Colour colourToday,
                                       int backlogToday, List<MunicipalityHalfYears> halfYears) {
    }

    /** A municipality's half-year in each scenario (null where a scenario has not that half-year, or it holds no quota there). */
    @Schema(name = "ComparedMunicipalityHalfYear", requiredProperties = {"period", "scenarios", "differences"})
    public record MunicipalityHalfYears(@Schema(pattern = "^\\d{4}-H[12]$") String period, List<Scenario.MunicipalityHalfYear> scenarios,
                                        List<MunicipalityDifference> differences) {
    }

    /** One scenario's figures minus another's: a municipality's, a province's or the country's. */
    public interface Difference {
        String from();

        String to();

        int quota();

        int expectedBacklog();

        int homesTotal();
    }

    /** One scenario's figures of a municipality's half-year minus another's. */
    @Schema(name = "ScenarioMunicipalityDifference", requiredProperties = {"from", "to", "quota", "expectedBacklog",
            "personsBeyondPipeline", "homes", "homesTotal", "fromColour", "toColour", "colourDiffers"})
    public record MunicipalityDifference(@Schema(description = "the earlier scenario's label") String from,
                                         @Schema(description = "the later scenario's label: the differences are its figures minus from's")
                                         String to, int quota, int expectedBacklog, int personsBeyondPipeline,
                                         Map<HomeKind, Integer> homes, int homesTotal, Colour fromColour, Colour toColour,
                                         boolean colourDiffers) implements Difference {
    }

    /** A province or the country in every scenario. */
    @Schema(name = "ComparedArea", requiredProperties = {"code", "name", "halfYears"})
    public record ComparedArea(String code, String name, List<AreaHalfYears> halfYears) {
    }

    @Schema(name = "ComparedAreaHalfYear", requiredProperties = {"period", "scenarios", "differences"})
    public record AreaHalfYears(@Schema(pattern = "^\\d{4}-H[12]$") String period, List<Scenario.AreaHalfYear> scenarios,
                                List<AreaDifference> differences) {
    }

    /** One scenario's sums of an area's half-year minus another's. */
    @Schema(name = "ScenarioAreaDifference", requiredProperties = {"from", "to", "quota", "expectedBacklog", "grossExpectedBacklog",
            "personsBeyondPipeline", "homes", "homesTotal", "colours"})
    public record AreaDifference(String from, String to, int quota, int expectedBacklog, int grossExpectedBacklog,
                                 int personsBeyondPipeline, Map<HomeKind, Integer> homes, int homesTotal,
                                 @Schema(description = "municipalities per colour at the half-year's end, to's minus from's")
                                 Map<Colour, Integer> colours) implements Difference {
    }
}
