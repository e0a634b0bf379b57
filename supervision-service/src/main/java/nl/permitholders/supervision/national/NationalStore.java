package nl.permitholders.supervision.national;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the country's figures read besides the ledgers: the provinces and the end positions adopted. */
public final class NationalStore {

    private NationalStore() {
    }

    /** The codes of every province, in order. */
    public static Uni<List<String>> provinceCodes(SqlClient db) {
        return db.query("SELECT code FROM province ORDER BY code").execute().map(rows -> {
            List<String> codes = new ArrayList<>();
            rows.forEach(row -> codes.add(row.getString("code")));
            return codes;
        });
    }

    /** The deadlines with a figure of the {@code kind} adopted (before {@code adoptedBefore}, if not null). */
    public static Uni<Set<LocalDate>> endPositionDeadlines(SqlClient db, String kind, OffsetDateTime adoptedBefore) {
        return db.preparedQuery("SELECT DISTINCT deadline FROM coa_position_adoption WHERE kind = $1 AND ($2::timestamptz IS NULL OR adopted_at < $2)").execute(Tuple.of(kind, adoptedBefore))
                .map(rows -> {
                    Set<LocalDate> deadlines = new HashSet<>();
                    rows.forEach(row -> deadlines.add(row.getLocalDate("deadline")));
                    return deadlines;
                });
    }

    /** The name of every province, by code. */
    public static Uni<Map<String, String>> provinceNames(SqlClient db) {
        return db.query("SELECT code, name FROM province").execute().map(rows -> {
            Map<String, String> names = new HashMap<>();
            rows.forEach(row -> names.put(row.getString("code"), row.getString("name")));
            return names;
        });
    }
}
