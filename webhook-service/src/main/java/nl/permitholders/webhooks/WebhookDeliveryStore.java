package nl.permitholders.webhooks;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The deliveries queued for the subscriptions ({@code webhook_delivery}) and the kept events they deliver
 * ({@code webhook_event}), read and changed in the connection or transaction given. What a delivery attempt came to is
 * {@link DeliveryOutcomeStore}'s; the subscriptions themselves are {@link SubscriptionStore}'s.
 */
@ApplicationScoped
public class WebhookDeliveryStore {

    private static final String DUE_HEADS = "SELECT h.id, h.attempts, h.first_failed_at, e.id AS event_id, e.type, e.source, e.subject, "
            + "e.time, e.data FROM (SELECT DISTINCT ON (COALESCE(d.subject, '')) d.id, d.attempts, d.first_failed_at, d.next_attempt_at, "
            + "d.event_seq FROM webhook_delivery d WHERE d.subscription_id = $1 AND d.status = 'PENDING' "
            + "ORDER BY COALESCE(d.subject, ''), d.id) h JOIN webhook_event e ON e.seq = h.event_seq "
            + "WHERE h.next_attempt_at <= $2 AND h.id > $4 ORDER BY h.id LIMIT $3";

    /**
     * The first pending delivery of each subject of the subscription due at {@code now}, after delivery {@code after},
     * {@code batchSize} at most, with its event.
     */
    public Uni<RowSet<Row>> dueHeads(SqlClient db, UUID subscription, OffsetDateTime now, int batchSize, long after) {
        return db.preparedQuery(DUE_HEADS).execute(Tuple.of(subscription, now, batchSize, after));
    }

    /** The subscription's waiting deliveries are tried at {@code now}, with a new time before it is suspended again. */
    public Uni<RowSet<Row>> retryPendingNow(SqlClient db, UUID subscription, OffsetDateTime now) {
        return db.preparedQuery("UPDATE webhook_delivery SET first_failed_at = NULL, next_attempt_at = $2 "
                + "WHERE subscription_id = $1 AND status = 'PENDING'").execute(Tuple.of(subscription, now));
    }

    /** How many deliveries a replay of the subscription queued still wait. */
    public Uni<Long> pendingReplayed(SqlClient db, UUID subscription) {
        return db.preparedQuery("SELECT count(*) AS n FROM webhook_delivery WHERE subscription_id = $1 AND status = 'PENDING' "
                + "AND replay_id IS NOT NULL").execute(Tuple.of(subscription)).map(rows -> rows.iterator().next().getLong("n"));
    }

    /** The kept event {@code eventId}'s sequence number: no row when it is not kept. */
    public Uni<RowSet<Row>> eventSeq(SqlClient db, UUID eventId) {
        return db.preparedQuery("SELECT seq FROM webhook_event WHERE id = $1").execute(Tuple.of(eventId));
    }

    /** The kept events from sequence number {@code seq} on and at or after {@code from} (when given), in their order. */
    public Uni<RowSet<Row>> eventsFrom(SqlClient db, long seq, OffsetDateTime from) {
        return db.preparedQuery(
                        "SELECT seq, id, type, subject, municipality_code, province_code, corporation_id, COALESCE(time, received_at) AS at "
                        + "FROM webhook_event WHERE seq >= $1 AND ($2::timestamptz IS NULL OR COALESCE(time, received_at) >= $2) "
                        + "ORDER BY seq").execute(Tuple.of(seq, from));
    }

    /** Queues the events {@code taken} for the subscription again, for replay {@code replay}; one that waits already is not. */
    public Uni<RowSet<Row>> queueReplay(SqlClient db, UUID subscription, List<Row> taken, OffsetDateTime now, UUID replay) {
        return db.preparedQuery("INSERT INTO webhook_delivery (subscription_id, event_seq, event_id, event_type, subject, "
                        + "status, next_attempt_at, created_at, replay_id) SELECT $1, t.seq, t.id, t.type, t.subject, 'PENDING', $6, $6, $7 "
                        + "FROM unnest($2::bigint[], $3::uuid[], $4::text[], $5::text[]) WITH ORDINALITY AS t(seq, id, type, subject, n) "
                        + "ORDER BY t.n ON CONFLICT (subscription_id, event_seq) WHERE status = 'PENDING' DO NOTHING")
                .execute(Tuple.from(Arrays.asList(subscription, taken.stream().map(r -> r.getLong("seq")).toArray(Long[]::new),
                        taken.stream().map(r -> r.getUUID("id")).toArray(UUID[]::new),
                        taken.stream().map(r -> r.getString("type")).toArray(String[]::new),
                        taken.stream().map(r -> r.getString("subject")).toArray(String[]::new), now, replay)));
    }

    /** Every pending delivery queued before {@code before} has expired at {@code now}. */
    public Uni<RowSet<Row>> expirePendingBefore(SqlClient db, OffsetDateTime before, OffsetDateTime now) {
        return db.preparedQuery("UPDATE webhook_delivery SET status = 'EXPIRED', expired_at = $2 WHERE status = 'PENDING' AND created_at < $1")
                .execute(Tuple.of(before, now));
    }

    /** Deletes the delivery log's lines delivered or expired before {@code before}. */
    public Uni<RowSet<Row>> deleteLogBefore(SqlClient db, OffsetDateTime before) {
        return db.preparedQuery("DELETE FROM webhook_delivery WHERE (status = 'DELIVERED' AND delivered_at < $1) "
                + "OR (status = 'EXPIRED' AND expired_at < $1)").execute(Tuple.of(before));
    }

    /** Deletes the kept events received before {@code before} that no pending delivery waits for. */
    public Uni<RowSet<Row>> deleteEventsBefore(SqlClient db, OffsetDateTime before) {
        return db.preparedQuery("DELETE FROM webhook_event e WHERE e.received_at < $1 AND NOT EXISTS "
                        + "(SELECT 1 FROM webhook_delivery d WHERE d.event_seq = e.seq AND d.status = 'PENDING')")
                .execute(Tuple.of(before));
    }

    /** The pending deliveries of each subscription, in the order given, expire at {@code at}. */
    public Uni<RowSet<Row>> expirePending(SqlClient db, List<UUID> subscriptions, OffsetDateTime at) {
        return db.preparedQuery("UPDATE webhook_delivery SET status = 'EXPIRED', expired_at = $2 "
                + "WHERE subscription_id = $1 AND status = 'PENDING'").executeBatch(subscriptions.stream().map(id -> Tuple.of(id, at)).toList());
    }

    /** How many deliveries the subscription's log holds. */
    public Uni<Long> count(SqlClient db, UUID subscription) {
        return db.preparedQuery("SELECT count(*) AS n FROM webhook_delivery WHERE subscription_id = $1")
                .execute(Tuple.of(subscription)).map(rows -> rows.iterator().next().getLong("n"));
    }

    /** A page of the subscription's delivery log, newest first. */
    public Uni<RowSet<Row>> page(SqlClient db, UUID subscription, int pageSize, int offset) {
        return db.preparedQuery("SELECT event_id, event_type, subject, status, attempts, last_attempt_at, "
                        + "last_status, last_error, next_attempt_at, delivered_at, created_at, expired_at FROM webhook_delivery "
                        + "WHERE subscription_id = $1 ORDER BY id DESC LIMIT $2 OFFSET $3")
                .execute(Tuple.of(subscription, pageSize, offset));
    }
}
