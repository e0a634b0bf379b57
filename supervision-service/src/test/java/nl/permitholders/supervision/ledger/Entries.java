package nl.permitholders.supervision.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.Details.PlannedPlaces;

/**
 * Ledger entries of each kind an event adds, as the rules' tests write them: the entry an event of that kind would
 * project (the projection builds them from the events themselves, in {@code projection/ConsumedEvents}), with no
 * event time unless given.
 */
public final class Entries {

    private Entries() {
    }

    private static LedgerEntry of(UUID eventId, String eventType, String municipality, EntryKind kind, Period period,
                                  LocalDate date, int persons, Integer version, String reference, Details details) {
        return new LedgerEntry(eventId, eventType, municipality, kind, period, date, persons, version, reference, null, details);
    }

    /** A final quota whose publication date is not known. */
    public static LedgerEntry quota(UUID eventId, String eventType, String municipality, Period period, int persons, int version) {
        return quota(eventId, eventType, municipality, period, persons, version, QuotaStatus.FINAL, null);
    }

    public static LedgerEntry quota(UUID eventId, String eventType, String municipality, Period period, int persons, int version,
                                    QuotaStatus status, LocalDate publishedOn) {
        return of(eventId, eventType, municipality, EntryKind.QUOTA, period, null, persons, version, null,
                new Details.Quota(status, publishedOn));
    }

    public static LedgerEntry openingBalance(UUID eventId, String eventType, String municipality, Period period, int backlog, int version) {
        return of(eventId, eventType, municipality, EntryKind.OPENING_BALANCE, period, null, backlog, version, null, Details.NONE);
    }

    public static LedgerEntry housed(UUID eventId, String eventType, String municipality, LocalDate housedOn, int persons, String placementId) {
        return housed(eventId, eventType, municipality, housedOn, persons, placementId, null, null, null);
    }

    /** A placement of persons of {@code couplingId}; {@code temporary} when they are in temporary housing, as placement-service decided. */
    public static LedgerEntry housed(UUID eventId, String eventType, String municipality, LocalDate housedOn, int persons,
                                     String placementId, String couplingId, String unitType, Boolean temporary) {
        return housed(eventId, eventType, municipality, housedOn, persons, placementId, couplingId, unitType, temporary, null);
    }

    /** As above, in the registered unit {@code unitId} (null when none was named). */
    public static LedgerEntry housed(UUID eventId, String eventType, String municipality, LocalDate housedOn, int persons,
                                     String placementId, String couplingId, String unitType, Boolean temporary, String unitId) {
        return of(eventId, eventType, municipality, EntryKind.HOUSED, null, housedOn, persons, null, placementId,
                new Details.Placement(couplingId, unitType, temporary, unitId));
    }

    /**
     * Housing-stock registered or corrected unit {@code unitId} in {@code municipality}, where it lies from then on
     * (R3, splits: a split municipality's unit goes to the receiver it lies in).
     */
    public static LedgerEntry unitLocated(UUID eventId, String eventType, String municipality, String unitId) {
        return of(eventId, eventType, municipality, EntryKind.UNIT_LOCATED, null, null, 0, null, unitId, Details.NONE);
    }

    /** R3, splits: COA named {@code receiver} for coupling {@code couplingId} of the split municipality {@code splitCode}. */
    public static LedgerEntry divided(UUID eventId, String eventType, String splitCode, String couplingId, String receiver) {
        return divided(eventId, eventType, splitCode, couplingId, receiver, null);
    }

    /**
     * As above, on {@code dividedOn}, from which day the coupling is the receiver's (null when the event did not say:
     * {@link SplitCouplingsRule#dividedOn}).
     */
    public static LedgerEntry divided(UUID eventId, String eventType, String splitCode, String couplingId, String receiver,
                                      LocalDate dividedOn) {
        return of(eventId, eventType, splitCode, EntryKind.DIVIDED, null, dividedOn, 0, null, couplingId, new Details.Division(receiver));
    }

    public static LedgerEntry coupled(UUID eventId, String eventType, String municipality, LocalDate couplingDate, int persons,
                                      String couplingId, String householdType) {
        return of(eventId, eventType, municipality, EntryKind.COUPLED, null, couplingDate, persons, null, couplingId,
                new Details.Coupling(householdType));
    }

    /** The coupling as it now stands after a correction: its persons and coupling date replace the registered ones. */
    public static LedgerEntry couplingCorrected(UUID eventId, String eventType, String municipality, LocalDate couplingDate,
                                                int persons, String couplingId, String householdType, OffsetDateTime occurredAt) {
        return of(eventId, eventType, municipality, EntryKind.COUPLING_CORRECTED, null, couplingDate, persons, null, couplingId,
                new Details.Coupling(householdType)).at(occurredAt);
    }

    public static LedgerEntry revoked(UUID eventId, String eventType, String municipality, LocalDate revokedOn, int persons, String placementId) {
        return of(eventId, eventType, municipality, EntryKind.REVOKED, null, revokedOn, persons, null, placementId, Details.NONE);
    }

    /** The persons of placement {@code placementId} moved on from temporary housing to follow-up housing. */
    public static LedgerEntry movedOn(UUID eventId, String eventType, String municipality, LocalDate movedOn, int persons, String placementId) {
        return of(eventId, eventType, municipality, EntryKind.MOVED_ON, null, movedOn, persons, null, placementId, Details.NONE);
    }

    public static LedgerEntry reunified(UUID eventId, String eventType, String municipality, LocalDate arrivedOn, int persons, String reunificationId) {
        return of(eventId, eventType, municipality, EntryKind.REUNIFIED, null, arrivedOn, persons, null, reunificationId,
                new Details.Reunification(null, null, null));
    }

    /**
     * Family members of {@code couplingId} who arrived to join the referent; {@code temporary} when they joined the
     * referent's placement {@code joinedPlacement} in temporary housing, and need follow-up housing until its persons move on.
     */
    public static LedgerEntry reunified(UUID eventId, String eventType, String municipality, LocalDate arrivedOn, int persons,
                                        String reunificationId, String couplingId, boolean temporary, String joinedPlacement) {
        return of(eventId, eventType, municipality, EntryKind.REUNIFIED, null, arrivedOn, persons, null, reunificationId,
                new Details.Reunification(couplingId, temporary, temporary ? joinedPlacement : null));
    }

    public static LedgerEntry exchange(UUID eventId, String eventType, String municipality, Period period, int delta, String exchangeId) {
        return of(eventId, eventType, municipality, EntryKind.EXCHANGE, period, null, delta, null, exchangeId, Details.NONE);
    }

    public static LedgerEntry cancelled(UUID eventId, String eventType, String municipality, LocalDate cancelledOn, int unhousedPersons,
                                        String couplingId, CancellationReason reason) {
        return of(eventId, eventType, municipality, EntryKind.CANCELLED, null, cancelledOn, unhousedPersons, null, couplingId,
                new Details.Cancellation(reason));
    }

    public static LedgerEntry allocated(UUID eventId, String eventType, String municipality, LocalDate allocatedOn, int persons, String allocationId) {
        return of(eventId, eventType, municipality, EntryKind.ALLOCATED, null, allocatedOn, persons, null, allocationId, Details.NONE);
    }

    /** A (re-)plan of capacity project {@code projectId}: {@code places} for permit holders in all, expected per half-year. */
    public static LedgerEntry capacityPlanned(UUID eventId, String eventType, String municipality, String projectId, int places,
                                              List<PlannedPlaces> expected, OffsetDateTime occurredAt) {
        return new LedgerEntry(eventId, eventType, municipality, EntryKind.CAPACITY_PLANNED, null, null, places, null, projectId,
                occurredAt, new Details.CapacityPlan(expected));
    }

    public static LedgerEntry capacityDelivered(UUID eventId, String eventType, String municipality, LocalDate deliveredOn,
                                                int places, String projectId) {
        return of(eventId, eventType, municipality, EntryKind.CAPACITY_DELIVERED, null, deliveredOn, places, null, projectId,
                Details.NONE);
    }

}
