package nl.permitholders.quota.quota;

/** Where a quota version comes from. */
public enum QuotaBasis {
    /** Computed from the national total by population (R1). */
    DISTRIBUTED,
    /** Taken as published by the Rijk for this municipality. */
    IMPORTED,
    /** A later change of a half-year that already had a quota; the earlier versions stay. */
    ADJUSTED,
    /** The sum of the quotas of the municipalities merged into this one (R3). */
    MERGED,
    /** Its own quota plus its part of a municipality split over others, by its share (R3). */
    SPLIT
}
