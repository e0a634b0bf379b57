package nl.permitholders.platform.outbox;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Publishes the outbox to Kafka as CloudEvents (binary mode, key = subject) and marks the rows published.
 * <p>
 * Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several instances can relay at once without sending a
 * row twice concurrently. Delivery is at least once: a crash between the broker's ack and the update re-sends the
 * row, which consumers recognise by its event id. While Kafka is unreachable the rows simply wait.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private static final String CLAIM = "SELECT id, event_id, type, source, subject, partition_key, payload, occurred_at "
            + "FROM outbox_event WHERE published_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED";
    private static final String MARK_PUBLISHED = "UPDATE outbox_event SET published_at = now() WHERE id = ANY($1)";

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();
    /** Set on shutdown: no new publication starts, and the one in progress ends after its batch. */
    private volatile boolean stopping;
    /** Completes when the publication in progress has ended. */
    private volatile CompletableFuture<Void> publication = CompletableFuture.completedFuture(null);

    @Inject
    Pool pool;

    @Inject
    OutboxMetrics metrics;

    @Inject
    @Channel("outbox")
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
    MutinyEmitter<String> emitter;

    @ConfigProperty(name = "outbox.batch-size", defaultValue = "500")
    int batchSize;

    /** Publishes what is pending, now or as soon as the publication in progress has finished. Never blocks. */
    public void requestFlush() {
        requested.set(true);
        if (!stopping && running.compareAndSet(false, true)) {
            drain();
        }
    }

    /**
     * Graceful shutdown: before the database pool and the Kafka producer close, let the batch being published finish
     * and be marked published, so the relay does not end mid-batch (its rows would be rolled back and sent again by
     * another instance). Rows left unpublished are picked up by any instance's next sweep.
     */
    void stop(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent shutdown) {
        stopping = true;
        try {
            publication.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf("The outbox publication in progress did not end within 10 s of shutdown: %s", e.getMessage());
        }
    }

    private void drain() {
        requested.set(false);
        CompletableFuture<Void> ended = new CompletableFuture<>();
        publication = ended;
        publishAll().onTermination().invoke(() -> ended.complete(null)).subscribe().with(
                complete -> finished(complete),
                failure -> {
                    LOG.warnf("Outbox publication failed, the sweep will retry: %s", failure.getMessage());
                    finished(false);
                });
    }

    private void finished(boolean complete) {
        running.set(false);
        // After a failed publication only the sweep retries, so an unreachable broker is not hammered in a loop.
        if (complete && requested.get() && !stopping && running.compareAndSet(false, true)) {
            drain();
        }
    }

    /** Publishes batches until the outbox is empty (true) or a send failed (false). */
    Uni<Boolean> publishAll() {
        return pool.withTransaction(this::publishBatch).flatMap(batch -> {
            if (batch.failed()) {
                return Uni.createFrom().item(false);
            }
            return batch.claimed() == batchSize && !stopping ? publishAll() : Uni.createFrom().item(true);
        });
    }

    private Uni<BatchResult> publishBatch(SqlConnection connection) {
        return connection.preparedQuery(CLAIM).execute(Tuple.of(batchSize)).flatMap(rows -> {
            if (rows.size() == 0) {
                return Uni.createFrom().item(new BatchResult(0, 0));
            }
            List<Uni<Long>> sends = send(rows);
            return Uni.join().all(sends).andFailFast().flatMap(results -> {
                Long[] acked = results.stream().filter(Objects::nonNull).toArray(Long[]::new);
                BatchResult result = new BatchResult(rows.size(), acked.length);
                if (acked.length == 0) {
                    return Uni.createFrom().item(result);
                }
                return connection.preparedQuery(MARK_PUBLISHED).execute(Tuple.of(acked)).replaceWith(result);
            });
        });
    }

    private List<Uni<Long>> send(RowSet<Row> rows) {
        List<Uni<Long>> sends = new ArrayList<>(rows.size());
        for (Row row : rows) {
            long id = row.getLong("id");
            OffsetDateTime occurredAt = row.getOffsetDateTime("occurred_at");
            sends.add(emitter.sendMessage(toMessage(row))
                    .invoke(() -> metrics.published(occurredAt))
                    .replaceWith(id)
                    .onFailure().invoke(e -> LOG.debugf("Event %s not acknowledged: %s", row.getUUID("event_id"), e.getMessage()))
                    .onFailure().recoverWithNull());
        }
        return sends;
    }

    private static Message<String> toMessage(Row row) {
        OffsetDateTime occurredAt = row.getOffsetDateTime("occurred_at");
        OutgoingCloudEventMetadata<String> cloudEvent = OutgoingCloudEventMetadata.<String>builder()
                .withId(row.getUUID("event_id").toString())
                .withSource(URI.create(row.getString("source")))
                .withType(row.getString("type"))
                .withSubject(row.getString("subject"))
                .withTimestamp(occurredAt.toZonedDateTime())
                .withDataContentType("application/json")
                .build();
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(row.getString("partition_key"))
                .build();
        return Message.of(row.getString("payload")).addMetadata(cloudEvent).addMetadata(kafka);
    }

    private record BatchResult(int claimed, int published) {
        boolean failed() {
            return published < claimed;
        }
    }
}
