package nl.permitholders.supervision.province;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** What a province's overview reads of the register besides the ledgers. */
public final class ProvinceStore {

    private ProvinceStore() {
    }

    /** The province's name: no row when the register does not know it. */
    public static Uni<RowSet<Row>> name(SqlClient db, String code) {
        return db.preparedQuery("SELECT name FROM province WHERE code = $1").execute(Tuple.of(code));
    }
}
