package nl.permitholders.placement.coupling;

/** A need the household's housing must meet. A flag only (R9): no medical or other personal details. */
public enum SpecialNeed {
    WHEELCHAIR_ACCESSIBLE
}
