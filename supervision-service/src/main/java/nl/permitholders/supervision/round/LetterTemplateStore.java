package nl.permitholders.supervision.round;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.OffsetDateTime;

/** The versions of each province's letter template. */
public final class LetterTemplateStore {

    private static final String HISTORY = "SELECT version, body, changed_by, changed_at FROM letter_template WHERE province_code = $1 "
            + "ORDER BY version";
    private static final String INSERT = "INSERT INTO letter_template (province_code, version, body, changed_by, changed_at) "
            + "SELECT $1, COALESCE(MAX(version), 0) + 1, $2, $3, $4 FROM letter_template WHERE province_code = $1 RETURNING version";

    private LetterTemplateStore() {
    }

    /** Every version of the province's letter template. */
    public static Uni<RowSet<Row>> history(SqlClient db, String provinceCode) {
        return db.preparedQuery(HISTORY).execute(Tuple.of(provinceCode));
    }

    /** Stores the next version of the province's letter template; the row returned holds its number. */
    public static Uni<RowSet<Row>> insert(SqlClient db, String provinceCode, String body, String changedBy, OffsetDateTime changedAt) {
        return db.preparedQuery(INSERT).execute(Tuple.of(provinceCode, body, changedBy, changedAt));
    }
}
