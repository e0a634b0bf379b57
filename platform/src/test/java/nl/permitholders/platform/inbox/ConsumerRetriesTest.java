package nl.permitholders.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import nl.permitholders.platform.events.EventNotKnownYetException;
import nl.permitholders.platform.events.UnreadableEventException;
import org.junit.jupiter.api.Test;

class ConsumerRetriesTest {

    private static final String TOPIC = "placement.events";

    private final ConsumerRetries retries = new ConsumerRetries();

    ConsumerRetriesTest() {
        retries.attempts = 2;
        retries.maxBackOff = Duration.ofMillis(200);
        retries.attemptDeadline = Duration.ofMillis(300);
    }

    /** Work that fails {@code times} times with {@code failure}, then succeeds; counts its attempts. */
    private static Uni<String> failing(int times, RuntimeException failure, AtomicInteger attempts) {
        return Uni.createFrom().item(() -> {
            if (attempts.incrementAndGet() <= times) {
                throw failure;
            }
            return "applied";
        });
    }

    @Test
    void whileTheDatabaseIsUnreachableItRetriesFarBeyondTheAttemptsForOtherFailuresAndReportsTheWait() {
        AtomicInteger attempts = new AtomicInteger();
        Uni<String> work = failing(10, new RuntimeException("pool", new ConnectException("Connection refused")), attempts)
                .invoke(() -> assertThat(retries.waiting()).as("cleared only once the database answered").containsKey(TOPIC));
        assertThat(retries.waiting()).isEmpty();

        assertThat(retries.retry(TOPIC, work).await().atMost(Duration.ofSeconds(30))).isEqualTo("applied");
        assertThat(attempts).hasValue(11);
        assertThat(retries.waiting()).as("no consumer waits any more").isEmpty();
    }

    @Test
    void anAttemptThatNeverAnswersIsTakenForADatabaseAwayAndTriedAgainWithoutEnd() {
        AtomicInteger attempts = new AtomicInteger();
        // More silent attempts than the attempts allowed for other failures: silence is waited out like an outage.
        Uni<String> work = Uni.createFrom().deferred(() -> attempts.incrementAndGet() <= 4
                ? Uni.createFrom().<String>nothing()
                : Uni.createFrom().item("applied").invoke(() -> assertThat(retries.waiting()).containsKey(TOPIC)));

        assertThat(retries.retry(TOPIC, work).await().atMost(Duration.ofSeconds(30))).isEqualTo("applied");
        assertThat(attempts).hasValue(5);
        assertThat(retries.waiting()).isEmpty();
    }

    @Test
    void anotherFailureIsRetriedTheConfiguredNumberOfTimesThenGivenUp() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> retries.retry(TOPIC, failing(10, new IllegalStateException("a bug"), attempts)).await().atMost(Duration.ofSeconds(30)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(attempts).hasValue(3);
        assertThat(retries.waiting()).isEmpty();
    }

    @Test
    void aRecordThatCanNeverBeReadIsNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> retries.retry(TOPIC, failing(10, new UnreadableEventException("unknown type"), attempts)).await().atMost(Duration.ofSeconds(30)))
                .isInstanceOf(UnreadableEventException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void anEventNotKnownYetIsNotRetriedButLeftToBeKeptAside() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> retries.retry(TOPIC, failing(10, new EventNotKnownYetException("a newer type"), attempts)).await().atMost(Duration.ofSeconds(30)))
                .isInstanceOf(EventNotKnownYetException.class);
        assertThat(attempts).hasValue(1);
        assertThat(retries.waiting()).isEmpty();
    }
}
