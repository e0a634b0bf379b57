package nl.permitholders.placement.coupling;

/** Where a coupling stands; {@link CouplingLifecycle} says how it moves. */
public enum CouplingStatus {
    /** Waiting for housing (possibly housed in part). */
    COUPLED,
    /** A unit is offered and the answer is awaited. */
    OFFERED,
    /** All its persons are placed. */
    HOUSED,
    /** COA withdrew it or re-coupled the household to another municipality. */
    CANCELLED
}
