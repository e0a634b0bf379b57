package nl.permitholders.supervision.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import nl.permitholders.platform.period.Period;

/**
 * What one kind of {@link LedgerEntry} knows beyond the header every entry has. A new fact about a kind is a component
 * here; a new kind with facts of its own is a record here. The projection stores each component in a column of its own
 * ({@code projection/LedgerColumns}), a capacity plan's places per half-year in a table of their own.
 */
public sealed interface Details {

    /** The details of an entry that has none beyond its header. */
    Details NONE = new None();

    /** No details: opening balances, revocations, moves on, exchanges of the Rijk, allocations, deliveries of capacity. */
    record None() implements Details {
    }

    /**
     * A quota's status (provisional or final; null in entries projected before it was kept) and the date the Rijk
     * published it (null when not known).
     */
    record Quota(QuotaStatus status, LocalDate publishedOn) implements Details {
    }

    /**
     * A coupling, or its correction: COA's household type, SINGLE or FAMILY (null in entries projected before it was
     * kept, or a correction that did not say).
     */
    record Coupling(String householdType) implements Details {
    }

    /**
     * A placement of persons of coupling {@code couplingId} (null when placement-service did not name it), in a unit of
     * {@code unitType}; {@code temporary} when in temporary housing, as placement-service decided (null: not said);
     * {@code unitId} the registered unit they were housed in (null when none was named, or projected before it was kept).
     */
    record Placement(String couplingId, String unitType, Boolean temporary, String unitId) implements Details {

        public Placement(String couplingId, String unitType, Boolean temporary) {
            this(couplingId, unitType, temporary, null);
        }
    }

    /**
     * Family members of coupling {@code couplingId} who arrived to join the referent; {@code temporary} when they joined
     * the referent's placement {@code joinedPlacement} in temporary housing, and need follow-up housing until its
     * persons move on (null for others, and for family members projected before it was kept).
     */
    record Reunification(String couplingId, Boolean temporary, String joinedPlacement) implements Details {
    }

    /** A cancelled coupling: COA's reason (null in entries projected before it was kept), which R7 decides by. */
    record Cancellation(CancellationReason reason) implements Details {
    }

    /** R3, splits: the receiving municipality COA named for a split municipality's open coupling. */
    record Division(String receiver) implements Details {
    }

    /** A capacity project's plan: the places for permit holders it expects per half-year, in half-year order. */
    record CapacityPlan(List<PlannedPlaces> plannedPlaces) implements Details {

        public CapacityPlan {
            // In half-year order, however the event or the database listed them: the same plan is the same entry.
            plannedPlaces = plannedPlaces == null || plannedPlaces.isEmpty() ? List.of()
                    : plannedPlaces.stream().sorted(Comparator.comparing(PlannedPlaces::period)).toList();
        }
    }

    /** Places for permit holders a capacity plan expects to be delivered in a half-year. */
    record PlannedPlaces(Period period, int places) {
    }

    /**
     * Province staff's decision rather than an event (COA's position adopted, an exchange agreement registered): why
     * ({@code reason}) and who ({@code author}); the entry's {@code occurredAt} says when. For an adoption,
     * {@code publishedOn} is the reference date of COA's figure, from which on it was known, and {@code revisedAt} when
     * an import of COA's after the adoption gave that figure otherwise (null when none did), {@code adopter} whether the
     * province or the Rijk adopted it, {@code decidedOn} the day it was decided (null: the day of {@code occurredAt}, when
     * it was recorded); all null for an agreement.
     */
    record Decision(String reason, String author, LocalDate publishedOn, OffsetDateTime revisedAt, Adopter adopter, LocalDate decidedOn)
            implements Details {

        public Decision(String reason, String author, LocalDate publishedOn) {
            this(reason, author, publishedOn, null, null, null);
        }

        public Decision(String reason, String author, LocalDate publishedOn, OffsetDateTime revisedAt, Adopter adopter) {
            this(reason, author, publishedOn, revisedAt, adopter, null);
        }

        /** Who adopted: the province unless the Rijk did. */
        public Adopter adoptedBy() {
            return adopter == null ? Adopter.PROVINCE : adopter;
        }
    }
}
