package nl.permitholders.platform.inbox;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.permitholders.platform.api.DatabaseBusy;
import nl.permitholders.platform.api.DatabaseUnavailable;
import nl.permitholders.platform.events.EventNotKnownYetException;
import nl.permitholders.platform.events.UnreadableEventException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * How a consumer retries applying what it polled. While its database is unavailable (down, restarting, failing over,
 * or every connection busy) it retries without end, with back-off: nothing is acknowledged, so no offset is committed
 * past the records, and the connector pauses the partitions once its queue is full; the records are applied when the
 * database is back. Only then does a record risk the dead-letter topic: one that fails otherwise is retried
 * {@code consumer.retry.attempts} times before its consumer gives up on it, and one that can never be read, or whose type
 * it does not know yet ({@link DeferredEvents}), is not retried at all.
 * <p>
 * An attempt that has neither succeeded nor failed after {@code consumer.retry.attempt-deadline} is taken for a
 * database that does not answer, and tried again on a fresh transaction: a connection broken while a statement was
 * being written can leave that attempt waiting for ever, and with it the consumer. Should the abandoned attempt still
 * commit, its events are recognised as already applied.
 * <p>
 * Readiness is DOWN while a consumer waits for its database, naming the topics held up ({@link ConsumersWaitingCheck}).
 */
@ApplicationScoped
public class ConsumerRetries {

    private static final Logger LOG = Logger.getLogger(ConsumerRetries.class);
    private static final Duration FIRST_BACK_OFF = Duration.ofMillis(200);

    @ConfigProperty(name = "consumer.retry.attempts", defaultValue = "20")
    int attempts;

    @ConfigProperty(name = "consumer.retry.max-back-off", defaultValue = "10s")
    Duration maxBackOff;

    @ConfigProperty(name = "consumer.retry.attempt-deadline", defaultValue = "30s")
    Duration attemptDeadline;

    private final Map<String, Instant> waitingSince = new ConcurrentHashMap<>();

    /** {@code work}, retried as above; a failure it ends with is one the database did not cause. */
    public <T> Uni<T> retry(String topic, Uni<T> work) {
        return retry(topic, work, attempts);
    }

    /** As {@link #retry(String, Uni)}, with {@code attemptsOnOtherFailures} instead of the configured attempts. */
    public <T> Uni<T> retry(String topic, Uni<T> work, int attemptsOnOtherFailures) {
        return work
                .ifNoItem().after(attemptDeadline).failWith(() -> new NoAnswer(attemptDeadline))
                .onFailure(ConsumerRetries::databaseAway).invoke(failure -> waiting(topic, failure))
                .onFailure(ConsumerRetries::databaseAway).retry().withBackOff(FIRST_BACK_OFF, maxBackOff).indefinitely()
                .onItemOrFailure().invoke(() -> answered(topic))
                .onFailure(failure -> !(failure instanceof UnreadableEventException || failure instanceof EventNotKnownYetException))
                .retry().withBackOff(FIRST_BACK_OFF, maxBackOff).atMost(attemptsOnOtherFailures);
    }

    static boolean databaseAway(Throwable failure) {
        return failure instanceof NoAnswer || DatabaseUnavailable.causedBy(failure) || DatabaseBusy.causedBy(failure);
    }

    /** An attempt that got no answer within the deadline. */
    static final class NoAnswer extends RuntimeException {
        NoAnswer(Duration deadline) {
            super("no answer from the database within " + deadline.toSeconds() + " s", null, false, false);
        }
    }

    private void waiting(String topic, Throwable failure) {
        if (waitingSince.putIfAbsent(topic, Instant.now()) == null) {
            LOG.warnf("The consumer of %s waits for its database, retrying until it answers: %s", topic, failure.getMessage());
        }
    }

    private void answered(String topic) {
        Instant since = waitingSince.remove(topic);
        if (since != null) {
            LOG.infof("The consumer of %s reached its database again after %d s", topic, Duration.between(since, Instant.now()).toSeconds());
        }
    }

    /** Per topic whose consumer waits for the database, since when. */
    Map<String, Instant> waiting() {
        return Map.copyOf(waitingSince);
    }
}
