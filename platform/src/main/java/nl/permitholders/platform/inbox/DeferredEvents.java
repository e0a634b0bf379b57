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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import nl.permitholders.platform.events.EventNotKnownYetException;
import nl.permitholders.platform.events.IncomingEvent;
import nl.permitholders.platform.inbox.DeferredEventStore.Waiting;
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
    @Inject
    DeferredEventStore store;

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
        return retries.retry(topic, Uni.createFrom().deferred(() -> store.keep(topic, event)))
                .invoke(first -> {
                    if (first) {
                        LOG.warnf("Event %s on %s is of a type this version does not know yet (%s): kept aside until a version "
                                + "that knows it runs", event.id(), topic, event.type());
                    }
                })
                .chain(this::refresh);
    }

    /** Offers every kept event again to the consumer of its topic, in the order they were kept. */
    @Scheduled(every = "${consumer.deferred.offer-interval:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> offerAgain() {
        return store.kept()
                .flatMap(kept -> {
                    Uni<Void> offers = Uni.createFrom().voidItem();
                    for (DeferredEventStore.Kept one : kept) {
                        offers = offers.chain(() -> offer(one.topic(), one.event()));
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
                .chain(() -> store.forget(event.id()))
                .invoke(() -> LOG.infof("Event %s (%s) kept aside on %s is applied now", event.id(), event.type(), topic))
                .replaceWithVoid()
                .onFailure(EventNotKnownYetException.class).recoverWithNull()
                .onFailure().recoverWithUni(failure -> {
                    LOG.errorf("Event %s (%s) kept aside on %s is known now but failed: %s; it stays kept and is offered again",
                            event.id(), event.type(), topic, failure.toString());
                    return store.failed(event.id(), failure.toString()).onFailure().recoverWithNull();
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
        return store.waiting()
                .invoke(now -> {
                    List<MultiGauge.Row<?>> gauged = new ArrayList<>();
                    for (Waiting w : now) {
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
        return store.isKept(eventId);
    }
}
