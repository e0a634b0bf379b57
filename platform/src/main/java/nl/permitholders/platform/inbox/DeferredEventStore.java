package nl.permitholders.platform.inbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.permitholders.platform.events.IncomingEvent;

/** The statements of the {@code deferred_event} table, the events kept aside until a version that knows them runs. */
@ApplicationScoped
public class DeferredEventStore {

    private static final String KEEP = "INSERT INTO deferred_event (event_id, topic, type, source, subject, time, data) "
            + "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (event_id) DO NOTHING";
    private static final String KEPT = "SELECT event_id, topic, type, source, subject, time, data FROM deferred_event ORDER BY id";
    private static final String IS_KEPT = "SELECT 1 FROM deferred_event WHERE event_id = $1";
    private static final String FORGET = "DELETE FROM deferred_event WHERE event_id = $1";
    private static final String FAILED = "UPDATE deferred_event SET last_failure = $2 WHERE event_id = $1";
    private static final String COUNTS = "SELECT topic, type, count(*) AS kept, min(kept_at) AS since, max(last_failure) AS failure "
            + "FROM deferred_event GROUP BY topic, type ORDER BY topic, type";

    /** An event kept aside, with the topic it came from. */
    public record Kept(String topic, IncomingEvent event) {
    }

    /** Per topic and type, the events kept aside: how many, since when, and why the last offer failed (if it did otherwise). */
    public record Waiting(String topic, String type, long count, OffsetDateTime since, String failure) {
    }

    @Inject
    Pool pool;

    /** Keeps the event aside; true the first time, false when it was kept already. */
    Uni<Boolean> keep(String topic, IncomingEvent event) {
        Tuple row = Tuple.tuple().addUUID(event.id()).addString(topic).addString(event.type()).addString(event.source())
                .addString(event.subject()).addOffsetDateTime(event.time()).addString(event.data());
        return pool.preparedQuery(KEEP).execute(row).map(rows -> rows.rowCount() == 1);
    }

    /** Every event kept aside, in the order it was kept. */
    Uni<List<Kept>> kept() {
        return pool.query(KEPT).execute().map(rows -> {
            List<Kept> kept = new ArrayList<>(rows.size());
            for (Row row : rows) {
                kept.add(new Kept(row.getString("topic"), new IncomingEvent(row.getUUID("event_id"), row.getString("type"),
                        row.getString("source"), row.getString("subject"), row.getOffsetDateTime("time"), row.getString("data"))));
            }
            return kept;
        });
    }

    Uni<Boolean> isKept(UUID eventId) {
        return pool.preparedQuery(IS_KEPT).execute(Tuple.of(eventId)).map(rows -> rows.size() == 1);
    }

    /** The event is applied now: no longer kept. */
    Uni<Void> forget(UUID eventId) {
        return pool.preparedQuery(FORGET).execute(Tuple.of(eventId)).replaceWithVoid();
    }

    /** The event's last offer failed otherwise than as not known yet, for this reason. */
    Uni<Void> failed(UUID eventId, String failure) {
        return pool.preparedQuery(FAILED).execute(Tuple.of(eventId, failure)).replaceWithVoid();
    }

    Uni<List<Waiting>> waiting() {
        return pool.query(COUNTS).execute().map(rows -> {
            List<Waiting> waiting = new ArrayList<>(rows.size());
            for (Row row : rows) {
                waiting.add(new Waiting(row.getString("topic"), row.getString("type"), row.getLong("kept"),
                        row.getOffsetDateTime("since"), row.getString("failure")));
            }
            return waiting;
        });
    }
}
