package nl.permitholders.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * What operators alert on for the outbox (docs/operations.md): how many events wait to be published, how old the
 * oldest is, and how many are parked because the broker refused them for good. Read from the table every few seconds, so the figures hold across instances and restarts. Beside them,
 * {@code outbox_publication_delay_seconds}: per event, from the moment it was written to the broker's acknowledgement,
 * the first leg of an event's way to its consumers; {@code outbox_events_published_total}, by the way the relay
 * published them (a steady share of {@code claimed} means publications from memory keep failing).
 */
@ApplicationScoped
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);

    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();
    private final AtomicLong parked = new AtomicLong();

    @Inject
    OutboxStore store;

    @Inject
    MeterRegistry registry;

    private volatile Timer publicationDelay;
    private volatile Counter publishedFromMemory;
    private volatile Counter publishedClaimed;

    void register(@Observes StartupEvent start) {
        publicationDelay = Timer.builder("outbox.publication.delay")
                .description("From an event's writing (occurred_at) to the broker's acknowledgement of its publication")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(1))
                .register(registry);
        publishedFromMemory = published(Way.FROM_MEMORY);
        publishedClaimed = published(Way.CLAIMED);
        Gauge.builder("outbox.pending.events", pending, AtomicLong::get)
                .description("Events written but not yet published to Kafka").register(registry);
        Gauge.builder("outbox.oldest.pending.age.seconds", oldestAgeSeconds, AtomicLong::get)
                .description("Age of the oldest event not yet published; grows while Kafka is unreachable").register(registry);
        Gauge.builder("outbox.events.parked", parked, AtomicLong::get)
                .description("Events the broker refused for good (too large, invalid), parked in the outbox and never "
                        + "published until an operator acts").register(registry);
    }

    private Counter published(Way way) {
        return Counter.builder("outbox.events.published").tag("way", way.tag)
                .description("Events the broker acknowledged, by how the relay published them: straight from memory after "
                        + "their commit, or claimed from the table (at start-up, after a failure, by the sweep)")
                .register(registry);
    }

    /** 1 while the relay publishes committed writes straight from memory, 0 while it claims them from the table (after a failure). */
    void watch(PublicationPath path) {
        Gauge.builder("outbox.publishing.from.memory", path, p -> p.fromMemory() ? 1 : 0)
                .description("1 while the outbox relay publishes each committed write at once from memory; 0 while it claims "
                        + "events from the table in order, at start-up and after a failed publication until nothing waits")
                .register(registry);
    }

    /** How the relay published an event: straight from memory after its commit, or claimed from the table. */
    enum Way {
        FROM_MEMORY("from-memory"), CLAIMED("claimed");

        final String tag;

        Way(String tag) {
            this.tag = tag;
        }
    }

    /** An event written at {@code occurredAt} was acknowledged by the broker just now. */
    void published(OffsetDateTime occurredAt, Way way) {
        Timer timer = publicationDelay;
        if (timer != null) {
            timer.record(Duration.between(occurredAt, OffsetDateTime.now()));
            (way == Way.FROM_MEMORY ? publishedFromMemory : publishedClaimed).increment();
        }
    }

    @Scheduled(every = "${outbox.metrics-interval:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        return store.backlog()
                .invoke(backlog -> {
                    pending.set(backlog.pending());
                    oldestAgeSeconds.set(backlog.oldestAgeSeconds());
                    parked.set(backlog.parked());
                })
                .onFailure().invoke(e -> LOG.debugf("Outbox metrics not refreshed: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
