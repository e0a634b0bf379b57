package nl.permitholders.supervision.coaposition;

import java.time.LocalDate;
import nl.permitholders.platform.period.Period;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * COA's position of a municipality on a reference date beside the system's: the figures of the half-year containing
 * that date, as they stood on it (persons housed later do not count yet), and COA's minus the system's. COA's
 * "gecorrigeerde taakstelling" is the quota plus the backlog carried in, its "stand" that minus the persons housed
 * ("afgemeld"): the same quantities as the system's adjusted quota, housed and backlog (R4).
 */
public record Reconciliation(String municipalityCode, LocalDate referenceDate, Figures coa, Figures system, Figures difference) {

    /** Quota, adjusted quota, persons housed and position (backlog; negative is a lead). */
    @Schema(name = "ReconciliationFigures")
    public record Figures(int quota, int adjustedQuota, int housed, int position) {

        Figures minus(Figures other) {
            return new Figures(quota - other.quota, adjustedQuota - other.adjustedQuota, housed - other.housed, position - other.position);
        }
    }

    /** The half-year whose figures COA's position on {@code referenceDate} is compared with. */
    public static Period periodOf(LocalDate referenceDate) {
        return Period.containing(referenceDate);
    }

    public static Reconciliation of(CoaPositionLine coa, Figures system) {
        Figures theirs = new Figures(coa.quota(), coa.adjustedQuota(), coa.housed(), coa.position());
        return new Reconciliation(coa.municipalityCode(), coa.referenceDate(), theirs, system, theirs.minus(system));
    }

    /** Whether COA and the system agree on every figure. */
    public boolean agrees() {
        return difference.equals(new Figures(0, 0, 0, 0));
    }
}
