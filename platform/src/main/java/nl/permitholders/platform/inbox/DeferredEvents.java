package nl.permitholders.platform.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import nl.permitholders.platform.events.EventNotKnownYetException;
import nl.permitholders.platform.events.IncomingEvent;
import org.jboss.logging.Logger;

/**
 * Events of a type or version a consumer does not know yet, kept aside in its database instead of dead-lettered: their
 * producer was upgraded before the consumer. At start-up and every {@code consumer.deferred.offer-interval} they are
 * offered again, in the order they were kept, to the consumer of their topic ({@link DeferredEventConsumer}); one it
 * now knows is applied exactly once (the consumer's inbox) and removed, one it still does not know stays. How many
 * wait is the gauge {@code events.deferred} per topic and type and a detail of readiness ({@link DeferredEventsCheck}),
 * which stays UP: an event waiting for its consumer's upgrade is no outage.
 */
@ApplicationScoped
public class DeferredEvents {

    private static final Logger LOG = Logger.getLogger(DeferredEvents.class);
    private static final String KEEP = "INSERT INTO deferred_event (event_id, topic, type, source, subject, time, data) "
            + "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (event_id) DO NOTHING";
    private static final String KEPT = "SELECT event_id, topic, type, source, subject, time, data FROM deferred_event ORDER BY id";
    private static final String FORGET = "DELETE FROM deferred_event WHERE event_id = $1";
    private static final String FAILED = "UPDATE deferred_event SET last_failure = $2 WHERE event_id = $1";
    private static final String COUNTS = "SELECT topic, type, count(*) AS kept, min(kept_at) AS since, max(last_failure) AS failure "
            + "FROM deferred_event GROUP BY topic, type ORDER BY topic, type";

    /** Per topic and type, the events kept aside: how many, since when, and why the last offer failed (if it did otherwise). */
    public record Waiting(String topic, String type, long count, OffsetDateTime since, String failure) {
    }

    @Inject
    Pool pool;

    @Inject
    ConsumerRetries retries;

    @Inject
    MeterRegistry registry;

    @Inject
    Vertx vertx;

    @Inject
    @Any
    Instance<DeferredEventConsumer> consumers;

    private volatile List<Waiting> waiting = List.of();
    private volatile MultiGauge gauge;

    void register(@Observes StartupEvent start) {
        gauge = MultiGauge.builder("events.deferred")
                .description("Events of a type or version the consumer does not know yet, kept aside until a version that "
                        + "knows them applies them")
                .register(registry);
    }

    /** Keeps the event aside (once, however often its record is delivered); waits for the database like a consumer. */
    public Uni<Void> keep(String topic, IncomingEvent event) {
        Tuple row = Tuple.tuple().addUUID(event.id()).addString(topic).addString(event.type()).addString(event.source())
                .addString(event.subject()).addOffsetDateTime(event.time()).addString(event.data());
        return retries.retry(topic, Uni.createFrom().deferred(() -> pool.preparedQuery(KEEP).execute(row)))
                .invoke(rows -> {
                    if (rows.rowCount() == 1) {
                        LOG.warnf("Event %s on %s is of a type this version does not know yet (%s): kept aside until a version "
                                + "that knows it runs", event.id(), topic, event.type());
                    }
                })
                .chain(this::refresh);
    }

    /** Offers every kept event again to the consumer of its topic, in the order they were kept. */
    @Scheduled(every = "${consumer.deferred.offer-interval:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> offerAgain() {
        return pool.query(KEPT).execute()
                .flatMap(rows -> {
                    Uni<Void> offers = Uni.createFrom().voidItem();
                    for (Row row : rows) {
                        String topic = row.getString("topic");
                        IncomingEvent event = new IncomingEvent(row.getUUID("event_id"), row.getString("type"), row.getString("source"),
                                row.getString("subject"), row.getOffsetDateTime("time"), row.getString("data"));
                        offers = offers.chain(() -> offer(topic, event));
                    }
                    return offers;
                })
                .chain(this::refresh)
                .onFailure().invoke(e -> LOG.warnf("Kept events not offered again now (%s); next time", e.getMessage()))
                .onFailure().recoverWithNull();
    }

    private Uni<Void> offer(String topic, IncomingEvent event) {
        DeferredEventConsumer consumer = consumerOf(topic);
        if (consumer == null) {
            return Uni.createFrom().voidItem();
        }
        return onOwnContext(() -> consumer.applyDeferred(topic, event))
                .chain(() -> pool.preparedQuery(FORGET).execute(Tuple.of(event.id())))
                .invoke(() -> LOG.infof("Event %s (%s) kept aside on %s is applied now", event.id(), event.type(), topic))
                .replaceWithVoid()
                .onFailure(EventNotKnownYetException.class).recoverWithNull()
                .onFailure().recoverWithUni(failure -> {
                    LOG.errorf("Event %s (%s) kept aside on %s is known now but failed: %s; it stays kept and is offered again",
                            event.id(), event.type(), topic, failure.toString());
                    return pool.preparedQuery(FAILED).execute(Tuple.of(event.id(), failure.toString())).replaceWithVoid()
                            .onFailure().recoverWithNull();
                });
    }

    /**
     * Runs {@code work} on a Vert.x context of its own, safe for Hibernate Reactive, as the messaging connector runs
     * each record's handling: the consumers' transactions need one, and a kept event is offered from a scheduled job.
     */
    private Uni<Void> onOwnContext(Supplier<Uni<Void>> work) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        return Uni.createFrom().emitter(emitter -> context.runOnContext(ignored -> Uni.createFrom().deferred(work::get)
                .subscribe().with(emitter::complete, emitter::fail)));
    }

    private DeferredEventConsumer consumerOf(String topic) {
        for (DeferredEventConsumer consumer : consumers) {
            if (consumer.topics().contains(topic)) {
                return consumer;
            }
        }
        return null;
    }

    private Uni<Void> refresh() {
        return pool.query(COUNTS).execute()
                .invoke(rows -> {
                    List<Waiting> now = new ArrayList<>();
                    List<MultiGauge.Row<?>> gauged = new ArrayList<>();
                    for (Row row : rows) {
                        Waiting w = new Waiting(row.getString("topic"), row.getString("type"), row.getLong("kept"),
                                row.getOffsetDateTime("since"), row.getString("failure"));
                        now.add(w);
                        gauged.add(MultiGauge.Row.of(Tags.of("topic", w.topic(), "type", w.type()), w.count()));
                    }
                    waiting = List.copyOf(now);
                    MultiGauge events = gauge;
                    if (events != null) {
                        events.register(gauged, true);
                    }
                })
                .replaceWithVoid();
    }

    /** The events kept aside as last counted (at each keep and each offer), per topic and type. */
    public List<Waiting> waiting() {
        return waiting;
    }

    /** Whether the event is kept aside now. */
    public Uni<Boolean> kept(UUID eventId) {
        return pool.preparedQuery("SELECT 1 FROM deferred_event WHERE event_id = $1").execute(Tuple.of(eventId))
                .map(rows -> rows.size() == 1);
    }
}
