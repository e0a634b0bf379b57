package nl.permitholders.supervision.coaposition;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One municipality's position as COA's tracking system (TVS) gives it on a reference date: the quota of the half-year,
 * the adjusted quota (quota plus the backlog carried in, "gecorrigeerde taakstelling"), the persons housed in the
 * half-year up to that date ("afgemeld") and the position ("stand"). {@code stand} is the figure as the file wrote it
 * (COA writes a backlog negative); {@code position} is the same figure as the system counts a backlog (positive behind,
 * negative ahead), by the import's {@link StandConvention}. {@code standDifference} is how far {@code position} lies
 * from adjusted quota minus housed: 0 where COA's own figures add up (docs/domain.md, COA's convention).
 * {@code line} is its line in the file (the header is line 1); {@code municipalityName} as the file wrote it, if at all.
 */
@Schema(requiredProperties = {"line", "municipalityCode", "referenceDate", "quota", "adjustedQuota", "housed",
        "position"})
public record CoaPositionLine(int line, String municipalityCode, String municipalityName, LocalDate referenceDate, int quota,
                              int adjustedQuota, int housed,
                              @Schema(description = "the position as the file wrote it (Stand): COA writes a backlog negative") int stand,
                              @Schema(description = "the position as a backlog: positive behind, negative ahead") int position,
                              @Schema(description = "position minus (adjustedQuota minus housed): not 0 where COA's own figures do "
                                      + "not add up, and the line is marked") int standDifference) {

    /** A line whose Stand is {@code stand} as written under {@code convention}. */
    public static CoaPositionLine of(int line, String municipalityCode, String municipalityName, LocalDate referenceDate, int quota,
                                     int adjustedQuota, int housed, int stand, StandConvention convention) {
        return stored(line, municipalityCode, municipalityName, referenceDate, quota, adjustedQuota, housed, stand,
                convention.backlog(stand));
    }

    /** A line as stored: its Stand as written and the position it was read as. */
    static CoaPositionLine stored(int line, String municipalityCode, String municipalityName, LocalDate referenceDate, int quota,
                                  int adjustedQuota, int housed, int stand, int position) {
        return new CoaPositionLine(line, municipalityCode, municipalityName, referenceDate, quota, adjustedQuota, housed, stand,
                position, position - (adjustedQuota - housed));
    }

    /** Whether the Stand differs from adjusted quota minus housed by more than the sign: imported, and marked. */
    public boolean standDiffers() {
        return standDifference != 0;
    }
}
