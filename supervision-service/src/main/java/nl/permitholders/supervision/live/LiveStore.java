package nl.permitholders.supervision.live;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** What the live stream reads of the register: the provinces and where their municipalities lie. */
public final class LiveStore {

    private LiveStore() {
    }

    /** Whether the register knows the province: a row if so. */
    public static Uni<RowSet<Row>> provinceKnown(SqlClient db, String code) {
        return db.preparedQuery("SELECT 1 FROM province WHERE code = $1").execute(Tuple.of(code));
    }

    /** The municipalities of {@code codes} that the register places in the province, in code order. */
    public static Uni<RowSet<Row>> inProvince(SqlClient db, String provinceCode, String[] codes) {
        return db.preparedQuery("SELECT code FROM municipality WHERE province_code = $1 AND code = ANY($2) ORDER BY code").execute(Tuple.of(provinceCode, codes));
    }
}
