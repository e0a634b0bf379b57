package nl.permitholders.supervision.national;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.OffsetDateTime;

/** What the country's figures read besides the ledgers: the provinces and the end positions adopted. */
public final class NationalStore {

    private NationalStore() {
    }

    /** The codes of every province, in order. */
    public static Uni<RowSet<Row>> provinceCodes(SqlClient db) {
        return db.query("SELECT code FROM province ORDER BY code").execute();
    }

    /** The deadlines with a figure of the {@code kind} adopted (before {@code adoptedBefore}, if not null). */
    public static Uni<RowSet<Row>> endPositionDeadlines(SqlClient db, String kind, OffsetDateTime adoptedBefore) {
        return db.preparedQuery("SELECT DISTINCT deadline FROM coa_position_adoption WHERE kind = $1 AND ($2::timestamptz IS NULL OR adopted_at < $2)").execute(Tuple.of(kind, adoptedBefore));
    }

    /** The code and name of every province. */
    public static Uni<RowSet<Row>> provinceNames(SqlClient db) {
        return db.query("SELECT code, name FROM province").execute();
    }
}
