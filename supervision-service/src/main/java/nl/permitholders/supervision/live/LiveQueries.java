package nl.permitholders.supervision.live;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import nl.permitholders.supervision.store.ReadPool;

/**
 * What the live streams ask (the API's figure changes, the dashboard's overview): which municipalities' figures may have
 * changed ({@link FigureChanges}), and which of them lie in a province.
 */
@ApplicationScoped
public class LiveQueries {

    @Inject
    FigureChanges changes;

    @Inject
    Pool pool;

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool reads;

    /** Hears of every change until the returned stop is run. */
    public Runnable listen(Consumer<Set<String>> listener) {
        return changes.listen(listener);
    }

    /** Whether the register knows the province. */
    public Uni<Boolean> provinceKnown(String code) {
        return LiveStore.provinceKnown(reads, code);
    }

    /** The municipalities of {@code changed} that the register places in the province, in code order. */
    public Uni<List<String>> inProvince(String code, Set<String> changed) {
        return LiveStore.inProvince(pool, code, changed.toArray(String[]::new));
    }
}
