package nl.permitholders.infrastructure.clinic.bed;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/** Broken: SQL outside a *Store. */
public class OccupancyReport {

    Pool pool;

    Uni<Long> occupied() {
        return pool.query("SELECT count(*) FROM bed WHERE NOT free").execute().map(rows -> rows.iterator().next().getLong(0));
    }
}
