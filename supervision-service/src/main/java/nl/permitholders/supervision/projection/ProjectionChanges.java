package nl.permitholders.supervision.projection;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Which municipalities the projection's versions changed, as {@link ProjectionVersion} logs them. */
public final class ProjectionChanges {

    private ProjectionChanges() {
    }

    /**
     * Versions read at most: a reader further behind computes (nearly) every municipality again anyway, and reading
     * that many log rows first would cost more than it saves.
     */
    static final long MOST_VERSIONS_READ = 10_000;

    /**
     * The municipalities that the versions after {@code since} up to and including {@code until} changed; empty when
     * that is not known: a version among them was logged as changing anything, or not logged (a rebuild's exchange, or
     * let go of as too old), or there are more than {@link #MOST_VERSIONS_READ} of them. Read it in a snapshot that
     * holds {@code until}: every version up to it has then committed.
     */
    public static Uni<Optional<Set<String>>> between(SqlClient db, long since, long until) {
        return between(db, since, until, MOST_VERSIONS_READ);
    }

    /** As {@link #between(SqlClient, long, long)}, reading at most {@code mostVersions}. */
    static Uni<Optional<Set<String>>> between(SqlClient db, long since, long until, long mostVersions) {
        if (since < 0 || until < since || until - since > mostVersions) {
            return Uni.createFrom().item(Optional.empty());
        }
        if (until == since) {
            return Uni.createFrom().item(Optional.of(Set.of()));
        }
        return db.preparedQuery("SELECT municipality_codes FROM projection_change WHERE version > $1 AND version <= $2")
                .execute(Tuple.of(since, until))
                .map(rows -> {
                    if (rows.size() != until - since) {
                        return Optional.empty();
                    }
                    Set<String> changed = new TreeSet<>();
                    for (Row row : rows) {
                        String[] codes = row.getArrayOfStrings(0);
                        if (codes == null) {
                            return Optional.empty();
                        }
                        changed.addAll(List.of(codes));
                    }
                    return Optional.of(changed);
                });
    }
}
