package nl.permitholders.supervision.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
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
        return anchored(adoptionId, eventType, municipality, deadline, position, publishedOn, reason, author, adoptedAt, revisedAt, adopter,
                null);
    }

    /**
     * As above, decided on {@code decidedOn} (null: the day it was recorded, {@code adoptedAt}): an adoption recorded
     * later for a past deadline counts as of the day it was decided.
     */
    public static LedgerEntry anchored(UUID adoptionId, String eventType, String municipality, LocalDate deadline, int position,
                                       LocalDate publishedOn, String reason, String author, OffsetDateTime adoptedAt,
                                       OffsetDateTime revisedAt, Adopter adopter, LocalDate decidedOn) {
        return new LedgerEntry(adoptionId, eventType, municipality, EntryKind.ANCHORED, Period.containing(deadline), deadline,
                position, null, adoptionId.toString(), adoptedAt,
                new Details.Decision(reason, author, publishedOn, revisedAt, adopter, decidedOn));
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
