package nl.permitholders.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import nl.permitholders.platform.api.EventTooLargeException;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import nl.permitholders.platform.tracing.EventTracing;

/** What the outbox's producer can never send is refused when it is appended, and recognised when the broker refuses it. */
class OutboxPublisherTest {

    private final OutboxPublisher publisher = new OutboxPublisher();

    @BeforeEach
    void create() {
        // Creating a producer does not connect to the broker; the default max.request.size (1 MiB) applies.
        publisher.broker = Map.of("bootstrap.servers", "localhost:1");
        publisher.config = ConfigProvider.getConfig();
        publisher.outboxTopic = java.util.Optional.of("test.events");
        publisher.create();
    }

    @AfterEach
    void close() {
        publisher.close(Duration.ZERO);
    }

    @Test
    void anEventWithinTheProducersMaximumIsSendable() {
        publisher.requireSendable(event("x".repeat(1_000_000)));
    }

    @Test
    void anEventLargerThanTheProducersMaximumIsRefusedNamingItsSizeAndTheLimit() {
        assertThatThrownBy(() -> publisher.requireSendable(event("x".repeat(1_048_576))))
                .isInstanceOf(EventTooLargeException.class)
                .hasMessageContaining("nl.permitholders.test.too-large.v1")
                .hasMessageContaining("more than the 1048576 bytes");
    }

    @Test
    void aRecordTooLargeOrInvalidIsRefusedForGood() {
        assertThat(OutboxPublisher.refusedForGood(new RecordTooLargeException("too large"))).isTrue();
        assertThat(OutboxPublisher.refusedForGood(new CompletionException(new RecordTooLargeException("too large")))).isTrue();
        assertThat(OutboxPublisher.refusedForGood(new InvalidRecordException("invalid"))).isTrue();
    }

    @Test
    void anUnreachableBrokerOrAMissingAuthorisationIsNotRefusedForGood() {
        // These affect every record alike: parking would empty the outbox of everything while the broker is away.
        assertThat(OutboxPublisher.refusedForGood(new TimeoutException("expired"))).isFalse();
        assertThat(OutboxPublisher.refusedForGood(new NotLeaderOrFollowerException("moved"))).isFalse();
        assertThat(OutboxPublisher.refusedForGood(new TopicAuthorizationException("denied"))).isFalse();
    }

    private static OutboxEvent event(String text) {
        return new OutboxEvent(UUID.randomUUID(), "nl.permitholders.test.too-large.v1", "urn:test", "GM0141", "GM0141",
                "{\"text\":\"" + text + "\"}", OffsetDateTime.now(ZoneOffset.UTC),
                new EventTracing.Stored("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", null));
    }
}
