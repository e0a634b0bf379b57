package nl.permitholders.supervision.projection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import nl.permitholders.platform.events.IncomingEvent;

/**
 * How current the projection is. {@code supervision_projection_staleness_seconds}: seconds since the time
 * ({@code ce_time}) of the newest event applied; read it together with the consumer lag
 * ({@link ConsumerLag}): with no lag the projection is current, however long ago the last event happened.
 * {@code supervision_projection_events_total} counts events by outcome (applied, duplicate, dead-lettered).
 * Where an event's time goes: {@code supervision_projection_delay_seconds}, per event applied, from its writing in the
 * producing service ({@code ce_time}) to the commit of its effect here (so it includes the producer's outbox, the
 * broker and this consumer), and {@code supervision_projection_batch_seconds}, per batch, the projection's own
 * transaction.
 */
@ApplicationScoped
public class ProjectionMetrics {

    @Inject
    MeterRegistry registry;

    private final AtomicReference<Instant> newestApplied = new AtomicReference<>();
    private Counter applied;
    private Counter duplicates;
    private Counter deadLettered;
    private Timer delay;
    private Timer batch;

    @PostConstruct
    void register() {
        Gauge.builder("supervision.projection.staleness", this, ProjectionMetrics::stalenessSeconds)
                .description("seconds since the ce_time of the newest event applied to the projection (NaN before the first)")
                .baseUnit("seconds").register(registry);
        Gauge.builder("supervision.projection.newest.event.time", this,
                        m -> m.newestApplied.get() == null ? Double.NaN : m.newestApplied.get().toEpochMilli() / 1000.0)
                .description("ce_time of the newest event applied to the projection, seconds since the epoch")
                .baseUnit("seconds").register(registry);
        delay = histogram("supervision.projection.delay",
                "from an event's writing in its producing service (ce_time) to the commit of its effect in the projection");
        batch = histogram("supervision.projection.batch", "the projection's transaction for one batch of polled events");
        applied = outcome("applied");
        duplicates = outcome("duplicate");
        deadLettered = outcome("dead-lettered");
    }

    private Timer histogram(String name, String description) {
        return Timer.builder(name).description(description).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(1)).register(registry);
    }

    private Counter outcome(String outcome) {
        return Counter.builder("supervision.projection.events").tag("outcome", outcome)
                .description("events consumed by the projection, by outcome").register(registry);
    }

    double stalenessSeconds() {
        Instant newest = newestApplied.get();
        return newest == null ? Double.NaN : Math.max(0, Instant.now().toEpochMilli() - newest.toEpochMilli()) / 1000.0;
    }

    void applied(List<Decoded> events, int delivered, long batchStartedNanos) {
        batch.record(System.nanoTime() - batchStartedNanos, TimeUnit.NANOSECONDS);
        Instant now = Instant.now();
        applied.increment(events.size());
        duplicates.increment(delivered - events.size());
        for (Decoded decoded : events) {
            IncomingEvent event = decoded.event();
            OffsetDateTime time = event.time();
            if (time != null) {
                Instant instant = time.toInstant();
                delay.record(Duration.between(instant, now));
                newestApplied.accumulateAndGet(instant, (a, b) -> a == null || b.isAfter(a) ? b : a);
            }
        }
    }

    void deadLettered() {
        deadLettered.increment();
    }
}
