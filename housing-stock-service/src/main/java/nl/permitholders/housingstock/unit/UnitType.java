package nl.permitholders.housingstock.unit;

/** What kind of home a unit is (docs/domain.md, unit types); decides what its capacity counts. */
public enum UnitType {
    /** Corporation social rent. */
    REGULAR,
    /** Flex or temporary home. */
    FLEX,
    /** A dwelling shared by several singles; capacity counts rooms, each allocated separately. */
    SHARED,
    /** A room rented from a private landlord. */
    ROOM,
    /** A home for 7 or more persons. */
    LARGE_FAMILY,
    /** Intermediate facility (tussenvoorziening): supervision still counts its residents as needing follow-up housing. */
    INTERMEDIATE;

    /**
     * A shared dwelling (a room per single) and an intermediate facility (a place per person) house several
     * households at once; every other unit is let to one household as a whole.
     */
    public boolean housesSeveralHouseholds() {
        return this == SHARED || this == INTERMEDIATE;
    }

    /** Flex homes and intermediate facilities are temporary and may say until when. */
    public boolean isTemporary() {
        return this == FLEX || this == INTERMEDIATE;
    }
}
