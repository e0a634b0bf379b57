package nl.permitholders.supervision.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.permitholders.platform.merger.SplitShareRule;
import nl.permitholders.platform.period.Period;

/**
 * R3, splits (CBS's <i>opsplitsing</i>: Haaren over Boxtel, Oisterwijk, Tilburg and Vught on 1 January 2021): the
 * backlog the split municipality carries into the half-year of its split (COA's figure adopted there, else its end
 * position of the half-year before), less the persons it housed in that half-year before a split in its course (and
 * with its exchanges there), is divided over its receivers by their shares, in whole persons with the total kept
 * ({@link SplitShareRule}); each receiver carries its part into that half-year beside its own backlog, as a lead when
 * the split one was ahead: the half-year is wholly the receivers'. Its quota there is divided by quota-service, whose figure each receiver's quota already is.
 */
public final class SplitBacklogRule {

    private SplitBacklogRule() {
    }

    /**
     * What is divided: the backlog the split municipality carries into the split's half-year, with its exchanges there
     * and less the persons it housed there itself (before a split in the course of the half-year; those its receivers
     * housed on couplings divided to them count for them): its position at the half-year's end without its quota there,
     * which quota-service divides. The half-year is wholly its receivers', each by its share.
     */
    static int divided(BacklogLedger split, Period effective) {
        return split.carriedInto(effective) + split.backlogTransferred(effective) + split.exchanges(effective)
                - split.housed(effective, null);
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
     *         half-year, and the positions of the couplings COA had divided to it by then
     */
    public static MergerTakeOver partFor(String receiver, LocalDate date, BacklogLedger split, Map<String, Long> shares) {
        return partsFor(receiver, date, split, shares).get(0);
    }

    /**
     * {@link #partFor}, then what {@code receiver} takes over of the split municipality's couplings on each later day COA
     * named receivers ({@link SplitCouplingsRule#takeOvers}).
     */
    public static List<MergerTakeOver> partsFor(String receiver, LocalDate date, BacklogLedger split, Map<String, Long> shares) {
        return SplitCouplingsRule.takeOvers(receiver, date, split, new MergerTakeOver.SplitPart(receiver, shares));
    }
}
