package nl.permitholders.supervision.ledger;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.permitholders.platform.period.Period;

/**
 * Re-anchoring (docs/domain.md): province staff may adopt COA's position at a deadline as the municipality's position
 * from then on. From that deadline the backlog carried into the half-year that starts there is COA's position, whatever
 * the system's own facts before it add up to; later facts (quotas, exchanges, persons housed) count from there.
 * Half-years before the deadline keep their figures.
 * <p>
 * The chain of a half-year counts from the latest anchor at or before it: the opening balance (or the backlog taken
 * over in a merger) is the first anchor; an adoption at the same half-year takes its place; of two adoptions at one
 * deadline the later decision stands.
 */
final class ReAnchoring {

    /** The backlog carried into {@code period}, from which the half-years after it count. */
    record Anchor(Period period, int backlog) {
    }

    private static final Comparator<LedgerEntry> LATER_DECISION = Comparator.comparing(LedgerEntry::occurredAt,
            Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(LedgerEntry::eventId);

    private ReAnchoring() {
    }

    /**
     * The anchor the figures of {@code period} count from: the latest adoption ({@link EntryKind#ANCHORED}) at or
     * before {@code period} unless {@code start} (where the chain begins, with what it carries in) lies later; none
     * when {@code period} lies before both.
     */
    static Optional<Anchor> countsFrom(Period period, Optional<Anchor> start, List<LedgerEntry> adoptions) {
        Optional<Anchor> adopted = adoptions.stream()
                .filter(a -> a.period().compareTo(period) <= 0)
                .max(Comparator.comparing(LedgerEntry::period).thenComparing(LATER_DECISION))
                .map(a -> new Anchor(a.period(), a.persons()));
        Optional<Anchor> opening = start.filter(s -> s.period().compareTo(period) <= 0);
        if (adopted.isPresent() && opening.isPresent()) {
            return adopted.get().period().isBefore(opening.get().period()) ? opening : adopted;
        }
        return adopted.or(() -> opening);
    }
}
