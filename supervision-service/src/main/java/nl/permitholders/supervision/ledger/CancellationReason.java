package nl.permitholders.supervision.ledger;

/** Why COA cancelled a coupling, as placement-service's coupling-cancelled event states it. */
public enum CancellationReason {
    /** COA withdrew the coupling. */
    WITHDRAWN,
    /** COA coupled the household to another municipality instead. */
    RECOUPLED
}
