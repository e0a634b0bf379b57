package nl.permitholders.dashboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * A municipality's figures for a half-year as supervision's API gives them (getMunicipalityFigures, and each line of
 * getProvinceFigures): the fields the pages show, the rest ignored, so that supervision may add to its answers.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MunicipalityFigures(String municipalityCode, String municipalityName, String provinceCode, String period,
                                  int carriedBacklog, int quota, QuotaStatus quotaStatus, int exchanges, int adjustedQuota,
                                  int housed, int backlog, int expectedHoused, int scheduleGap, ScheduleColour scheduleColour,
                                  int coupledUnhousedPersons, int overdueCouplings, int overdueCouplingPersons,
                                  int personsInTemporaryHousing, List<ToBeDivided> toBeDivided, PlannedCapacity plannedCapacity,
                                  VerdictAtDeadline verdict) {

    /** Its name, or its code where supervision knows no name yet. */
    public String name() {
        return municipalityName != null ? municipalityName : municipalityCode;
    }

    /** R3, splits: what is still to be divided of a municipality split over this one and others. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ToBeDivided(String municipalityCode, String municipalityName, int couplings, int persons, int overdueCouplings,
                              int personsInTemporaryHousing, int plannedCapacityPlaces) {

        /** "Hengelo (GM0164)". */
        public String splitName() {
            return (municipalityName == null ? municipalityCode : municipalityName) + " (" + municipalityCode + ")";
        }
    }

    /** The places for permit holders capacity projects expect and have not delivered, and the half-years they are expected in. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PlannedCapacity(int places, List<Expected> perPeriod) {

        @JsonIgnoreProperties(ignoreUnknown = true)
        public record Expected(String period, int places) {
        }
    }

    /**
     * The verdict at the half-year's deadline (R7): the position judged (COA's adopted end position where there is one),
     * the system's own arithmetic beside it, and what COA had coupled on the reference date.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record VerdictAtDeadline(Verdict verdict, LocalDate deadline, int backlog, int ownBacklog, Integer coaEndPosition,
                                    Integer difference, int stillToHouseAtReferenceDate, int coupledUnhousedAtReferenceDate,
                                    int recoupledAfterTheClockAtReferenceDate, int couplingDeficit) {
    }
}
