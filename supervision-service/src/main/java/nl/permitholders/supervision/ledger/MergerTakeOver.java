package nl.permitholders.supervision.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.permitholders.platform.merger.SplitShareRule;
import nl.permitholders.platform.period.Period;

/**
 * R3: from the half-year that contains the merger on, the merged municipalities' facts are the continuing municipality's
 * (a new one, or an existing one that absorbs them): its figures of that half-year count their quotas, exchanges and
 * persons housed there, before the merger date too, and it carries in, besides its own backlog, the backlog each merged
 * municipality carried into it (COA's figure adopted at the merger half-year's start, its revision included, else its
 * end position of the half-year before). A lead of one makes up
 * another's backlog: they are one municipality from then on. Their couplings, placements and capacity plans of any date
 * are its own from the merger date on, so that it answers for the persons still waiting from the day placement-service
 * gives its staff their couplings and refuses new ones to the merged municipalities ({@code Succession}); before that
 * date its positions are its own. Their earlier half-years stay theirs. Their quotas count through its own: quota-service gives the continuing municipality the sum of its parts in
 * those half-years (basis MERGED), so theirs are not added again, and its quota is the figure quota-service shows.
 *
 * @param date      the merger date: the first day the merged municipalities no longer exist
 * @param backlog   the backlog the merged municipalities carry into it
 * @param absorbing whether the continuing municipality has figures of its own before the merger
 * @param positions the merged municipalities' couplings, placements, moves on and capacity plans of any date, for the
 *                  continuing municipality's positions on the dates from {@code date} on
 * @param merged    the merged municipalities' ledgers, so that the backlog they carry in can be seen without adoptions of
 *                  COA's figures or as known on a date ({@link #seenAs})
 * @param leaving   positions taken over before that stop being the continuing municipality's from {@code date} (a split
 *                  municipality's coupling COA divided to another receiver, {@link SplitCouplingsRule}); none for a merger
 * @param part      for a receiver's part of a split municipality's backlog ({@link SplitBacklogRule}): its share among the
 *                  receivers', so that the part follows the split municipality's ledger as {@link #seenAs} sees it (its
 *                  own arithmetic, as known on a date); null for a merger, whose merged municipalities carry in all
 */
public record MergerTakeOver(LocalDate date, int backlog, boolean absorbing, List<LedgerEntry> positions, List<BacklogLedger> merged,
                             List<LedgerEntry> leaving, SplitPart part) {

    /**
     * A receiver's share of a split municipality's backlog: {@code shares} every receiver's, in the split's order
     * ({@link SplitShareRule}, whole persons with the total kept).
     */
    public record SplitPart(String receiver, Map<String, Long> shares) {

        public SplitPart {
            shares = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(shares));
        }

        /** The receiver's part of what {@code split} carries into {@code effective}, divided ({@link SplitBacklogRule#divided}). */
        int of(BacklogLedger split, Period effective) {
            return SplitShareRule.divide(SplitBacklogRule.divided(split, effective), shares).getOrDefault(receiver, 0);
        }
    }

    /**
     * A municipality's own decisions on its own chain, which do not pass to the one it merges into, and its quotas,
     * which quota-service has already added to that one's.
     */
    private static final Set<EntryKind> NOT_CARRIED = Set.of(EntryKind.OPENING_BALANCE, EntryKind.ANCHORED, EntryKind.QUOTA);

    public MergerTakeOver {
        positions = List.copyOf(positions);
        merged = List.copyOf(merged);
        leaving = List.copyOf(leaving);
    }

    /** A take-over of a merger, whose positions, once taken, stay. */
    public MergerTakeOver(LocalDate date, int backlog, boolean absorbing, List<LedgerEntry> positions, List<BacklogLedger> merged) {
        this(date, backlog, absorbing, positions, merged, List.of(), null);
    }

    /**
     * R3, splits: a receiver's {@code part} of {@code split}'s backlog carried into the split's half-year, with the
     * positions of the split municipality's couplings COA divided to it by {@code date}.
     */
    static MergerTakeOver splitPart(LocalDate date, BacklogLedger split, SplitPart part, List<LedgerEntry> positions) {
        return new MergerTakeOver(date, part.of(split, Period.containing(date)), true, positions, List.of(split), List.of(), part);
    }

    /**
     * R3, splits: from {@code date} the positions of the couplings COA divided to a receiver that day ({@code positions}),
     * without those of the couplings it divided to another receiver that day ({@code leaving}); no backlog.
     */
    static MergerTakeOver divisionsOn(LocalDate date, List<LedgerEntry> positions, List<LedgerEntry> leaving) {
        return new MergerTakeOver(date, 0, true, positions, List.of(), leaving, null);
    }

    /** A take-over of a backlog alone, without facts to carry along, by a merger on the first day of {@code period}. */
    public MergerTakeOver(Period period, int backlog) {
        this(period.firstDay(), backlog, false, List.of(), List.of());
    }

    /** The half-year that contains the merger, wholly the continuing municipality's. */
    public Period period() {
        return Period.containing(date);
    }

    /**
     * The same take-over with the merged municipalities' ledgers seen as {@code view} shows them (without adoptions, or
     * as known on a date): the backlog they carry in follows, so that the continuing municipality's own arithmetic never
     * includes a figure of COA's one of them adopted.
     */
    MergerTakeOver seenAs(UnaryOperator<BacklogLedger> view) {
        if (merged.isEmpty()) {
            return this;
        }
        List<BacklogLedger> seen = merged.stream().map(view).toList();
        boolean unchanged = true;
        for (int i = 0; i < seen.size(); i++) {
            unchanged &= seen.get(i) == merged.get(i);
        }
        int seenBacklog = part == null ? carriedIn(seen, period()) : part.of(seen.get(0), period());
        return unchanged ? this : new MergerTakeOver(date, seenBacklog, absorbing, positions, seen, leaving, part);
    }

    /**
     * The same take-over with only the entries {@code keep} keeps: of its positions, and in the merged municipalities'
     * ledgers, whose backlog carried in follows ({@link BacklogLedger#filtered}).
     */
    MergerTakeOver filtered(java.util.function.Predicate<LedgerEntry> keep) {
        MergerTakeOver seen = seenAs(ledger -> ledger.filtered(keep));
        List<LedgerEntry> positionsKept = positions.stream().filter(keep).toList();
        List<LedgerEntry> leavingKept = leaving.stream().filter(keep).toList();
        if (positionsKept.size() == positions.size() && leavingKept.size() == leaving.size()) {
            return seen;
        }
        return new MergerTakeOver(date, seen.backlog(), absorbing, positionsKept, seen.merged(), leavingKept, part);
    }

    /**
     * What the merged municipalities carry into {@code effective}: each one's adopted figure there, else its end position,
     * with what it took over itself at that half-year's start (its part of a split in the same half-year, a merger into it
     * there): the half-year is wholly the continuing municipality's, so nothing taken over by a part is lost. Backlog
     * transferred in exchange agreements of that half-year is not among it: those entries pass to the continuing
     * municipality, which counts them itself.
     */
    private static int carriedIn(List<BacklogLedger> merged, Period effective) {
        return merged.stream().mapToInt(ledger -> ledger.figures(effective, null).carriedBacklog() - ledger.backlogTransferred(effective))
                .sum();
    }

    /**
     * The ledger of {@code code} with its {@code own} entries, which continues the municipalities merged into it: their
     * ledgers by their merger date (an existing municipality may absorb others more than once).
     */
    public static BacklogLedger continuing(String code, List<LedgerEntry> own, Map<LocalDate, List<BacklogLedger>> mergedFrom) {
        List<LedgerEntry> entries = new ArrayList<>(own);
        List<MergerTakeOver> takeOvers = new ArrayList<>();
        mergedFrom.forEach((date, merged) -> {
            Period effective = Period.containing(date);
            List<LedgerEntry> positions = new ArrayList<>();
            for (BacklogLedger ledger : merged) {
                for (LedgerEntry entry : ledger.entries()) {
                    Period countsIn = entry.countsIn();
                    if (!NOT_CARRIED.contains(entry.kind()) && countsIn != null && !countsIn.isBefore(effective)) {
                        entries.add(entry);
                    }
                }
                positions.addAll(ledger.positionEntries());
            }
            boolean absorbing = own.stream().map(LedgerEntry::countsIn).anyMatch(p -> p != null && p.isBefore(effective));
            takeOvers.add(new MergerTakeOver(date, carriedIn(merged, effective), absorbing, positions, merged));
        });
        return new BacklogLedger(code, entries, takeOvers);
    }
}
