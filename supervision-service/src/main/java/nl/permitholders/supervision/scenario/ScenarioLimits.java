package nl.permitholders.supervision.scenario;

/** What a scenario may ask and what it assumes unless told otherwise. */
public final class ScenarioLimits {

    /** Half-years in one scenario, at most. */
    public static final int HALF_YEARS = 6;
    /** How far ahead a scenario's half-years may lie: the current one and this many after it (three years). */
    public static final int HALF_YEARS_AHEAD = 5;
    /** A national total, at most: some fifty times the largest the Rijk ever set. */
    public static final int NATIONAL_TOTAL = 1_000_000;
    /** Scenarios compared side by side, at most. */
    public static final int COMPARED = 3;
    /** The trailing months whose pace continues, unless asked otherwise (as the forecasts'). */
    public static final int PACE_MONTHS = 6;
    /** The months of couplings whose households make a municipality's mix, unless asked otherwise. */
    public static final int MIX_MONTHS = 6;
    /** The fewest households a municipality's own mix is taken from, unless asked otherwise. */
    public static final int MINIMUM_HOUSEHOLDS = 10;

    private ScenarioLimits() {
    }
}
