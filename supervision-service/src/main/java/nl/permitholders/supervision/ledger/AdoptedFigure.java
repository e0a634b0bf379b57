package nl.permitholders.supervision.ledger;

/**
 * Which of COA's figures province staff adopted at a deadline as the backlog carried into the half-year that starts
 * there ({@link ReAnchoring}).
 */
public enum AdoptedFigure {
    /** COA's first figure: the position at the end of the half-year before (Stand on its reference date). */
    END_POSITION(LedgerEntry.ANCHORED_TYPE),
    /**
     * COA's revision: the amount COA later carried into the half-year (Gecorrigeerde taakstelling − Taakstelling of a
     * line of that half-year), where it differs from the end position it published.
     */
    CARRIED_IN(LedgerEntry.CARRIED_IN_TYPE);

    private final String eventType;

    AdoptedFigure(String eventType) {
        this.eventType = eventType;
    }

    /** What the adoption shows as its type in the ledger, where an event would show the event's. */
    public String eventType() {
        return eventType;
    }

    /** Whether this is COA's revision of a figure it published first. */
    public boolean revision() {
        return this == CARRIED_IN;
    }
}
