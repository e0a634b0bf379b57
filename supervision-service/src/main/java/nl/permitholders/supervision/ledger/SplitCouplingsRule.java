package nl.permitholders.supervision.ledger;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * R3, splits (Haaren over Boxtel, Oisterwijk, Tilburg and Vught on 1 January 2021): from the split's date the split
 * municipality answers for none of its couplings any more. An open coupling COA divided to a receiver
 * ({@code coupling-divided.v1}; the latest naming stands) is that receiver's to answer for: its persons waiting, coupled
 * and not housed, and its clock (R8) count for the receiver on every date from the split on, with the placements,
 * revocations, moves on and family members of that coupling. An open coupling not yet divided is <i>te verdelen</i>: it
 * counts in no receiver's figures, and every receiver (and its province) is shown it apart, so that it is not lost. A
 * housed or cancelled coupling stays the split municipality's history: before the split date its positions are its own.
 */
public final class SplitCouplingsRule {

    /** The open couplings of split municipality {@code splitCode} still to be divided on a date, and their persons waiting. */
    public record ToBeDivided(String splitCode, int couplings, int persons, int overdueCouplings) {
    }

    private SplitCouplingsRule() {
    }

    /** Per coupling of the split municipality, the receiver COA named for it last. */
    public static Map<String, String> divisions(List<LedgerEntry> splitEntries) {
        Map<String, LedgerEntry> latest = new HashMap<>();
        for (LedgerEntry e : splitEntries) {
            if (e.kind() == EntryKind.DIVIDED) {
                latest.merge(e.reference(), e, (a, b) -> LedgerEntry.byEventTime(a, b) >= 0 ? a : b);
            }
        }
        Map<String, String> divided = new HashMap<>();
        latest.forEach((coupling, e) -> e.details(Details.Division.class).ifPresent(d -> divided.put(coupling, d.receiver())));
        return divided;
    }

    /**
     * The facts of the split municipality's couplings divided to {@code receiver} (the couplings, their corrections and
     * cancellations, placements of them, and the revocations, moves on and family members of those placements): the
     * receiver's positions from the split date on.
     */
    public static List<LedgerEntry> takenBy(String receiver, List<LedgerEntry> splitEntries) {
        Map<String, String> divided = divisions(splitEntries);
        Set<String> couplings = new HashSet<>();
        divided.forEach((coupling, to) -> {
            if (to.equals(receiver)) {
                couplings.add(coupling);
            }
        });
        return ofCouplings(couplings, splitEntries);
    }

    /**
     * The split municipality's positions from its split date on: none of its couplings (each is divided to a receiver or
     * te verdelen), nor the facts that follow a divided coupling to its receiver.
     */
    public static List<LedgerEntry> keptBySplit(List<LedgerEntry> splitEntries) {
        Set<LedgerEntry> taken = new HashSet<>(ofCouplings(divisions(splitEntries).keySet(), splitEntries));
        return splitEntries.stream().filter(e -> !taken.contains(e) && e.kind() != EntryKind.COUPLED
                && e.kind() != EntryKind.COUPLING_CORRECTED && e.kind() != EntryKind.CANCELLED && e.kind() != EntryKind.DIVIDED).toList();
    }

    /**
     * The persons of couplings divided to {@code receiver} housed on or after the split date, the revocations of those
     * placements and the family members who arrived for those couplings from then on: placement-service names the
     * municipality the coupling was coupled to on them, but they count in the receiver's figures, not the split one's.
     */
    public static List<LedgerEntry> countedFor(String receiver, List<LedgerEntry> splitEntries, LocalDate splitDate) {
        return takenBy(receiver, splitEntries).stream().filter(e -> countsFromTheSplit(e, splitEntries, splitDate)).toList();
    }

    /** The facts of {@link #countedFor} every receiver: the split municipality's figures leave them out. */
    public static Set<LedgerEntry> countedByReceivers(List<LedgerEntry> splitEntries, LocalDate splitDate) {
        Set<LedgerEntry> counted = new HashSet<>();
        for (String receiver : new HashSet<>(divisions(splitEntries).values())) {
            counted.addAll(countedFor(receiver, splitEntries, splitDate));
        }
        return counted;
    }

    private static boolean countsFromTheSplit(LedgerEntry e, List<LedgerEntry> splitEntries, LocalDate splitDate) {
        return switch (e.kind()) {
            case HOUSED, REUNIFIED -> !e.effectiveDate().isBefore(splitDate);
            // a revocation counts where the placement it revokes counted
            case REVOKED -> splitEntries.stream().anyMatch(h -> h.kind() == EntryKind.HOUSED && h.reference().equals(e.reference())
                    && !h.effectiveDate().isBefore(splitDate));
            default -> false;
        };
    }

    /**
     * The split municipality's couplings te verdelen on {@code date}: those with persons waiting then, not divided; none
     * before the split date, when they are still the split municipality's own.
     */
    public static ToBeDivided toBeDivided(String splitCode, LocalDate splitDate, List<LedgerEntry> splitEntries, LocalDate date) {
        if (date.isBefore(splitDate)) {
            return new ToBeDivided(splitCode, 0, 0, 0);
        }
        Set<String> divided = divisions(splitEntries).keySet();
        List<LedgerEntry> undivided = splitEntries.stream().filter(e -> !divided.contains(e.reference())
                && !(e.details() instanceof Details.Placement p && divided.contains(p.couplingId()))).toList();
        BacklogLedger open = new BacklogLedger(splitCode, undivided);
        List<Couplings.Waiting> waiting = open.waitingCouplings(date);
        return new ToBeDivided(splitCode, waiting.size(), waiting.stream().mapToInt(Couplings.Waiting::unhousedPersons).sum(),
                open.overdueCouplings(date).couplings());
    }

    private static List<LedgerEntry> ofCouplings(Set<String> couplings, List<LedgerEntry> entries) {
        Set<String> placements = new HashSet<>();
        for (LedgerEntry e : entries) {
            if (e.kind() == EntryKind.HOUSED && e.details() instanceof Details.Placement p && couplings.contains(p.couplingId())) {
                placements.add(e.reference());
            }
        }
        return entries.stream().filter(e -> switch (e.kind()) {
            case COUPLED, COUPLING_CORRECTED, CANCELLED -> couplings.contains(e.reference());
            case HOUSED, REVOKED, MOVED_ON -> placements.contains(e.reference());
            case REUNIFIED -> e.details() instanceof Details.Reunification r && couplings.contains(r.couplingId());
            default -> false;
        }).toList();
    }
}
