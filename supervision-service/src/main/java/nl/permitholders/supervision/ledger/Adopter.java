package nl.permitholders.supervision.ledger;

/**
 * Who adopted COA's figure (docs/domain.md, re-anchoring). The province supervises: its adoption counts for its
 * figures, verdicts and ladder; the Rijk's counts for the national series. Neither replaces the other: at a deadline
 * where only one of them adopted, that one counts for both.
 */
public enum Adopter {
    /** Province staff, for the municipality they supervise. */
    PROVINCE,
    /** The Rijk, for one municipality or for the country at once. */
    RIJK
}
