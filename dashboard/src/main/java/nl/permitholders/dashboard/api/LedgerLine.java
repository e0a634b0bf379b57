package nl.permitholders.dashboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/** A line of supervision's getMunicipalityLedger: a fact that makes up a half-year's figures. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LedgerLine(Kind kind, String eventType, String period, LocalDate date, int persons, Integer version, String reference,
                         CancellationReason cancellationReason, QuotaStatus quotaStatus, LocalDate publishedOn, String reason,
                         String decidedBy, Boolean toReview) {

    /** The event type of an adoption of the amount COA carried into a half-year (COA's revision), not its end position. */
    public static final String CARRIED_IN_ADOPTED = "coa-carried-in-adopted";

    /** What kind of fact, as the API names it. */
    public enum Kind {
        OPENING_BALANCE, QUOTA, COUPLED, COUPLING_CORRECTED, HOUSED, REVOKED, MOVED_ON, REUNIFIED, CANCELLED, ALLOCATED, EXCHANGE,
        BACKLOG_TRANSFERRED, CAPACITY_PLANNED, CAPACITY_DELIVERED, ANCHORED, DIVIDED, UNIT_LOCATED
    }

    /** Why COA cancelled a coupling. */
    public enum CancellationReason {
        WITHDRAWN, RECOUPLED
    }
}
