package nl.permitholders.placement.coupling;

/** Why COA cancelled a coupling. */
public enum CancellationReason {
    /** COA withdrew the coupling. */
    WITHDRAWN,
    /** COA coupled the household to another municipality (a new coupling there, with its own reference). */
    RECOUPLED
}
