package nl.permitholders.infrastructure.stores;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

/** Sends SQL to the reactive client outside a store. */
public class RoomCounter {

    Pool pool;

    Uni<RowSet<Row>> count() {
        return pool.query("SELECT count(*) FROM room").execute();
    }
}
