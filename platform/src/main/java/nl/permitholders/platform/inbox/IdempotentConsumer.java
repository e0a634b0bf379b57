package nl.permitholders.platform.inbox;

import io.quarkus.logging.Log;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Function;
import nl.permitholders.platform.events.EventNotKnownYetException;
import nl.permitholders.platform.events.IncomingEvent;
import nl.permitholders.platform.events.UnreadableEventException;
import nl.permitholders.platform.tracing.EventTracing;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Applies a consumed event exactly once: the event id is recorded in the same transaction as the handler's effect,
 * so a redelivery changes nothing. A record that can never be applied ({@link UnreadableEventException}: not a
 * CloudEvent, data missing or unreadable) fails at once, so the channel's dead-letter strategy takes it. One whose type
 * or version the handler does not know yet ({@link EventNotKnownYetException}: its producer was upgraded first) is
 * kept aside instead, and applied when a version that knows it runs ({@link DeferredEvents}). While the database is
 * unavailable the record is retried until it is back ({@link ConsumerRetries}); any other failure a limited number of
 * times before the dead-letter strategy takes it.
 */
@ApplicationScoped
public class IdempotentConsumer {

    @Inject
    ProcessedEventStore processedEvents;

    @Inject
    ConsumerRetries retries;

    @Inject
    MeterRegistry registry;

    @Inject
    EventTracing tracing;

    @Inject
    DeferredEvents deferred;

    public Uni<Void> consume(ConsumerRecord<String, String> record, Function<IncomingEvent, Uni<Void>> handler) {
        return Uni.createFrom().item(() -> IncomingEvent.from(record)).flatMap(event -> traced(record, event, handler))
                .invoke(() -> registry.counter("events.consumed", "topic", record.topic()).increment())
                // A failed record goes to the dead-letter topic (the channel's failure strategy): operators alert on this.
                .onFailure().invoke(failure -> {
                    registry.counter("events.dead.lettered", "topic", record.topic(),
                            "reason", failure instanceof UnreadableEventException ? "unreadable" : "not-applied").increment();
                    Log.warnf("Record %s-%d@%d goes to the dead-letter topic: %s", record.topic(), record.partition(),
                            record.offset(), failure.toString());
                });
    }

    /** Applies the event under a span whose parent is the trace context its record carries. */
    private Uni<Void> traced(ConsumerRecord<String, String> record, IncomingEvent event, Function<IncomingEvent, Uni<Void>> handler) {
        return Uni.createFrom().item(() -> tracing.applying(record, event))
                .flatMap(span -> applyOnce(record.topic(), event, handler)
                        .onFailure(EventNotKnownYetException.class).recoverWithUni(() -> deferred.keep(record.topic(), event))
                        .onTermination().invoke((ok, failure, cancelled) -> EventTracing.end(span, failure)));
    }

    /**
     * Applies an event kept aside before ({@link DeferredEventConsumer#applyDeferred}) with the handler its records go
     * to: exactly once, failing with {@link EventNotKnownYetException} while the handler does not know it.
     */
    public Uni<Void> applyDeferred(String topic, IncomingEvent event, Function<IncomingEvent, Uni<Void>> handler) {
        return applyOnce(topic, event, handler);
    }

    private Uni<Void> applyOnce(String topic, IncomingEvent event, Function<IncomingEvent, Uni<Void>> handler) {
        return retries.retry(topic, Panache.withTransaction(() -> processedEvents.firstDelivery(event.id(), event.type())
                .flatMap(first -> first ? handler.apply(event) : Uni.createFrom().voidItem())));
    }
}
