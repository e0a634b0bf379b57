package nl.permitholders.supervision.projection;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;

/**
 * Results computed from the projection, kept per key until the projection's version changes. Figures change only
 * when events are consumed, and are read far more often (province staff, the dashboard's live updates, COA's
 * planners); checking the version costs one single-row query, so a change consumed by any instance is seen by the
 * next read on every instance. Keep only what is small: computed figures, not ledgers.
 * <p>
 * Reads that miss at the same time share one computation: fifty province overviews asked at once after a change
 * would otherwise each load every ledger of the province, fifty copies at once (the OutOfMemoryError of the read
 * benchmark, see docs/performance.md).
 */
public final class KeptPerVersion<K, V> {

    private record Kept<V>(long version, V value) {
    }

    private record Computing<V>(long version, Uni<V> value) {
    }

    private final int maxKept;
    private final ConcurrentHashMap<K, Kept<V>> kept = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<K, Computing<V>> computing = new ConcurrentHashMap<>();

    /** @param maxKept beyond this many keys everything kept is dropped and computed again as it is asked for */
    public KeptPerVersion(int maxKept) {
        this.maxKept = maxKept;
    }

    /**
     * The value kept for {@code key} at the projection's current version, or computed (once, however many ask at once)
     * by {@code compute}, which is given that version: what it computes must be at least that new.
     */
    public Uni<V> get(SqlClient db, K key, LongFunction<Uni<V>> compute) {
        return get(ProjectionVersion.current(db), key, compute);
    }

    /** As {@link #get(SqlClient, Object, LongFunction)} at a version the caller knows to be committed, without asking the database. */
    public Uni<V> get(long version, K key, LongFunction<Uni<V>> compute) {
        return get(Uni.createFrom().item(version), key, compute);
    }

    /** As {@link #get(SqlClient, Object, LongFunction)}, with the projection's current version read by {@code currentVersion}. */
    Uni<V> get(Uni<Long> currentVersion, K key, LongFunction<Uni<V>> compute) {
        // The version is read before the data computed under it, so the kept value is at least as new as its version.
        return currentVersion.flatMap(version -> {
            Kept<V> known = kept.get(key);
            // Kept at a newer version (read by a reader who saw that one) is at least as new as this one asks.
            if (known != null && known.version() >= version) {
                return Uni.createFrom().item(known.value());
            }
            Computing<V> shared = computing.compute(key, (k, running) ->
                    running != null && running.version() >= version ? running : new Computing<>(version, computeOnce(key, version, compute)));
            return onCallersContext(shared.value());
        });
    }

    /** One computation under {@code version}, kept when it succeeds, for every read that asks meanwhile. */
    private Uni<V> computeOnce(K key, long version, LongFunction<Uni<V>> compute) {
        return Uni.createFrom().<V>deferred(() -> compute.apply(version))
                .invoke(value -> {
                    if (kept.size() >= maxKept) {
                        kept.clear();
                    }
                    // Of two reads racing past a change, the one computed under the newer version stays.
                    kept.merge(key, new Kept<>(version, value), (old, now) -> old.version() > now.version() ? old : now);
                })
                .onTermination().invoke(() -> computing.computeIfPresent(key, (k, running) -> running.version() == version ? null : running))
                .memoize().indefinitely();
    }

    /** The shared result goes on on each caller's own Vert.x context (its request's), not on the computing one's. */
    private static <V> Uni<V> onCallersContext(Uni<V> shared) {
        Context context = Vertx.currentContext();
        return context == null ? shared : shared.emitOn(command -> context.runOnContext(ignored -> command.run()));
    }
}
