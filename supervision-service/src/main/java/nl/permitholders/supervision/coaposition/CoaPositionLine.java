package nl.permitholders.supervision.coaposition;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One municipality's position as COA's tracking system (TVS) gives it on a reference date: the quota of the half-year,
 * the adjusted quota (quota plus the backlog carried in, "gecorrigeerde taakstelling"), the persons housed in the
 * half-year up to that date ("afgemeld") and the position ("stand": adjusted quota minus housed; negative is a lead).
 * {@code line} is its line in the file (the header is line 1); {@code municipalityName} as the file wrote it, if at all.
 */
@Schema(requiredProperties = {"line", "municipalityCode", "referenceDate", "quota", "adjustedQuota", "housed",
        "position"})
public record CoaPositionLine(int line, String municipalityCode, String municipalityName, LocalDate referenceDate, int quota,
                              int adjustedQuota, int housed, int position) {
}
