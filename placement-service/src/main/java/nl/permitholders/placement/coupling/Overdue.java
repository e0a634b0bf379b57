package nl.permitholders.placement.coupling;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The coupling clock (R8): from the coupling date the municipality has 12 weeks (10 to find housing, 2 to move).
 * A coupling with persons still unhoused 12 weeks after its coupling date is overdue, from that day on.
 */
public final class Overdue {

    public static final int WEEKS_TO_HOUSE = 12;

    private Overdue() {
    }

    /** The first day on which the coupling is overdue if not yet housed. */
    public static LocalDate since(LocalDate couplingDate) {
        return couplingDate.plusWeeks(WEEKS_TO_HOUSE);
    }

    public static boolean isOverdue(LocalDate couplingDate, LocalDate today) {
        return !today.isBefore(since(couplingDate));
    }

    /** Unhoused couplings with a coupling date on or before this day are overdue today. */
    public static LocalDate latestOverdueCouplingDate(LocalDate today) {
        return today.minusWeeks(WEEKS_TO_HOUSE);
    }

    /** Whole weeks since the coupling date: the municipality's clock. */
    public static long weeksSinceCoupling(LocalDate couplingDate, LocalDate today) {
        return Math.max(0, ChronoUnit.WEEKS.between(couplingDate, today));
    }

    /** Whole weeks the coupling is overdue today; 0 on the first overdue day. */
    public static long weeksOverdue(LocalDate couplingDate, LocalDate today) {
        return Math.max(0, ChronoUnit.WEEKS.between(since(couplingDate), today));
    }
}
