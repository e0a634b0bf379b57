package nl.permitholders.supervision.projection;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.permitholders.platform.events.EventNotKnownYetException;
import nl.permitholders.platform.events.IncomingEvent;
import nl.permitholders.platform.events.UnreadableEventException;
import nl.permitholders.platform.inbox.ConsumerRetries;
import nl.permitholders.platform.inbox.DeferredEvents;
import nl.permitholders.platform.tracing.EventTracing;
import nl.permitholders.supervision.live.FigureChanges;
import nl.permitholders.supervision.projection.ProjectionStore.Applied;
import nl.permitholders.supervision.verdict.Rejudging;
import nl.permitholders.supervision.verdict.VerdictRecorder.Cause;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Applies what the consumers poll, a batch at a time and exactly once: each event id is recorded in the inbox in the
 * same transaction as the event's effect, so a redelivery changes nothing. A record that can never be applied goes to
 * the dead-letter topic and the rest of the batch carries on; an event of a type this version does not know yet is kept
 * aside until one that knows it runs ({@link DeferredEvents}). While the database is unavailable the batch is retried
 * until it is back, unacknowledged ({@link ConsumerRetries}); should a batch fail otherwise, also after retries, its
 * events are applied one by one, so only an event that itself cannot be stored ends up on the dead-letter topic.
 * <p>
 * Once the effect is committed (and the figures it changed are served), the closed half-years of the municipalities
 * whose closed half-years the batch could change ({@code VerdictRelevance}) are judged again in a transaction of their
 * own, before the batch is acknowledged. Judging reads the
 * municipality's whole ledger, so keeping it out of the projection's transaction lets the figures through sooner. It
 * judges for every event of the batch, also those already handled: should the service stop between the two
 * transactions, the batch is delivered again and the judging it missed happens then.
 * <p>
 * Each event is applied under a span of its own whose parent is the trace context its record carries, so the trace of
 * the write that published it (a placement registered, say) ends in the municipalities whose figures it changed and
 * the projection version that shows them. A span per batch would sit in a trace of its own, reachable only through
 * its links, and a placement's trace would not show where it arrived.
 */
@ApplicationScoped
public class LiveProjection {

    private static final Logger LOG = Logger.getLogger(LiveProjection.class);
    /** An event of a batch that failed is tried a few times on its own, not as long as the batch was. */
    private static final int ATTEMPTS_ONE_BY_ONE = 3;

    private static final AttributeKey<Boolean> DUPLICATE = AttributeKey.booleanKey("supervision.duplicate");
    private static final AttributeKey<Long> VERSION = AttributeKey.longKey("supervision.projection.version");
    private static final AttributeKey<List<String>> MUNICIPALITIES = AttributeKey.stringArrayKey("supervision.municipalities");

    @Inject
    Pool pool;

    @Inject
    EventDecoder decoder;

    @Inject
    ProjectionStore store;

    @Inject
    Rejudging rejudging;

    @Inject
    DeadLetters deadLetters;

    @Inject
    DeferredEvents deferred;

    @Inject
    ConsumerRetries retries;

    @Inject
    ProjectionMetrics metrics;

    @Inject
    FigureChanges figureChanges;

    @Inject
    Clock clock;

    @Inject
    EventTracing tracing;

    private record Polled(ConsumerRecord<String, String> record, Decoded decoded) {
    }

    public Uni<Void> project(Iterable<ConsumerRecord<String, String>> records) {
        List<Polled> readable = new ArrayList<>();
        List<Uni<Void>> setAside = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            IncomingEvent event = null;
            try {
                event = IncomingEvent.from(record);
                readable.add(new Polled(record, decoder.decode(event)));
            } catch (EventNotKnownYetException e) {
                setAside.add(deferred.keep(record.topic(), event));
            } catch (UnreadableEventException e) {
                setAside.add(deadLetters.send(record, e));
            }
        }
        Uni<Void> unapplied = setAside.isEmpty() ? Uni.createFrom().voidItem() : Uni.join().all(setAside).andFailFast().replaceWithVoid();
        return unapplied.chain(() -> applyAll(readable)
                .onFailure().recoverWithUni(failure -> {
                    LOG.warnf("A batch of %d events failed after retries (%s); applying them one by one", readable.size(), failure.getMessage());
                    return applyOneByOne(readable);
                }));
    }

    private Uni<Void> applyAll(List<Polled> polled) {
        if (polled.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Decoded> events = polled.stream().map(Polled::decoded).toList();
        String topic = polled.get(0).record().topic();
        return retries.retry(topic, apply(polled))
                .chain(() -> judge(topic, events));
    }

    private Uni<Void> applyOneByOne(List<Polled> polled) {
        List<Decoded> stored = new ArrayList<>();
        Uni<Void> all = Uni.createFrom().voidItem();
        for (Polled one : polled) {
            all = all.chain(() -> retries.retry(one.record().topic(), apply(List.of(one)), ATTEMPTS_ONE_BY_ONE)
                    .invoke(() -> stored.add(one.decoded()))
                    .onFailure().recoverWithUni(failure -> deadLetters.send(one.record(), failure)));
        }
        return all.chain(() -> judge(polled.get(0).record().topic(), stored));
    }

    private Uni<Void> apply(List<Polled> polled) {
        List<Decoded> events = polled.stream().map(Polled::decoded).toList();
        return Uni.createFrom().item(System::nanoTime).flatMap(started -> traced(polled, stored(events, started)))
                .replaceWithVoid();
    }

    /**
     * Applies an event kept aside while this version did not know it ({@link DeferredEvents}), as a polled one: exactly
     * once, then judged; failing with {@link EventNotKnownYetException} while it is still not known.
     */
    public Uni<Void> applyDeferred(String topic, IncomingEvent event) {
        return Uni.createFrom().item(() -> decoder.decode(event))
                .flatMap(decoded -> retries.retry(topic, Uni.createFrom().item(System::nanoTime)
                                .flatMap(started -> stored(List.of(decoded), started)))
                        .chain(() -> judge(topic, List.of(decoded))));
    }

    private Uni<Applied> stored(List<Decoded> events, long started) {
        return store.applyLive(pool, events).invoke(applied -> {
            metrics.applied(applied.events(), events.size(), started);
            figureChanges.changed(ProjectionStore.changed(applied.events()));
        });
    }

    /** Applies the events each under a span of its own, child of the trace context its record carries; once per attempt. */
    private Uni<Applied> traced(List<Polled> polled, Uni<Applied> applying) {
        return Uni.createFrom().item(() -> polled.stream().map(one -> tracing.applying(one.record(), one.decoded().event())).toList())
                .flatMap(spans -> applying
                        .invoke(applied -> describe(spans, polled, applied))
                        .onTermination().invoke((applied, failure, cancelled) -> spans.forEach(span -> EventTracing.end(span, failure))));
    }

    /** Per event's span: whether it was applied (or had been before), in which projection version, to which municipalities. */
    private static void describe(List<Span> spans, List<Polled> polled, Applied applied) {
        Set<Decoded> fresh = Collections.newSetFromMap(new IdentityHashMap<>());
        fresh.addAll(applied.events());
        for (int i = 0; i < spans.size(); i++) {
            Decoded event = polled.get(i).decoded();
            Span span = spans.get(i);
            span.setAttribute(DUPLICATE, !fresh.contains(event));
            if (fresh.contains(event)) {
                span.setAttribute(VERSION, applied.version());
                span.setAttribute(MUNICIPALITIES, List.copyOf(event.municipalities()));
            }
        }
    }

    /**
     * Judges the closed half-years of the municipalities the events moved again. While the database is away it waits
     * for it, as applying the events does; should judging keep failing otherwise, the municipality's verdicts are
     * judged again at its next event, or early the next day by the {@code DeadlineWatch}.
     */
    private Uni<Void> judge(String topic, List<Decoded> events) {
        Map<String, Cause> causes = causes(events, LocalDate.now(clock));
        if (causes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return rejudging.judgeForConsumerOf(topic, causes)
                .onFailure().recoverWithItem(failure -> {
                    LOG.errorf("The verdicts of %s were not judged again after their events (%s); their next event or the daily "
                            + "deadline watch judges them", causes.keySet(), failure.getMessage());
                    return null;
                });
    }

    /** Per municipality to judge again, the last event of the batch that moved its figures of a closed half-year. */
    private static Map<String, Cause> causes(List<Decoded> events, LocalDate today) {
        Map<String, Cause> causes = new LinkedHashMap<>();
        for (Decoded e : events) {
            for (String code : e.toJudgeAgain(today)) {
                causes.put(code, new Cause(e.event().type(), e.event().id()));
            }
        }
        return causes;
    }
}
