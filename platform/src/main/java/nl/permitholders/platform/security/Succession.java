package nl.permitholders.platform.security;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * R3: which municipality answers for a coupling, placement or unit on a date. From the day a merger takes effect, the
 * continuing municipality (a new one, or an existing one that absorbed the others) answers for what the merged ones had:
 * its staff act on it, and the merged municipalities' own staff may still read their history but write nothing more.
 * Mergers chain: what passed to a municipality passes on with it when it merges in turn. A municipality split over
 * others (CBS's <i>opsplitsing</i>) answers for nothing from the split date on: its receivers read what it had, and
 * each of its open couplings is divided ("te verdelen") until COA names the receiver it goes to.
 */
public final class Succession {

    /** A municipality merged into {@code continuing} from {@code effectiveDate} on. */
    public record Merger(String merged, String continuing, LocalDate effectiveDate) {
    }

    /** A municipality split over {@code receivers} (in the order the split lists them) from {@code effectiveDate} on. */
    public record Split(String split, List<String> receivers, LocalDate effectiveDate) {
        public Split {
            receivers = List.copyOf(receivers);
        }
    }

    private final Map<String, Merger> byMerged;
    private final Map<String, Split> bySplit;

    private Succession(Map<String, Merger> byMerged, Map<String, Split> bySplit) {
        this.byMerged = byMerged;
        this.bySplit = bySplit;
    }

    public static Succession of(Collection<Merger> mergers) {
        return of(mergers, List.of());
    }

    public static Succession of(Collection<Merger> mergers, Collection<Split> splits) {
        return new Succession(mergers.stream().collect(Collectors.toUnmodifiableMap(Merger::merged, Function.identity())),
                splits.stream().collect(Collectors.toUnmodifiableMap(Split::split, Function.identity())));
    }

    /** A receiver of a split as recorded: one row per receiver, in the split's order. */
    public record Receiver(String split, String receiver, LocalDate effectiveDate) {
    }

    /** The succession of {@code mergers} and of the splits whose receivers are listed, each split's in its order. */
    public static Succession ofReceivers(Collection<Merger> mergers, List<Receiver> receivers) {
        Map<String, List<String>> bySplit = new java.util.LinkedHashMap<>();
        Map<String, LocalDate> dates = new java.util.HashMap<>();
        receivers.forEach(r -> {
            bySplit.computeIfAbsent(r.split(), k -> new java.util.ArrayList<>()).add(r.receiver());
            dates.put(r.split(), r.effectiveDate());
        });
        return of(mergers, bySplit.entrySet().stream().map(e -> new Split(e.getKey(), e.getValue(), dates.get(e.getKey()))).toList());
    }

    public static Succession none() {
        return new Succession(Map.of(), Map.of());
    }

    /** The split by which {@code code} had ceased to exist on {@code date}, if it had. */
    public Optional<Split> splitBy(String code, LocalDate date) {
        return Optional.ofNullable(bySplit.get(code)).filter(split -> !date.isBefore(split.effectiveDate()));
    }

    /**
     * The municipalities split by {@code date} whose open objects {@code code} reads as a receiver, "te verdelen" until
     * COA names a receiver for each.
     */
    public Set<String> toBeDividedFor(String code, LocalDate date) {
        return bySplit.values().stream().filter(split -> split.receivers().contains(code) && !date.isBefore(split.effectiveDate()))
                .map(Split::split).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /**
     * The merger by which {@code code} had ceased to exist on {@code date}, if it had: from then on nothing new is
     * {@code code}'s, a coupling COA makes among it (R3).
     */
    public Optional<Merger> ceasedBy(String code, LocalDate date) {
        return Optional.ofNullable(byMerged.get(code)).filter(merger -> !date.isBefore(merger.effectiveDate()));
    }

    /** The municipality that answers on {@code date} for what was {@code code}'s. */
    public String responsibleOn(String code, LocalDate date) {
        String current = code;
        Set<String> seen = new LinkedHashSet<>();
        for (Merger merger = byMerged.get(current); merger != null && !date.isBefore(merger.effectiveDate()) && seen.add(current);
             merger = byMerged.get(current)) {
            current = merger.continuing();
        }
        return current;
    }

    /**
     * Whether {@code caller} may act on {@code code}'s object on {@code date}: only the municipality that answers for it
     * then; nobody on a split municipality's object until it goes to a receiver.
     */
    public boolean mayWrite(String caller, String code, LocalDate date) {
        return caller.equals(responsibleOn(code, date)) && splitBy(responsibleOn(code, date), date).isEmpty();
    }

    /**
     * Whether {@code caller} may read {@code code}'s object on {@code date}: the municipality that answers for it, its
     * own, and after a split the receivers of the split municipality.
     */
    public boolean mayRead(String caller, String code, LocalDate date) {
        return caller.equals(code) || mayWrite(caller, code, date)
                || splitBy(responsibleOn(code, date), date).map(split -> split.receivers().contains(caller)).orElse(false);
    }

    /** The municipalities whose objects {@code code} answers for on {@code date}: itself and those merged into it by then. */
    public Set<String> answeringFor(String code, LocalDate date) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add(code);
        byMerged.keySet().stream().filter(merged -> responsibleOn(merged, date).equals(code)).sorted().forEach(codes::add);
        return codes;
    }
}
