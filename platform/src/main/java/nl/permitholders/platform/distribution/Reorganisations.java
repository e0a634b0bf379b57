package nl.permitholders.platform.distribution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.permitholders.platform.security.Succession;
import nl.permitholders.platform.period.Period;

/**
 * The mergers and splits recorded (R3), as R1 reads them: which municipality holds a half-year's quota and whose parts'
 * inhabitants a municipality counts. Plain values, so that quota-service (from its own records) and supervision-service
 * (from its projection of quota.events) hand R1 the same inputs.
 */
public final class Reorganisations {

    /**
     * Municipalities merged into {@code continuing} from {@code effectiveDate}, and when the Rijk recorded it.
     *
     * @param absorption whether {@code continuing} existed before and absorbed the others; otherwise the merger formed it
     */
    public record Merger(String continuing, List<String> merged, LocalDate effectiveDate, boolean absorption, Instant recordedAt) {

        public Merger {
            merged = List.copyOf(merged);
        }

        /** The half-year that contains the merger: it belongs wholly to the continuing municipality. */
        public Period effectivePeriod() {
            return Period.containing(effectiveDate);
        }
    }

    /** {@code split} ceased on {@code effectiveDate}, its territory going to the receivers, each with its share, in the order recorded. */
    public record Split(String split, Map<String, Long> shares, LocalDate effectiveDate) {

        public Split {
            shares = Collections.unmodifiableMap(new LinkedHashMap<>(shares));
        }

        /** The half-year that contains the split. */
        public Period effectivePeriod() {
            return Period.containing(effectiveDate);
        }
    }

    private final List<Merger> mergers;
    private final List<Split> splits;
    private final Succession succession;

    public Reorganisations(List<Merger> mergers, List<Split> splits) {
        this.mergers = List.copyOf(mergers);
        this.splits = List.copyOf(splits);
        this.succession = Succession.of(mergers.stream().flatMap(m -> m.merged().stream()
                .map(code -> new Succession.Merger(code, m.continuing(), m.effectiveDate()))).toList());
    }

    public static Reorganisations none() {
        return new Reorganisations(List.of(), List.of());
    }

    public List<Merger> mergers() {
        return mergers;
    }

    public List<Split> splits() {
        return splits;
    }

    /**
     * R3: the municipality that holds {@code code}'s quota of {@code period}: the one that answers, on the half-year's last
     * day, for what was {@code code}'s (mergers chain), so that a merger's half-year is wholly the continuing one's.
     */
    public String holderOf(String code, Period period) {
        return succession.responsibleOn(code, period.lastDay());
    }

    /** Whether {@code code} continues a merger that takes effect in {@code period}: its quota there is the sum of its parts'. */
    public boolean continuesAMergerIn(String code, Period period) {
        return mergers.stream().anyMatch(m -> m.continuing().equals(code) && m.effectivePeriod().equals(period));
    }
}
