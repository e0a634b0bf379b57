package nl.permitholders.platform.merger;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * R3: which municipality answers for a coupling, placement or unit on a date. From the day a merger takes effect, the
 * continuing municipality (a new one, or an existing one that absorbed the others) answers for what the merged ones had:
 * its staff act on it, and the merged municipalities' own staff may still read their history but write nothing more.
 * Mergers chain: what passed to a municipality passes on with it when it merges in turn.
 */
public final class Succession {

    /** A municipality merged into {@code continuing} from {@code effectiveDate} on. */
    public record Merger(String merged, String continuing, LocalDate effectiveDate) {
    }

    private final Map<String, Merger> byMerged;

    private Succession(Map<String, Merger> byMerged) {
        this.byMerged = byMerged;
    }

    public static Succession of(Collection<Merger> mergers) {
        return new Succession(mergers.stream().collect(Collectors.toUnmodifiableMap(Merger::merged, Function.identity())));
    }

    public static Succession none() {
        return new Succession(Map.of());
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

    /** Whether {@code caller} may act on {@code code}'s object on {@code date}: only the municipality that answers for it then. */
    public boolean mayWrite(String caller, String code, LocalDate date) {
        return caller.equals(responsibleOn(code, date));
    }

    /** Whether {@code caller} may read {@code code}'s object on {@code date}: the municipality that answers for it, and its own. */
    public boolean mayRead(String caller, String code, LocalDate date) {
        return caller.equals(code) || mayWrite(caller, code, date);
    }

    /** The municipalities whose objects {@code code} answers for on {@code date}: itself and those merged into it by then. */
    public Set<String> answeringFor(String code, LocalDate date) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add(code);
        byMerged.keySet().stream().filter(merged -> responsibleOn(merged, date).equals(code)).sorted().forEach(codes::add);
        return codes;
    }
}
