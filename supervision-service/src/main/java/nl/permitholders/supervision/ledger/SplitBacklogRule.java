package nl.permitholders.supervision.ledger;

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

    /**
     * @param split  the split municipality's ledger
     * @param shares every receiver's share, in the order the split lists them
     * @return what {@code receiver} takes over in {@code effective}: its part of the backlog, no facts
     */
    public static MergerTakeOver partFor(String receiver, Period effective, BacklogLedger split, Map<String, Long> shares) {
        int part = SplitShareRule.divide(split.carriedInto(effective), shares).getOrDefault(receiver, 0);
        return new MergerTakeOver(effective.firstDay(), part, true, List.of(), List.of());
    }
}
