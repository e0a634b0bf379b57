package nl.permitholders.placement.coupling;

/** Where a coupling stands. A coupling is HOUSED once all its persons are placed. */
public enum CouplingStatus {
    COUPLED,
    HOUSED
}
