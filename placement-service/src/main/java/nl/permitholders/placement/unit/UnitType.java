package nl.permitholders.placement.unit;

/** What kind of home a unit is (docs/domain.md, unit types), as housing-stock-service publishes it. */
public enum UnitType {
    REGULAR,
    FLEX,
    /** A dwelling shared by singles; its capacity counts rooms, one single per room. */
    SHARED,
    /** A room from a private landlord, for singles. */
    ROOM,
    /** A home for households of 7 or more. */
    LARGE_FAMILY,
    /** An intermediate facility (tussenvoorziening): temporary housing, its residents need follow-up housing. */
    INTERMEDIATE;

    public static final int LARGE_FAMILY_MIN_PERSONS = 7;

    /** Only singles live here. */
    public boolean isForSingles() {
        return this == SHARED || this == ROOM;
    }
}
