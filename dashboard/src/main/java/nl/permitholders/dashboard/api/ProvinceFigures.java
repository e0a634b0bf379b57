package nl.permitholders.dashboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/** A province's figures for a half-year as supervision's getProvinceFigures gives them: what the overview shows. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProvinceFigures(String provinceCode, String name, String period, int municipalities, Totals totals,
                              Standings standings, List<Line> lines) {

    /** A municipality's line: its figures, its ladder stage as decided and as advised, its regime and forecast. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(MunicipalityFigures figures, Stage currentStage, Stage advisedStage, SupervisionRegime regime,
                       Integer forecastBacklog) {
    }

    /** The figures of the province's (or the country's) municipalities added up, and what is still to be divided of splits. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Totals(int carriedBacklog, int quota, QuotaStatus quotaStatus, int adjustedQuota, int housed, int backlog,
                         int scheduleGap, ScheduleColour scheduleColour, int coupledUnhousedPersons, int overdueCouplings,
                         int personsInTemporaryHousing, int toBeDividedCouplings, int toBeDividedPersons,
                         int toBeDividedPersonsInTemporaryHousing, int toBeDividedPlannedCapacityPlaces) {
    }

    /**
     * How the municipalities stand together: net and gross backlog, those ahead, the verdicts at the last deadline (R7),
     * and the positions judged there added up (absent when none was judged).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Standings(int netBacklog, int grossBacklog, int ahead, LocalDate lastDeadline, int met, int notMetExcusable,
                            int notMet, int withoutVerdict, JudgedTotal judgedAtLastDeadline) {
    }

    /**
     * The positions judged at a deadline added up (COA's end position where adopted, else the system's figures), the
     * system's own arithmetic without any adoption, and the difference: what the province writes.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record JudgedTotal(LocalDate deadline, int municipalities, int backlog, int ownBacklog, int difference, int onCoasFigure) {
    }
}
