package nl.permitholders.dashboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * Up to three scenarios side by side as supervision's compareScenarios gives them (docs/supervision-api.md,
 * "Scenarios"): each scenario's head, and per municipality, province and the country each half-year's figures in every
 * scenario (null where a scenario has not the half-year or the municipality holds no quota in it), with the differences
 * between each two scenarios, the later minus the earlier. The parts the comparison page shows.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScenarioComparison(String calculatedOn, String provinceCode, List<Head> scenarios, List<String> periods,
                                 List<Municipality> municipalities, List<Area> provinces, Area country) {

    /** One scenario: its label, R1's distribution of each half-year's national total, its assumptions and colour changes. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Head(String label, String kept, List<Distributed> halfYears, List<Assumption> assumptions,
                       List<ColourChange> colourChanges) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Distributed(String period, int nationalTotal, int sumOfQuotas, int surplus, int municipalities) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Assumption(String name, String value, String description) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ColourChange(String period, String municipalityCode, String municipalityName, String provinceCode,
                               ScheduleColour from, ScheduleColour to, boolean worse) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Municipality(String municipalityCode, String municipalityName, String provinceCode, ScheduleColour colourToday,
                               int backlogToday, List<MunicipalityHalfYear> halfYears) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MunicipalityHalfYear(String period, List<Figures> scenarios, List<Difference> differences) {
    }

    /** A municipality's half-year in one scenario. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Figures(int quota, int expectedBacklog, ScheduleColour colour, boolean colourChanged, Map<String, Integer> homes,
                          int homesTotal) {
    }

    /** One scenario's figures minus another's; for a municipality its two colours too. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Difference(String from, String to, int quota, int expectedBacklog, Map<String, Integer> homes, int homesTotal,
                             ScheduleColour fromColour, ScheduleColour toColour, boolean colourDiffers) {
    }

    /** A province or the country. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Area(String code, String name, List<AreaHalfYear> halfYears) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AreaHalfYear(String period, List<AreaFigures> scenarios, List<Difference> differences) {
    }

    /** An area's half-year in one scenario: its municipalities' sums, and how many end worse or better than today. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AreaFigures(int quota, int expectedBacklog, int grossExpectedBacklog, Map<String, Integer> homes, int homesTotal,
                              int worse, int better) {
    }

    /** What compareScenarios is asked: scenarios stated here, over the country or one province. */
    public record Request(List<Stated> scenarios, String provinceCode) {
    }

    /**
     * A scenario stated here ({@code halfYears}, calculated on {@code assumptions}; null: supervision's defaults), or a kept
     * one by {@code kept} name and whose it is ({@code keptBy}), on the assumptions it was kept with.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Stated(String label, List<NationalTotal> halfYears, String kept, String keptBy, Assumptions assumptions) {

        public static Stated of(String label, List<NationalTotal> halfYears) {
            return of(label, halfYears, null);
        }

        public static Stated of(String label, List<NationalTotal> halfYears, Assumptions assumptions) {
            return new Stated(label, halfYears, null, null, assumptions);
        }

        public static Stated kept(String label, String kept, String keptBy) {
            return new Stated(label, null, kept, keptBy, null);
        }
    }

    /**
     * The assumptions a scenario is calculated on, as supervision's ScenarioAssumptionsRequest takes them: each absent one
     * (null) takes supervision's default, which the answer states.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Assumptions(String forecast, Integer paceMonths, Integer householdMixMonths, Integer minimumHouseholds,
                              List<StatedHouseholds> householdMix) {

        public Assumptions(String forecast, Integer paceMonths, Integer householdMixMonths, Integer minimumHouseholds) {
            this(forecast, paceMonths, householdMixMonths, minimumHouseholds, null);
        }

        /** Whether none is set: then none is sent. */
        public boolean none() {
            return forecast == null && paceMonths == null && householdMixMonths == null && minimumHouseholds == null
                    && householdMix == null;
        }
    }

    /**
     * One mix of households for every municipality instead of each one's own (supervision's ScenarioStatedHouseholds): the
     * households needing a kind of home ({@code ROOM}, {@code SMALL_HOME}, {@code FAMILY_HOME}, {@code LARGE_FAMILY_HOME})
     * and the persons in them.
     */
    public record StatedHouseholds(String kind, int households, int persons) {
    }

    /** A kept scenario as listKeptScenarios and listProvinceScenarios name it: whose (RIJK or a province's code) and its name. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Kept(String owner, String name, String description) {

        /** The value a form's select gives it. */
        public String value() {
            return owner + ":" + name;
        }

        /** How the form names it, in Dutch. */
        public String text() {
            return name + ("RIJK".equals(owner) ? " (Rijk)" : " (provincie)") + (description == null || description.isBlank() ? ""
                    : ": " + description);
        }
    }

    public record NationalTotal(String period, int nationalTotal) {
    }

    /** What keepScenario and keepProvinceScenario are sent: a stated scenario's half-years, and what it is for. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Keep(String description, List<NationalTotal> halfYears, Assumptions assumptions) {
    }
}
