package nl.permitholders.supervision.ledger;

/**
 * How figures asked as of a date look at it. A province defends what it knew: as known then, a figure counts the facts
 * registered by that date (each fact's event says when the writing service recorded it) and the decisions taken by then
 * (adoptions of COA's figures by the day decided, verdicts and ladder decisions likewise); a placement registered later
 * with an earlier date does not count yet. Today's view of the same date counts every fact known today that happened by
 * then, with the decisions taken by then.
 */
public enum AsOfView {
    /** As known on the date: the facts registered by then, the decisions taken by then. */
    KNOWN_THEN,
    /** Today's view of the date: every fact known today that happened by then, the decisions taken by then. */
    KNOWN_TODAY
}
