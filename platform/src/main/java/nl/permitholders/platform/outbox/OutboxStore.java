package nl.permitholders.platform.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import nl.permitholders.platform.persistence.ValuesRows;
import nl.permitholders.platform.tracing.EventTracing;

/**
 * The statements of the {@code outbox_event} table: the rows a write appends (in the write's own transaction, through
 * its Hibernate session), and what the relay claims, stamps published or parks and the metrics count (on the reactive
 * pool, outside any session).
 */
@ApplicationScoped
public class OutboxStore {

    private static final String INSERT = "INSERT INTO outbox_event "
            + "(event_id, type, source, subject, partition_key, payload, occurred_at, traceparent, tracestate) VALUES ";
    private static final int INSERTED_COLUMNS = 9;
    private static final String COLUMNS = "id, event_id, type, source, subject, partition_key, payload, occurred_at, traceparent, tracestate";
    private static final String CLAIM = "SELECT " + COLUMNS + " FROM outbox_event WHERE published_at IS NULL "
            + "AND parked_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED";
    /**
     * What any instance left behind (older than the grace) and the given rows of this instance's own: a claim of every
     * row passes all of them, the sweep none (a row of its own that is younger is being published from memory).
     */
    private static final String CLAIM_OWN_AND_LEFT_BEHIND = "SELECT " + COLUMNS + " FROM outbox_event WHERE published_at IS NULL "
            + "AND parked_at IS NULL AND (occurred_at < $2 OR event_id = ANY($3)) ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED";
    private static final String MARK_CLAIMED = "UPDATE outbox_event SET published_at = now() WHERE id = ANY($1)";
    private static final String MARK_PUBLISHED = "UPDATE outbox_event SET published_at = now() WHERE event_id = ANY($1) "
            + "AND published_at IS NULL";
    private static final String PARK = "UPDATE outbox_event SET parked_at = now(), parked_reason = $2 WHERE event_id = $1 "
            + "AND published_at IS NULL";
    private static final String PENDING = "SELECT count(*) FILTER (WHERE parked_at IS NULL) AS pending, "
            + "coalesce(extract(epoch FROM now() - min(occurred_at) FILTER (WHERE parked_at IS NULL)), 0) AS oldest_age, "
            + "count(*) FILTER (WHERE parked_at IS NOT NULL) AS parked FROM outbox_event WHERE published_at IS NULL";

    /** A row claimed for publication: its id in the table and its event. */
    record Claimed(long id, OutboxEvent event) {
    }

    /** What waits in the table: unpublished rows, the age of the oldest in seconds, and the parked ones. */
    record Backlog(long pending, long oldestAgeSeconds, long parked) {
    }

    @Inject
    Pool pool;

    /**
     * Appends the rows in the caller's transaction, in one statement: through {@code db}, its connection, for a write on
     * the reactive SQL client; through its Hibernate session when {@code db} is null.
     */
    Uni<Void> insert(SqlClient db, List<OutboxEvent> events) {
        List<Object> values = new ArrayList<>(events.size() * INSERTED_COLUMNS);
        events.forEach(event -> values.addAll(Arrays.asList(event.eventId(), event.type(), event.source(), event.subject(),
                event.partitionKey(), event.payload(), event.occurredAt(), event.trace().traceparent(), event.trace().tracestate())));
        if (db != null) {
            return db.preparedQuery(INSERT + ValuesRows.ofSqlClient(events.size(), INSERTED_COLUMNS)).execute(Tuple.from(values))
                    .replaceWithVoid();
        }
        String sql = INSERT + ValuesRows.of(events.size(), INSERTED_COLUMNS);
        return Panache.getSession().flatMap(session -> {
            var insert = session.createNativeQuery(sql);
            for (int i = 0; i < values.size(); i++) {
                insert.setParameter(i + 1, values.get(i));
            }
            return insert.executeUpdate();
        }).replaceWithVoid();
    }

    /** Runs a claim in a transaction of its own on the pool. */
    <T> Uni<T> inTransaction(Function<SqlConnection, Uni<T>> claim) {
        return pool.withTransaction(claim);
    }

    /** Claims up to {@code limit} unpublished rows in id order, whoever wrote them. */
    Uni<List<Claimed>> claimEvery(SqlConnection db, int limit) {
        return db.preparedQuery(CLAIM).execute(Tuple.of(limit)).map(OutboxStore::claimed);
    }

    /** Claims up to {@code limit} unpublished rows older than {@code leftBefore} or among {@code own}, in id order. */
    Uni<List<Claimed>> claimOwnAndLeftBehind(SqlConnection db, int limit, OffsetDateTime leftBefore, UUID[] own) {
        return db.preparedQuery(CLAIM_OWN_AND_LEFT_BEHIND).execute(Tuple.of(limit, leftBefore, own)).map(OutboxStore::claimed);
    }

    /** Stamps claimed rows published. */
    Uni<Void> stampClaimed(SqlConnection db, List<Long> ids) {
        return db.preparedQuery(MARK_CLAIMED).execute(Tuple.of(ids.toArray(Long[]::new))).replaceWithVoid();
    }

    /** Stamps the rows of these events published, those not stamped yet. */
    Uni<Void> stampPublished(UUID[] eventIds) {
        return pool.preparedQuery(MARK_PUBLISHED).execute(Tuple.of(eventIds)).replaceWithVoid();
    }

    /** Parks an unpublished row, so that no claim takes it again. */
    Uni<Void> park(UUID eventId, String reason) {
        return park(pool, eventId, reason);
    }

    /** As {@link #park(UUID, String)}, in a claim's transaction. */
    Uni<Void> park(SqlConnection claim, UUID eventId, String reason) {
        return park((SqlClient) claim, eventId, reason);
    }

    private static Uni<Void> park(SqlClient db, UUID eventId, String reason) {
        return db.preparedQuery(PARK).execute(Tuple.of(eventId, reason)).replaceWithVoid();
    }

    Uni<Backlog> backlog() {
        return pool.query(PENDING).execute().map(rows -> {
            Row row = rows.iterator().next();
            return new Backlog(row.getLong("pending"), row.getNumeric("oldest_age").longValue(), row.getLong("parked"));
        });
    }

    private static List<Claimed> claimed(RowSet<Row> rows) {
        List<Claimed> claimed = new ArrayList<>(rows.size());
        for (Row row : rows) {
            claimed.add(new Claimed(row.getLong("id"), new OutboxEvent(row.getUUID("event_id"), row.getString("type"),
                    row.getString("source"), row.getString("subject"), row.getString("partition_key"), row.getString("payload"),
                    row.getOffsetDateTime("occurred_at"),
                    new EventTracing.Stored(row.getString("traceparent"), row.getString("tracestate")))));
        }
        return claimed;
    }
}
