package nl.permitholders.supervision.ledger;

import java.util.Set;

/** What a ledger entry records. */
public enum EntryKind {
    /** The backlog carried into a half-year when the municipality joined the system; highest version counts. */
    OPENING_BALANCE,
    /** A version of the quota for a half-year; highest version counts. */
    QUOTA,
    /** Persons COA coupled to the municipality on a date. */
    COUPLED,
    /** A coupling's persons or coupling date corrected; the latest correction of a coupling stands. */
    COUPLING_CORRECTED,
    /** Persons housed on a date (R5). */
    HOUSED,
    /** A placement registered in error; the placement it names stops counting (R5). */
    REVOKED,
    /** The persons of a placement in temporary housing moved on to follow-up housing; they stay housed (R5). */
    MOVED_ON,
    /** Family members who joined a housed referent; they count on their arrival date (R5). */
    REUNIFIED,
    /**
     * COA cancelled a coupling, with its reason; its persons not yet housed are no longer the municipality's to house,
     * unless it was re-coupled elsewhere after its 12 weeks ran out ({@link CancellationRule}).
     */
    CANCELLED,
    /** A corporation allocated a unit to permit holders (VERA STH); the corporations' view, not counted as housed. */
    ALLOCATED,
    /**
     * Persons of quota taken over (positive) or handed over (negative) in an exchange for a half-year (R2): one the Rijk
     * recorded, or an agreement of the municipalities that was registered.
     */
    EXCHANGE,
    /**
     * Persons of backlog taken over (positive) or handed over (negative) in an exchange agreement registered for a
     * half-year (R2): they count in the backlog carried into it.
     */
    BACKLOG_TRANSFERRED,
    /** A capacity project's plan: places for permit holders expected per half-year; a later plan of the project replaces it. */
    CAPACITY_PLANNED,
    /** Places for permit holders a capacity project delivered on a date. */
    CAPACITY_DELIVERED,
    /**
     * Province staff adopted COA's position at a deadline as the municipality's backlog from then on ({@link ReAnchoring}),
     * with their reason.
     */
    ANCHORED,
    /**
     * R3, splits: COA named the receiving municipality of an open coupling of a split municipality ({@code reference} the
     * coupling, {@link Details.Division} the receiver, {@code effectiveDate} the day it was named, from which it holds);
     * on a date the latest naming by then stands ({@link SplitCouplingsRule}).
     */
    DIVIDED,
    /**
     * Housing-stock registered or corrected a unit ({@code reference}) in the ledger's municipality: where it lies from
     * then on, the latest event standing. Moves no figure by itself; after a split, a split municipality's persons in
     * temporary housing count where their unit lies ({@link SplitHousingRule}).
     */
    UNIT_LOCATED;

    /**
     * The kinds that decide a position on a date (persons waiting, in temporary housing, places planned, and the receiver
     * that answers for a divided coupling), not a half-year's figures: a municipality that continues another takes
     * them along, and a split municipality's are divided over its receivers (R3).
     */
    public static final Set<EntryKind> POSITIONS = Set.of(COUPLED, COUPLING_CORRECTED, CANCELLED, HOUSED, REVOKED, REUNIFIED,
            MOVED_ON, CAPACITY_PLANNED, CAPACITY_DELIVERED, DIVIDED);
}
