package nl.permitholders.supervision.coaposition;

import java.time.LocalDate;
import nl.permitholders.platform.period.Period;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * COA's position of a municipality on a reference date beside the system's: the figures of the half-year the line
 * belongs to ({@link CoaConvention#periodOf}: a line of 1 January or 1 July gives the result of the half-year that ended
 * the day before), as they stood on the day it gives (persons housed later do not count yet), and COA's minus the
 * system's. COA's "gecorrigeerde taakstelling" is the quota plus the backlog carried in, its "stand" that minus the
 * persons housed ("afgemeld"), written with COA's sign: the same quantities as the system's adjusted quota, housed and
 * backlog (R4), once the sign is turned ({@link CoaPositionLine#position}).
 *
 * @param stand           COA's position as its file wrote it
 * @param standDifference how far COA's position lies from its own adjusted quota minus housed (0 where they add up)
 */
public record Reconciliation(String municipalityCode, LocalDate referenceDate, Period period, Figures coa, Figures system,
                             Figures difference, int stand, int standDifference) {

    /** Quota, adjusted quota, persons housed and position (backlog; negative is a lead). */
    @Schema(name = "ReconciliationFigures")
    public record Figures(int quota, int adjustedQuota, int housed, int position) {

        Figures minus(Figures other) {
            return new Figures(quota - other.quota, adjustedQuota - other.adjustedQuota, housed - other.housed, position - other.position);
        }
    }

    public static Reconciliation of(CoaPositionLine coa, Figures system) {
        Figures theirs = new Figures(coa.quota(), coa.adjustedQuota(), coa.housed(), coa.position());
        return new Reconciliation(coa.municipalityCode(), coa.referenceDate(), CoaConvention.periodOf(coa.referenceDate()), theirs, system,
                theirs.minus(system), coa.stand(), coa.standDifference());
    }

    /** Whether COA and the system agree on every figure. */
    public boolean agrees() {
        return difference.equals(new Figures(0, 0, 0, 0));
    }

    /** Whether COA's own Stand differs from its adjusted quota minus housed (by more than the sign). */
    public boolean standDiffers() {
        return standDifference != 0;
    }
}
