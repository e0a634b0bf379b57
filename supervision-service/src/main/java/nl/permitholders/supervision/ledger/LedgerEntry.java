package nl.permitholders.supervision.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.permitholders.supervision.ledger.Details.PlannedPlaces;
import nl.permitholders.platform.period.Period;

/**
 * One fact that moves a municipality's figures, from one event: a header every entry has, and the {@link Details} of
 * its kind. Quotas and opening balances belong to a {@code period} and carry a {@code version}; couplings and
 * placements have an {@code effectiveDate}; {@code reference} names what the fact is about (the coupling, placement,
 * project, exchange, …). {@code occurredAt} is the event's time: of two corrections of one coupling, or two plans of one
 * project, the later one stands. A re-anchoring ({@link EntryKind#ANCHORED}) and an exchange agreement's changes
 * ({@link #agreed}) are no events but decisions ({@link Details.Decision}); {@code occurredAt} says when they were made.
 */
public record LedgerEntry(UUID eventId, String eventType, String municipalityCode, EntryKind kind, Period period,
                          LocalDate effectiveDate, int persons, Integer version, String reference, OffsetDateTime occurredAt,
                          Details details) {

    public LedgerEntry {
        details = details == null ? Details.NONE : details;
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

    /**
     * Province staff's adoption of COA's {@code position} at {@code deadline} (a 1 January or 1 July): the backlog carried
     * into the half-year that starts there ({@link ReAnchoring}); {@code adoptionId} names the adoption. {@code eventType}
     * says which of COA's figures it is: the end position of the half-year before ({@link #ANCHORED_TYPE}) or the amount
     * COA later carried into the half-year ({@link #CARRIED_IN_TYPE}), its revision; {@code publishedOn} is the reference
     * date of COA's figure, from which on it was known.
     */
    public static LedgerEntry anchored(UUID adoptionId, String eventType, String municipality, LocalDate deadline, int position,
                                       LocalDate publishedOn, String reason, String author, OffsetDateTime adoptedAt) {
        return anchored(adoptionId, eventType, municipality, deadline, position, publishedOn, reason, author, adoptedAt, null,
                Adopter.PROVINCE);
    }

    /**
     * As above, adopted by {@code adopter}, for an adoption whose figure an import of COA's after it gave otherwise at
     * {@code revisedAt} (null when none did).
     */
    public static LedgerEntry anchored(UUID adoptionId, String eventType, String municipality, LocalDate deadline, int position,
                                       LocalDate publishedOn, String reason, String author, OffsetDateTime adoptedAt,
                                       OffsetDateTime revisedAt, Adopter adopter) {
        return new LedgerEntry(adoptionId, eventType, municipality, EntryKind.ANCHORED, Period.containing(deadline), deadline,
                position, null, adoptionId.toString(), adoptedAt, new Details.Decision(reason, author, publishedOn, revisedAt, adopter));
    }

    /** An adoption of COA's end position of the half-year that ended the day before {@code deadline}, published then. */
    public static LedgerEntry anchored(UUID adoptionId, String municipality, LocalDate deadline, int position, String reason,
                                       String author, OffsetDateTime adoptedAt) {
        return anchored(adoptionId, ANCHORED_TYPE, municipality, deadline, position, deadline, reason, author, adoptedAt);
    }

    /**
     * A change of exchange agreement {@code agreementId} for {@code period} (R2), registered by {@code author} at
     * {@code registeredAt}: {@link EntryKind#EXCHANGE} for quota, {@link EntryKind#BACKLOG_TRANSFERRED} for backlog;
     * {@code reason} is the agreement's.
     */
    public static LedgerEntry agreed(EntryKind kind, UUID agreementId, String municipality, Period period, int persons, String reason,
                                     String author, OffsetDateTime registeredAt) {
        if (kind != EntryKind.EXCHANGE && kind != EntryKind.BACKLOG_TRANSFERRED) {
            throw new IllegalArgumentException("an exchange agreement changes quota or backlog, not " + kind);
        }
        return new LedgerEntry(agreementId, AGREEMENT_TYPE, municipality, kind, period, null, persons, null, agreementId.toString(),
                registeredAt, new Details.Decision(reason, author, null));
    }

    /** What an exchange agreement's changes show as their type where an event would show the event's. */
    public static final String AGREEMENT_TYPE = "exchange-agreement-registered";

    /** What a re-anchoring on COA's end position shows as its type where an event would show the event's. */
    public static final String ANCHORED_TYPE = "coa-position-adopted";

    /** What a re-anchoring on the amount COA carried into the half-year (its revision) shows as its type. */
    public static final String CARRIED_IN_TYPE = "coa-carried-in-adopted";

    /** The same fact, stamped with the time of its event. */
    public LedgerEntry at(OffsetDateTime time) {
        return new LedgerEntry(eventId, eventType, municipalityCode, kind, period, effectiveDate, persons, version, reference, time,
                details);
    }

    /** The details of this entry if they are of {@code kind}'s type (a quota's, a placement's, …). */
    public <D extends Details> Optional<D> details(Class<D> kind) {
        return kind.isInstance(details) ? Optional.of(kind.cast(details)) : Optional.empty();
    }

    /** The half-year this entry counts in; a capacity plan spans several and counts in none. */
    public Period countsIn() {
        return period != null ? period : effectiveDate != null ? Period.containing(effectiveDate) : null;
    }

    /** Orders two versions of the same thing (a coupling's corrections, a project's plans): the later event stands. */
    static int byEventTime(LedgerEntry a, LedgerEntry b) {
        OffsetDateTime ta = a.occurredAt();
        OffsetDateTime tb = b.occurredAt();
        if (ta != null && tb != null && !ta.isEqual(tb)) {
            return ta.compareTo(tb);
        }
        if (ta == null != (tb == null)) {
            return ta == null ? -1 : 1;
        }
        return a.eventId().compareTo(b.eventId());
    }
}
