package nl.permitholders.supervision.ledger;

import java.time.LocalDate;
import java.util.UUID;
import nl.permitholders.platform.period.Period;

/**
 * One fact that moves a municipality's figures, from one event. Quotas and opening balances belong to a
 * {@code period} and carry a {@code version}; couplings and placements have an {@code effectiveDate}.
 */
public record LedgerEntry(UUID eventId, String eventType, String municipalityCode, EntryKind kind, Period period,
                          LocalDate effectiveDate, int persons, Integer version, String reference) {

    public static LedgerEntry quota(UUID eventId, String eventType, String municipality, Period period, int persons, int version) {
        return new LedgerEntry(eventId, eventType, municipality, EntryKind.QUOTA, period, null, persons, version, null);
    }

    public static LedgerEntry openingBalance(UUID eventId, String eventType, String municipality, Period period, int backlog, int version) {
        return new LedgerEntry(eventId, eventType, municipality, EntryKind.OPENING_BALANCE, period, null, backlog, version, null);
    }

    public static LedgerEntry housed(UUID eventId, String eventType, String municipality, LocalDate housedOn, int persons, String placementId) {
        return new LedgerEntry(eventId, eventType, municipality, EntryKind.HOUSED, null, housedOn, persons, null, placementId);
    }

    public static LedgerEntry coupled(UUID eventId, String eventType, String municipality, LocalDate couplingDate, int persons, String couplingId) {
        return new LedgerEntry(eventId, eventType, municipality, EntryKind.COUPLED, null, couplingDate, persons, null, couplingId);
    }

    public static LedgerEntry revoked(UUID eventId, String eventType, String municipality, LocalDate revokedOn, int persons, String placementId) {
        return new LedgerEntry(eventId, eventType, municipality, EntryKind.REVOKED, null, revokedOn, persons, null, placementId);
    }

    public static LedgerEntry reunified(UUID eventId, String eventType, String municipality, LocalDate arrivedOn, int persons, String reunificationId) {
        return new LedgerEntry(eventId, eventType, municipality, EntryKind.REUNIFIED, null, arrivedOn, persons, null, reunificationId);
    }

    public static LedgerEntry exchange(UUID eventId, String eventType, String municipality, Period period, int delta, String exchangeId) {
        return new LedgerEntry(eventId, eventType, municipality, EntryKind.EXCHANGE, period, null, delta, null, exchangeId);
    }

    public static LedgerEntry cancelled(UUID eventId, String eventType, String municipality, LocalDate cancelledOn, int unhousedPersons, String couplingId) {
        return new LedgerEntry(eventId, eventType, municipality, EntryKind.CANCELLED, null, cancelledOn, unhousedPersons, null, couplingId);
    }

    public static LedgerEntry allocated(UUID eventId, String eventType, String municipality, LocalDate allocatedOn, int persons, String allocationId) {
        return new LedgerEntry(eventId, eventType, municipality, EntryKind.ALLOCATED, null, allocatedOn, persons, null, allocationId);
    }

    /** The half-year this entry counts in. */
    public Period countsIn() {
        return period != null ? period : Period.containing(effectiveDate);
    }
}
