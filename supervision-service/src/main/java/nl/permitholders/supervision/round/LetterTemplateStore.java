package nl.permitholders.supervision.round;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The versions of each province's letter template. */
public final class LetterTemplateStore {

    private static final String HISTORY = "SELECT version, body, changed_by, changed_at FROM letter_template WHERE province_code = $1 "
            + "ORDER BY version";
    private static final String INSERT = "INSERT INTO letter_template (province_code, version, body, changed_by, changed_at) "
            + "SELECT $1, COALESCE(MAX(version), 0) + 1, $2, $3, $4 FROM letter_template WHERE province_code = $1 RETURNING version";

    private LetterTemplateStore() {
    }

    /** Every version of the province's letter template, oldest first. */
    public static Uni<List<LetterTemplateVersion>> history(SqlClient db, String provinceCode) {
        return db.preparedQuery(HISTORY).execute(Tuple.of(provinceCode)).map(rows -> {
            List<LetterTemplateVersion> versions = new ArrayList<>();
            rows.forEach(row -> versions.add(new LetterTemplateVersion(row.getInteger("version"), row.getString("body"),
                    row.getString("changed_by"), row.getOffsetDateTime("changed_at").toInstant())));
            return versions;
        });
    }

    /** Stores the next version of the province's letter template; returns its number. */
    public static Uni<Integer> insert(SqlClient db, String provinceCode, String body, String changedBy, OffsetDateTime changedAt) {
        return db.preparedQuery(INSERT).execute(Tuple.of(provinceCode, body, changedBy, changedAt))
                .map(rows -> rows.iterator().next().getInteger("version"));
    }
}
