package nl.permitholders.display;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A municipality's backlog (still to house) per 1,000 inhabitants, the measure that lets a large and a small
 * municipality be compared on the map, and its class on the map's colour scale. The figure is rounded to one decimal
 * and classed as rounded, so that the figure shown and its class always agree; a municipality with no backlog (on or
 * ahead of its quota) is in the lowest class whatever its size. Without a known population (none published for the
 * reference date, or 0 inhabitants) there is no figure: it is never taken as 0.
 *
 * @param perThousand the backlog per 1,000 inhabitants, one decimal; null when the population is not known
 */
public record BacklogPerThousand(BigDecimal perThousand, Band band) {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    /** The classes of the colour scale, lowest first; {@link #UNKNOWN} is drawn apart from the scale. */
    public enum Band {
        /** No backlog: on or ahead of the quota. */
        NONE,
        /** More than 0, less than 0.5 per 1,000. */
        BELOW_HALF,
        /** 0.5 up to (not including) 1 per 1,000. */
        HALF_TO_ONE,
        /** 1 up to (not including) 2 per 1,000. */
        ONE_TO_TWO,
        /** 2 or more per 1,000. */
        TWO_OR_MORE,
        /** No population known. */
        UNKNOWN
    }

    /**
     * @param backlog    the persons still to house in the half-year (negative when ahead)
     * @param population the inhabitants on the reference date; null when none is known
     */
    public static BacklogPerThousand of(int backlog, Integer population) {
        if (population == null || population <= 0) {
            return new BacklogPerThousand(null, Band.UNKNOWN);
        }
        BigDecimal perThousand = BigDecimal.valueOf(backlog).multiply(THOUSAND)
                .divide(BigDecimal.valueOf(population), 1, RoundingMode.HALF_UP);
        return new BacklogPerThousand(perThousand, band(backlog, perThousand));
    }

    private static Band band(int backlog, BigDecimal perThousand) {
        if (backlog <= 0) {
            return Band.NONE;
        }
        if (perThousand.compareTo(new BigDecimal("0.5")) < 0) {
            return Band.BELOW_HALF;
        }
        if (perThousand.compareTo(BigDecimal.ONE) < 0) {
            return Band.HALF_TO_ONE;
        }
        return perThousand.compareTo(BigDecimal.valueOf(2)) < 0 ? Band.ONE_TO_TWO : Band.TWO_OR_MORE;
    }

    public boolean known() {
        return band != Band.UNKNOWN;
    }
}
