package nl.permitholders.supervision.verdict;

import java.time.LocalDate;
import java.util.Set;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.EntryKind;
import nl.permitholders.supervision.ledger.LedgerEntry;

/**
 * Which new facts can move the verdict of a half-year whose deadline has passed (R6, R7), so that the consumer judges
 * closed half-years again only after those. Nearly every fact arrives in the half-year still running, and judging
 * reads the municipality's whole ledger.
 * <ul>
 * <li>Corporations' allocations, capacity plans and deliveries, where units lie, and moves on to follow-up housing are not part of the
 * figures a verdict rests on: never.</li>
 * <li>Persons housed, family members arrived, couplings and cancellations count from their own date on, and quotas and
 * exchanges in their own half-year: only when that lies before the half-year still running (a late registration, an
 * adjustment after the fact).</li>
 * <li>Opening balances (they decide where the chain of half-years starts), corrections of couplings and revocations of
 * placements (they change facts of any date): always.</li>
 * </ul>
 * A verdict is judged for the first time when its deadline passes ({@link DeadlineWatch}), with every fact of the
 * half-year in the ledger by then.
 */
public final class VerdictRelevance {

    private static final Set<EntryKind> NEVER = Set.of(EntryKind.ALLOCATED, EntryKind.CAPACITY_PLANNED, EntryKind.CAPACITY_DELIVERED,
            EntryKind.MOVED_ON, EntryKind.UNIT_LOCATED);
    private static final Set<EntryKind> FROM_THEIR_OWN_DATE = Set.of(EntryKind.HOUSED, EntryKind.REUNIFIED, EntryKind.COUPLED,
            EntryKind.CANCELLED, EntryKind.QUOTA, EntryKind.EXCHANGE);

    private VerdictRelevance() {
    }

    /** Whether {@code fact}, new on {@code today}, can change the verdict of a half-year whose deadline has passed. */
    public static boolean canMoveClosedVerdicts(LedgerEntry fact, LocalDate today) {
        if (NEVER.contains(fact.kind())) {
            return false;
        }
        if (FROM_THEIR_OWN_DATE.contains(fact.kind())) {
            Period countsIn = fact.countsIn();
            return countsIn == null || countsIn.isBefore(Period.containing(today));
        }
        return true;
    }
}
