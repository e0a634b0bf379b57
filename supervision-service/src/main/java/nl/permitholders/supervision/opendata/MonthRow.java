package nl.permitholders.supervision.opendata;

import java.time.LocalDate;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One municipality's position at the end of a month of the half-year, as the Opnieuw Thuis monitor publishes it
 * monthly: the adjusted quota, persons housed in the month and in the half-year so far, the backlog and the schedule
 * against 1/6 of the adjusted quota per month (R6).
 */
@Schema(requiredProperties = {"municipalityCode", "municipalityName", "provinceCode", "period", "month", "positionDate", "quota",
        "adjustedQuota", "housedInMonth", "housed", "backlog", "expectedHoused", "scheduleGap", "scheduleColour"})
public record MonthRow(String municipalityCode, String municipalityName, String provinceCode,
                       @Schema(pattern = "^\\d{4}-H[12]$", example = "2025-H2") String period,
                       @Schema(implementation = String.class, pattern = "^\\d{4}-(0[1-9]|1[0-2])$", example = "2025-10") YearMonth month,
                       @Schema(description = "the month's last day") LocalDate positionDate,
                       int quota, int adjustedQuota, int housedInMonth,
                       @Schema(description = "persons housed in the half-year up to the end of the month") int housed,
                       @Schema(description = "adjustedQuota − housed at the end of the month: positive is a backlog, negative a lead") int backlog,
                       int expectedHoused, int scheduleGap,
                       @Schema(enumeration = {"GREEN", "ORANGE", "RED"}) String scheduleColour) {

    public static final java.util.List<String> COLUMNS = java.util.List.of("municipalityCode", "municipalityName", "provinceCode",
            "period", "month", "positionDate", "quota", "adjustedQuota", "housedInMonth", "housed", "backlog", "expectedHoused",
            "scheduleGap", "scheduleColour");

    java.util.List<Object> values() {
        return java.util.List.of(municipalityCode, municipalityName, provinceCode, period, month, positionDate, quota, adjustedQuota,
                housedInMonth, housed, backlog, expectedHoused, scheduleGap, scheduleColour);
    }
}
