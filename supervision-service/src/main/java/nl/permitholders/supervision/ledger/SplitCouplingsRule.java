package nl.permitholders.supervision.ledger;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * R3, splits (Haaren over Boxtel, Oisterwijk, Tilburg and Vught on 1 January 2021): from the split's date the split
 * municipality answers for none of its couplings any more. An open coupling COA divided to a receiver
 * ({@code coupling-divided.v1}) is that receiver's to answer for from the day COA named it ({@code dividedOn}): its
 * persons waiting, coupled and not housed, and its clock (R8) count for the receiver on every date from then on, with
 * the placements, revocations, moves on and family members of that coupling; on a date the receiver named last by then
 * stands. Before that day, from the split on, it is <i>te verdelen</i>: it counts in no receiver's figures, and every
 * receiver (and its province) is shown it apart, so that it is not lost. The persons a receiver houses on a coupling
 * divided to it count in its half-year's figures, whoever COA named first. A housed or cancelled coupling stays the
 * split municipality's history: before the split date its positions are its own.
 */
public final class SplitCouplingsRule {

    /**
     * What of split municipality {@code splitCode} is still to be divided on a date: its open couplings and their persons
     * waiting, and ({@link SplitHousingRule}) its persons in temporary housing and the places its capacity projects
     * still planned in it expect.
     */
    public record ToBeDivided(String splitCode, int couplings, int persons, int overdueCouplings, int personsInTemporaryHousing,
                              int plannedCapacityPlaces) {

        public ToBeDivided(String splitCode, int couplings, int persons, int overdueCouplings) {
            this(splitCode, couplings, persons, overdueCouplings, 0, 0);
        }

        ToBeDivided withHousing(int inTemporaryHousing, int places) {
            return new ToBeDivided(splitCode, couplings, persons, overdueCouplings, inTemporaryHousing, places);
        }
    }

    private SplitCouplingsRule() {
    }

    /** The Netherlands' day, in which a division's event time is read when the event carries no date. */
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    /**
     * The day a division takes effect: the day COA named the receiver, else (an event without it) the day of the event's
     * time in Dutch time; null when neither is known, and then it holds from the split on.
     */
    static LocalDate dividedOn(LedgerEntry division) {
        if (division.effectiveDate() != null) {
            return division.effectiveDate();
        }
        return division.occurredAt() == null ? null : division.occurredAt().atZoneSameInstant(DUTCH_TIME).toLocalDate();
    }

    /** Of two namings of one coupling's receiver, the later: by the day it takes effect, then by the event's time. */
    private static final Comparator<LedgerEntry> LATER_NAMING = Comparator
            .<LedgerEntry, LocalDate>comparing(SplitCouplingsRule::dividedOn, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing((a, b) -> LedgerEntry.byEventTime(a, b));

    /** Per coupling of the split municipality, the receiver COA named for it last. */
    public static Map<String, String> divisions(List<LedgerEntry> splitEntries) {
        return divisionsOn(splitEntries, null);
    }

    /**
     * Per coupling of the split municipality divided by {@code date} (every one when null), the receiver COA had named
     * for it last by then.
     */
    public static Map<String, String> divisionsOn(List<LedgerEntry> splitEntries, LocalDate date) {
        Map<String, LedgerEntry> latest = new HashMap<>();
        for (LedgerEntry e : splitEntries) {
            if (e.kind() == EntryKind.DIVIDED && (date == null || dividedOn(e) == null || !dividedOn(e).isAfter(date))) {
                latest.merge(e.reference(), e, (a, b) -> LATER_NAMING.compare(a, b) >= 0 ? a : b);
            }
        }
        Map<String, String> divided = new HashMap<>();
        latest.forEach((coupling, e) -> e.details(Details.Division.class).ifPresent(d -> divided.put(coupling, d.receiver())));
        return divided;
    }

    /**
     * What {@code receiver} takes over of the split municipality's couplings: on the split date the positions of those
     * divided to it by then, and on each later day COA named receivers, the positions of those divided to it that day
     * and, leaving, those it held that COA divided to another ({@link MergerTakeOver#leaving}).
     *
     * @param split the split municipality's ledger, whose positions ({@link BacklogLedger#positionEntries()}) are divided
     * @param part  the receiver's share, by which it takes over its part of the split municipality's backlog on the split date
     */
    static List<MergerTakeOver> takeOvers(String receiver, LocalDate splitDate, BacklogLedger split, MergerTakeOver.SplitPart part) {
        List<LedgerEntry> splitPositions = split.positionEntries();
        Set<String> held = heldBy(receiver, splitPositions, splitDate);
        List<MergerTakeOver> takeOvers = new ArrayList<>();
        takeOvers.add(MergerTakeOver.splitPart(splitDate, split, part, ofCouplings(held, splitPositions)));
        Set<LocalDate> namingDays = new TreeSet<>();
        splitPositions.stream().filter(e -> e.kind() == EntryKind.DIVIDED).map(SplitCouplingsRule::dividedOn)
                .filter(d -> d != null && d.isAfter(splitDate)).forEach(namingDays::add);
        for (LocalDate day : namingDays) {
            Set<String> now = heldBy(receiver, splitPositions, day);
            Set<String> arriving = new HashSet<>(now);
            arriving.removeAll(held);
            Set<String> leaving = new HashSet<>(held);
            leaving.removeAll(now);
            if (!arriving.isEmpty() || !leaving.isEmpty()) {
                takeOvers.add(MergerTakeOver.divisionsOn(day, ofCouplings(arriving, splitPositions), ofCouplings(leaving, splitPositions)));
            }
            held = now;
        }
        return takeOvers;
    }

    /** The couplings COA had divided to {@code receiver} by {@code date}. */
    private static Set<String> heldBy(String receiver, List<LedgerEntry> splitEntries, LocalDate date) {
        Set<String> held = new HashSet<>();
        divisionsOn(splitEntries, date).forEach((coupling, to) -> {
            if (to.equals(receiver)) {
                held.add(coupling);
            }
        });
        return held;
    }

    /**
     * The facts of the split municipality's couplings COA divided to {@code receiver} last (the couplings, their
     * corrections and cancellations, placements of them, and the revocations, moves on and family members of those
     * placements), whose persons housed count in its figures ({@link #countedFor}).
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
     * The split municipality's couplings te verdelen on {@code date}: those with persons waiting then, not divided by
     * then; none before the split date, when they are still the split municipality's own.
     */
    public static ToBeDivided toBeDivided(String splitCode, LocalDate splitDate, List<LedgerEntry> splitEntries, LocalDate date) {
        if (date.isBefore(splitDate)) {
            return new ToBeDivided(splitCode, 0, 0, 0);
        }
        Set<String> divided = divisionsOn(splitEntries, date).keySet();
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
