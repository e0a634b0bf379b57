package nl.permitholders.systemtests;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import nl.permitholders.infrastructure.KafkaTopics;
import nl.permitholders.infrastructure.SystemStack;

/**
 * The row counts of every database once the system is quiet: every outbox published and every consumer done with
 * what was published, so that events of earlier writes still in flight do not change the counts while a test compares
 * them. Keeps its connections open between questions; close it when done.
 */
final class QuietSystem implements AutoCloseable {

    private final DatabaseSnapshot databases;
    private final KafkaTopics.ConsumerLag lag;
    private long waitedNanos;

    QuietSystem(SystemStack stack) {
        this.databases = new DatabaseSnapshot(stack);
        this.lag = stack.topics().consumerLag();
    }

    /** The rows per "database.table" once quiet: nothing unpublished, no lag, and two equal counts in a row. */
    Map<String, Long> rows() {
        long started = System.nanoTime();
        AtomicReference<Map<String, Long>> last = new AtomicReference<>(Map.of());
        // Polled often: with every event processed, two equal counts in a row are enough, and a test asks ~100 times.
        await().atMost(Duration.ofMinutes(2)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100)).until(() -> {
            if (databases.unpublishedEvents() > 0 || lag.unprocessedRecords() > 0) {
                last.set(Map.of());
                return false;
            }
            Map<String, Long> now = databases.take();
            boolean stable = now.equals(last.get());
            last.set(now);
            return stable;
        });
        waitedNanos += System.nanoTime() - started;
        return last.get();
    }

    /** What the databases are doing right now ({@link DatabaseSnapshot#activity()}). */
    String activity() {
        return databases.activity();
    }

    /** How long {@link #rows()} has taken so far, waiting included. */
    Duration waited() {
        return Duration.ofNanos(waitedNanos);
    }

    @Override
    public void close() {
        lag.close();
        databases.close();
    }
}
