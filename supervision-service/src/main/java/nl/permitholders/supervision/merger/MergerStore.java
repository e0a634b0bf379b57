package nl.permitholders.supervision.merger;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** The mergers and splits recorded (R3), with the names of the municipalities they name. */
public final class MergerStore {

    /** The municipality ($1) merged into: the continuing one, its name and the merger's date. */
    private static final String MERGED = "SELECT g.new_code, m.name, g.effective_date FROM merger g LEFT JOIN municipality m "
            + "ON m.code = g.new_code WHERE g.merged_code = $1";
    /** The municipalities merged into $1, directly or by a chain of mergers, with the half-year each merged from. */
    private static final String MERGED_INTO = "WITH RECURSIVE chain(code, period) AS ("
            + "SELECT merged_code, effective_period FROM merger WHERE new_code = $1 "
            + "UNION SELECT g.merged_code, g.effective_period FROM merger g JOIN chain c ON g.new_code = c.code) "
            + "SELECT c.code, c.period, m.name FROM chain c LEFT JOIN municipality m ON m.code = c.code ORDER BY c.period, c.code";
    /** The receivers of the municipality ($1) split over others, in the split's order, with their names, shares and its date. */
    private static final String SPLIT = "SELECT s.receiver_code, m.name, s.share, s.effective_date FROM municipality_split s "
            + "LEFT JOIN municipality m ON m.code = s.receiver_code WHERE s.split_code = $1 ORDER BY s.position";

    private MergerStore() {
    }

    /** Whom the municipality merged into, with its name and the date. */
    public static Uni<RowSet<Row>> mergedInto(SqlClient db, String code) {
        return db.preparedQuery(MERGED).execute(Tuple.of(code));
    }

    /** Whom the municipality was split over, with their names, shares and the date. */
    public static Uni<RowSet<Row>> splitOver(SqlClient db, String code) {
        return db.preparedQuery(SPLIT).execute(Tuple.of(code));
    }

    /** The municipalities merged into the municipality, directly or along a chain of mergers. */
    public static Uni<RowSet<Row>> mergedIntoIt(SqlClient db, String code) {
        return db.preparedQuery(MERGED_INTO).execute(Tuple.of(code));
    }
}
