package nl.permitholders.supervision.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.permitholders.platform.merger.SplitShareRule;
import nl.permitholders.platform.period.Period;

/**
 * R3, splits (CBS's <i>opsplitsing</i>: Haaren over Boxtel, Oisterwijk, Tilburg and Vught on 1 January 2021): the
 * backlog the split municipality carries into the half-year of its split (COA's figure adopted there, else its end
 * position of the half-year before) is divided over its receivers by their shares, in whole persons with the total kept
 * ({@link SplitShareRule}); each receiver carries its part into that half-year beside its own backlog, as a lead when
 * the split one was ahead. Its quota there is divided by quota-service, whose figure each receiver's quota already is.
 */
public final class SplitBacklogRule {

    private SplitBacklogRule() {
    }

    /** As {@link #partFor(String, LocalDate, BacklogLedger, Map)} for a split on the first day of {@code effective}. */
    public static MergerTakeOver partFor(String receiver, Period effective, BacklogLedger split, Map<String, Long> shares) {
        return partFor(receiver, effective.firstDay(), split, shares);
    }

    /**
     * @param date   the split's date, in the half-year whose backlog carried in is divided
     * @param split  the split municipality's ledger
     * @param shares every receiver's share, in the order the split lists them
     * @return what {@code receiver} takes over on {@code date}: its part of the backlog carried into the split's
     *         half-year, and the positions of the couplings COA divided to it ({@link SplitCouplingsRule#takenBy})
     */
    public static MergerTakeOver partFor(String receiver, LocalDate date, BacklogLedger split, Map<String, Long> shares) {
        int part = SplitShareRule.divide(split.carriedInto(Period.containing(date)), shares).getOrDefault(receiver, 0);
        return new MergerTakeOver(date, part, true, SplitCouplingsRule.takenBy(receiver, split.positionEntries()), List.of());
    }
}
