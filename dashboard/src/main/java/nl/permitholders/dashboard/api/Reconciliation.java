package nl.permitholders.dashboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;

/** A line of supervision's getCoaReconciliation: COA's figures of a municipality on a reference date beside the system's. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Reconciliation(String municipalityCode, String municipalityName, LocalDate referenceDate, String period, Figures coa,
                             Figures system, Figures difference, boolean agrees, int stand, int standDifference, Instant importedAt,
                             boolean adopted, AdoptedFigure adoptedFigure, LocalDate adoptedAtDeadline, boolean toReview,
                             boolean revisesAdoption) {

    /** Quota, adjusted quota, persons housed and position (a backlog positive). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Figures(int quota, int adjustedQuota, int housed, int position) {
    }

    /** Which of COA's figures was adopted: its end position (its first figure) or the amount it carried in (its revision). */
    public enum AdoptedFigure {
        END_POSITION, CARRIED_IN
    }

    public String name() {
        return municipalityName != null ? municipalityName : municipalityCode;
    }

    /** Where COA's own figures do not add up: its position is not its adjusted quota minus housed. */
    public boolean standDiffers() {
        return standDifference != 0;
    }
}
