package nl.permitholders.supervision.rebuild;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The rebuilds of the projection ({@code projection_rebuild}) and the statements a rebuild sends the live tables. */
public final class ProjectionRebuildStore {

    private static final String COLUMNS = "id, state, events_total, events_read, events_applied, events_skipped, started_at, "
            + "heartbeat_at, finished_at, failure";

    private ProjectionRebuildStore() {
    }

    /** A rebuild as stored: its state (a {@code ProjectionRebuildService.State}'s name), counts, times and failure. */
    public record StoredRebuild(UUID id, String state, Long eventsTotal, long eventsRead, long eventsApplied, long eventsSkipped,
            OffsetDateTime startedAt, OffsetDateTime heartbeatAt, OffsetDateTime finishedAt, String failure) {
    }

    /** Waits {@code wait} at most for a lock, for the rest of the transaction. */
    public static Uni<RowSet<Row>> lockTimeout(SqlClient db, java.time.Duration wait) {
        return db.query("SET LOCAL lock_timeout = '" + wait.toMillis() + "ms'").execute();
    }

    /** Locks the tables named (a comma-separated list) for the rest of the transaction, against readers too. */
    public static Uni<RowSet<Row>> lockExclusively(SqlClient db, String tables) {
        return db.query("LOCK TABLE " + tables + " IN ACCESS EXCLUSIVE MODE").execute();
    }

    /** Waits for a lock as long as it takes, for the rest of the transaction. */
    public static Uni<RowSet<Row>> noLockTimeout(SqlClient db) {
        return db.query("SET LOCAL lock_timeout = 0").execute();
    }

    /** How many rows the table has. */
    public static Uni<Long> rows(SqlClient db, String table) {
        return db.query("SELECT count(*) FROM " + table).execute().map(rows -> rows.iterator().next().getLong(0));
    }

    /** Abandons each running rebuild whose instance sent no heartbeat since the time given. */
    public static Uni<RowSet<Row>> abandonStopped(SqlClient db, OffsetDateTime lastHeartbeatBefore) {
        return db.preparedQuery("UPDATE projection_rebuild SET state = 'ABANDONED', finished_at = now(), "
                        + "failure = 'its instance stopped sending a heartbeat' WHERE state = 'RUNNING' AND heartbeat_at < $1").execute(Tuple.of(lastHeartbeatBefore));
    }

    /** Stores a rebuild as running from now. */
    public static Uni<RowSet<Row>> insertRunning(SqlClient db, UUID id) {
        return db.preparedQuery("INSERT INTO projection_rebuild (id, state, started_at, heartbeat_at) "
                        + "VALUES ($1, 'RUNNING', now(), now())").execute(Tuple.of(id));
    }

    /** The rebuild's state and counts: empty when there is none. */
    public static Uni<Optional<StoredRebuild>> status(SqlClient db, UUID id) {
        return db.preparedQuery("SELECT " + COLUMNS + " FROM projection_rebuild WHERE id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rebuild(rows.iterator().next())));
    }

    /** A page of the rebuilds, latest first. */
    public static Uni<List<StoredRebuild>> recent(SqlClient db, int limit, int offset) {
        return db.preparedQuery("SELECT " + COLUMNS + " FROM projection_rebuild ORDER BY started_at DESC LIMIT $1 OFFSET $2").execute(Tuple.of(limit, offset))
                .map(rows -> rows.stream().map(ProjectionRebuildStore::rebuild).toList());
    }

    private static StoredRebuild rebuild(Row row) {
        return new StoredRebuild(row.getUUID("id"), row.getString("state"), row.getLong("events_total"), row.getLong("events_read"),
                row.getLong("events_applied"), row.getLong("events_skipped"), row.getOffsetDateTime("started_at"),
                row.getOffsetDateTime("heartbeat_at"), row.getOffsetDateTime("finished_at"), row.getString("failure"));
    }

    /** How many rebuilds there were. */
    public static Uni<Long> count(SqlClient db) {
        return db.query("SELECT count(*) FROM projection_rebuild").execute().map(rows -> rows.iterator().next().getLong(0));
    }

    /** The running rebuild's counts, with a heartbeat now. */
    public static Uni<RowSet<Row>> heartbeat(SqlClient db, UUID id, long total, long read, long applied, long skipped) {
        return db.preparedQuery("UPDATE projection_rebuild SET events_total = $2, events_read = $3, events_applied = $4, "
                        + "events_skipped = $5, heartbeat_at = now() WHERE id = $1").execute(Tuple.of(id, total, read, applied, skipped));
    }

    /** The rebuild's end: its state, counts and failure (null if none). */
    public static Uni<RowSet<Row>> finish(SqlClient db, UUID id, String state, long total, long read, long applied, long skipped,
            String failure) {
        return db.preparedQuery("UPDATE projection_rebuild SET state = $2, events_total = $3, events_read = $4, events_applied = $5, "
                        + "events_skipped = $6, heartbeat_at = now(), finished_at = now(), failure = $7 WHERE id = $1")
                .execute(Tuple.from(Arrays.asList(id, state, total, read, applied, skipped, failure)));
    }

    /** Every municipality anything is known about (each has a ledger version). */
    public static Uni<Set<String>> everyKnownMunicipality(SqlClient db) {
        return db.query("SELECT municipality_code FROM ledger_version").execute().map(rows -> {
            Set<String> codes = new HashSet<>();
            rows.forEach(row -> codes.add(row.getString("municipality_code")));
            return codes;
        });
    }
}
