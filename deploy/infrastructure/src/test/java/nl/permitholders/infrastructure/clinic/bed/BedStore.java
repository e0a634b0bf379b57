package nl.permitholders.infrastructure.clinic.bed;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** The SQL of the beds' writes. */
@ApplicationScoped
public class BedStore {

    @Inject
    Pool pool;

    Uni<Boolean> freeOf(UUID id) {
        return pool.preparedQuery("SELECT free FROM bed WHERE id = $1 FOR UPDATE").execute(Tuple.of(id))
                .map(rows -> rows.iterator().next().getBoolean("free"));
    }

    Uni<Void> assign(UUID id) {
        return pool.preparedQuery("UPDATE bed SET free = false WHERE id = $1").execute(Tuple.of(id)).replaceWithVoid();
    }
}
