package nl.permitholders.supervision.figures;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import nl.permitholders.supervision.figures.MunicipalityLedgers.Recomputed;

/**
 * Per key (a half-year and date, of the country or of a province), a result for each municipality as computed in the
 * snapshot of one version of the projection, brought up to a newer version by computing again only the municipalities
 * changed since ({@link MunicipalityLedgers#eachChangedSince}): a change in one municipality would otherwise read every
 * ledger of a province or of the country again. Counts each computation by whether it was for every municipality or the
 * changed ones.
 */
public final class KeptPerMunicipality<K, R> {

    private record AtVersion<R>(long version, Map<String, R> byCode) {
    }

    private final int maxKept;
    private final Map<Boolean, Counter> computations;
    private final ConcurrentHashMap<K, AtVersion<R>> kept = new ConcurrentHashMap<>();

    /**
     * @param maxKept beyond this many keys everything kept is dropped and computed again in full as it is asked for
     * @param metric  the counter of computations, tagged {@code municipalities=everything|changed}
     */
    public KeptPerMunicipality(int maxKept, MeterRegistry registry, String metric, String description) {
        this.maxKept = maxKept;
        this.computations = Map.of(true, counter(registry, metric, description, "everything"),
                false, counter(registry, metric, description, "changed"));
    }

    private static Counter counter(MeterRegistry registry, String metric, String description, String scope) {
        return Counter.builder(metric).tag("municipalities", scope).description(description).register(registry);
    }

    /**
     * The results of {@code key} by municipality code, in code order, at the version {@code changedSince} computes
     * them at; it is given the version of the results kept for the key (-1: none).
     */
    public Uni<Map<String, R>> current(K key, LongFunction<Uni<Recomputed<R>>> changedSince) {
        AtVersion<R> before = kept.get(key);
        return changedSince.apply(before == null ? -1 : before.version()).map(recomputed -> {
            computations.get(recomputed.everything()).increment();
            AtVersion<R> now = new AtVersion<>(recomputed.version(), recomputed.appliedTo(before == null ? Map.of() : before.byCode()));
            if (kept.size() >= maxKept) {
                kept.clear();
            }
            // Of two computations racing past a change, the newer one's results stay.
            kept.merge(key, now, (old, fresh) -> old.version() > fresh.version() ? old : fresh);
            return now.byCode();
        });
    }
}
