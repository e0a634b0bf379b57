package nl.permitholders.supervision.projection;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Results computed from the projection, kept per key until the projection's version changes. Figures change only
 * when events are consumed, and are read far more often (province staff, the dashboard's live updates, COA's
 * planners); checking the version costs one single-row query, so a change consumed by any instance is seen by the
 * next read on every instance. Keep only what is small: computed figures, not ledgers.
 */
public final class KeptPerVersion<K, V> {

    private record Kept<V>(long version, V value) {
    }

    private final int maxKept;
    private final ConcurrentHashMap<K, Kept<V>> kept = new ConcurrentHashMap<>();

    /** @param maxKept beyond this many keys everything kept is dropped and computed again as it is asked for */
    public KeptPerVersion(int maxKept) {
        this.maxKept = maxKept;
    }

    public Uni<V> get(SqlClient db, K key, Supplier<Uni<V>> compute) {
        // The version is read before the data computed under it, so the kept value is at least as new as its version.
        return ProjectionVersion.current(db).flatMap(version -> {
            Kept<V> known = kept.get(key);
            if (known != null && known.version() == version) {
                return Uni.createFrom().item(known.value());
            }
            return compute.get().invoke(value -> {
                if (kept.size() >= maxKept) {
                    kept.clear();
                }
                // Of two reads racing past a change, the one computed under the newer version stays.
                kept.merge(key, new Kept<>(version, value), (old, now) -> old.version() > now.version() ? old : now);
            });
        });
    }
}
