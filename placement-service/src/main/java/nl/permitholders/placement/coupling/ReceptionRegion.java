package nl.permitholders.placement.coupling;

/** COA's five regions, in which the asylum centre (AZC) the household lives in lies. */
public enum ReceptionRegion {
    /** Noord-Nederland */
    NORTH,
    /** Oost-Nederland */
    EAST,
    /** Midden-Nederland */
    CENTRAL,
    /** West-Nederland */
    WEST,
    /** Zuid-Nederland */
    SOUTH
}
