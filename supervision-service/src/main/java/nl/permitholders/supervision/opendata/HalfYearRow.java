package nl.permitholders.supervision.opendata;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One municipality's figures of a half-year in the open data, on its position date: the end of the half-year once it
 * has ended, else the last day of its last whole month. Counts of persons only (R9): nothing below the municipality.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"municipalityCode", "municipalityName", "provinceCode", "period", "positionDate", "quota",
        "carriedBacklog", "exchanges", "adjustedQuota", "housed", "backlog", "expectedHoused", "scheduleGap", "scheduleColour"})
public record HalfYearRow(String municipalityCode, String municipalityName, String provinceCode,
                          @Schema(pattern = "^\\d{4}-H[12]$", example = "2025-H2") String period,
                          LocalDate positionDate, int quota,
                          @Schema(description = "PROVISIONAL or FINAL; absent when the half-year has no quota") String quotaStatus,
                          int carriedBacklog, int exchanges, int adjustedQuota, int housed,
                          @Schema(description = "adjustedQuota − housed: positive is a backlog, negative a lead") int backlog,
                          int expectedHoused,
                          @Schema(description = "expectedHoused − housed (R6): positive is behind the Opnieuw Thuis benchmark") int scheduleGap,
                          @Schema(enumeration = {"GREEN", "ORANGE", "RED"}) String scheduleColour) {

    /** The columns of the CSV, in order; the JSON's fields have the same names. */
    public static final java.util.List<String> COLUMNS = java.util.List.of("municipalityCode", "municipalityName", "provinceCode",
            "period", "positionDate", "quota", "quotaStatus", "carriedBacklog", "exchanges", "adjustedQuota", "housed", "backlog",
            "expectedHoused", "scheduleGap", "scheduleColour");

    java.util.List<Object> values() {
        return java.util.List.of(municipalityCode, municipalityName, provinceCode, period, positionDate, quota,
                quotaStatus == null ? "" : quotaStatus, carriedBacklog, exchanges, adjustedQuota, housed, backlog, expectedHoused,
                scheduleGap, scheduleColour);
    }
}
