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

    /**
     * The rows per "database.table" once quiet: nothing unpublished, no lag, and nothing written while they were counted.
     * Nothing written shows in PostgreSQL's WAL: every committed write moves its insert position, which all four
     * databases share, so a count between two equal positions is a count of a still moment. Where something else keeps
     * writing (autovacuum after a large load), two equal counts in a row are enough, as they always were.
     */
    Map<String, Long> rows() {
        long started = System.nanoTime();
        AtomicReference<Map<String, Long>> last = new AtomicReference<>(Map.of());
        AtomicReference<Map<String, Long>> still = new AtomicReference<>();
        // Polled often: a test asks ~100 times, and most times the system is quiet already.
        await().atMost(Duration.ofMinutes(2)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100)).until(() -> {
            if (databases.unpublishedEvents() > 0 || lag.unprocessedRecords() > 0) {
                last.set(Map.of());
                return false;
            }
            String before = databases.walPosition();
            Map<String, Long> now = databases.take();
            if (before.equals(databases.walPosition())) {
                still.set(now);
                return true;
            }
            boolean stable = now.equals(last.get());
            last.set(now);
            return stable;
        });
        waitedNanos += System.nanoTime() - started;
        return still.get() != null ? still.get() : last.get();
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
