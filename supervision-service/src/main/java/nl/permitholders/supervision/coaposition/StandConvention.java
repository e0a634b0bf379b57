package nl.permitholders.supervision.coaposition;

/**
 * How a file writes the position (Stand). COA writes a backlog as a negative number and a lead as a positive one
 * (its tracking system, the province's letters, the Rijk's national table); the system counts a backlog positive.
 */
public enum StandConvention {
    /** COA's own: a backlog negative ({@code -117} for 117 behind), a lead positive. The default. */
    COA,
    /** A backlog positive, a lead negative: only for a file explicitly imported so. */
    BACKLOG_POSITIVE;

    /** The position written as {@code stand}, as the system counts a backlog (positive behind). */
    public int backlog(int stand) {
        return this == COA ? -stand : stand;
    }

    /** How this convention writes a backlog of {@code backlog}. */
    public int stand(int backlog) {
        return backlog(backlog);
    }
}
