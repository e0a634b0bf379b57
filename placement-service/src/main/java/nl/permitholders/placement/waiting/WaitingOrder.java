package nl.permitholders.placement.waiting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;

/**
 * Who has waited longest comes first: the earliest permit date, then the earliest coupling date; the COA reference
 * only makes the order the same every time. Waiting time counts from the permit date.
 */
public final class WaitingOrder {

    private WaitingOrder() {
    }

    public interface Waiting {
        LocalDate permitDate();

        LocalDate couplingDate();

        String coaReference();
    }

    public static <T extends Waiting> Comparator<T> longestFirst() {
        return Comparator.<T, LocalDate>comparing(Waiting::permitDate)
                .thenComparing(Waiting::couplingDate)
                .thenComparing(Waiting::coaReference);
    }

    /** Whole weeks waited since the permit, on {@code today}. */
    public static long weeksWaiting(LocalDate permitDate, LocalDate today) {
        return Math.max(0, ChronoUnit.WEEKS.between(permitDate, today));
    }
}
