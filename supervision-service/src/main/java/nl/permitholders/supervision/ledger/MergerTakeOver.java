package nl.permitholders.supervision.ledger;

import java.util.Collection;
import nl.permitholders.platform.period.Period;

/**
 * R3: a municipality formed by a merger starts its chain at the merger's half-year, carrying in the backlog its merged
 * municipalities had at the end of the half-year before, added up (a lead of one makes up another's backlog: they are
 * one municipality from then on). From the merger on, the merged municipalities have no figures of their own.
 *
 * @param period  the merger's half-year, the first of the new municipality's chain
 * @param backlog the backlog carried into it
 */
public record MergerTakeOver(Period period, int backlog) {

    /** What the new municipality takes over in {@code effective} from the ledgers of the municipalities merged into it. */
    public static MergerTakeOver of(Period effective, Collection<BacklogLedger> merged) {
        Period before = effective.previous();
        return new MergerTakeOver(effective, merged.stream().mapToInt(ledger -> ledger.figures(before, null).backlog()).sum());
    }
}
