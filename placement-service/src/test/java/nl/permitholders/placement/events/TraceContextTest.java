package nl.permitholders.placement.events;

import static nl.permitholders.placement.Callers.asCoa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.permitholders.infrastructure.KafkaTopics;
import nl.permitholders.infrastructure.LocalPostgres;
import nl.permitholders.infrastructure.RealInfrastructure;
import nl.permitholders.placement.Couplings;
import nl.permitholders.placement.Units;
import nl.permitholders.platform.outbox.OutboxRelay;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The trace context of a write travels with its events (docs/operations.md#following-one-placement): stored with the
 * outbox row, sent as the record's {@code traceparent}, also when the trace is not sampled (the default: nothing is
 * exported unless asked).
 */
@QuarkusTest
class TraceContextTest {

    private static final LocalDate COUPLED = LocalDate.of(2025, 5, 5);
    private static final String TRACESTATE = "congo=t61rcWkgMzE";

    private final KafkaTopics kafka = Units.kafka();

    @Inject
    OutboxRelay relay;

    @Test
    void aWritesTraceparentIsStoredWithItsOutboxRowAndSentWithItsRecord() throws Exception {
        String traceId = randomHex(32);
        String municipality = Couplings.newMunicipality();

        String coupling = asCoa().header("traceparent", "00-" + traceId + "-" + randomHex(16) + "-00").header("tracestate", TRACESTATE)
                .contentType(ContentType.JSON).body(Couplings.single(municipality, COUPLED))
                .post("/placements/v1/couplings").then().statusCode(201).extract().path("id");

        String[] stored = storedTraceContext(municipality);
        assertThat(traceIdOf(stored[0])).isEqualTo(traceId);
        assertThat(stored[1]).isEqualTo(TRACESTATE);
        ConsumerRecord<String, String> record = onTheTopic(municipality, coupling);
        assertThat(traceIdOf(KafkaTopics.header(record, "traceparent"))).isEqualTo(traceId);
        assertThat(KafkaTopics.header(record, "tracestate")).isEqualTo(TRACESTATE);
    }

    @Test
    void aWriteWithoutATraceparentStartsATraceItsRecordCarries() throws Exception {
        String municipality = Couplings.newMunicipality();

        String coupling = Couplings.register(Couplings.single(municipality, COUPLED));

        String traceparent = storedTraceContext(municipality)[0];
        assertThat(traceparent).as("a trace is started, unsampled, and still propagated").matches("00-[0-9a-f]{32}-[0-9a-f]{16}-00");
        assertThat(traceIdOf(KafkaTopics.header(onTheTopic(municipality, coupling), "traceparent"))).isEqualTo(traceIdOf(traceparent));
    }

    @Test
    void aRowClaimedFromTheTableIsSentWithItsStoredTraceparent() throws Exception {
        String traceId = randomHex(32);
        String municipality = Couplings.newMunicipality();
        UUID eventId = UUID.randomUUID();
        try (Connection db = database();
             PreparedStatement insert = db.prepareStatement("INSERT INTO outbox_event (event_id, type, source, subject, partition_key, "
                     + "payload, occurred_at, traceparent) VALUES (?, 'nl.permitholders.placement.test-row.v1', 'urn:test', ?, ?, '{}', "
                     + "now() - interval '1 hour', ?)")) {
            insert.setObject(1, eventId);
            insert.setString(2, municipality);
            insert.setString(3, municipality);
            insert.setString(4, "00-" + traceId + "-" + randomHex(16) + "-00");
            insert.executeUpdate();
        }

        relay.requestFlush();

        ConsumerRecord<String, String> record = await().atMost(Duration.ofSeconds(30))
                .until(() -> kafka.readAll("placement.events", municipality).stream()
                        .filter(r -> eventId.toString().equals(KafkaTopics.header(r, "ce_id"))).findFirst(), r -> r.isPresent()).get();
        assertThat(traceIdOf(KafkaTopics.header(record, "traceparent"))).isEqualTo(traceId);
    }

    private ConsumerRecord<String, String> onTheTopic(String municipality, String coupling) {
        List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(30))
                .until(() -> kafka.readAll("placement.events", municipality).stream().filter(r -> r.value().contains(coupling)).toList(),
                        r -> !r.isEmpty());
        return records.get(0);
    }

    /** The traceparent and tracestate stored with the municipality's only outbox row. */
    private static String[] storedTraceContext(String municipality) throws Exception {
        try (Connection db = database();
             PreparedStatement select = db.prepareStatement("SELECT traceparent, tracestate FROM outbox_event WHERE subject = ?")) {
            select.setString(1, municipality);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as("an outbox row").isTrue();
                String[] stored = {row.getString(1), row.getString(2)};
                assertThat(row.next()).as("one outbox row").isFalse();
                return stored;
            }
        }
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection(RealInfrastructure.postgres().jdbcUrl("placement"), LocalPostgres.USER, "");
    }

    private static String traceIdOf(String traceparent) {
        assertThat(traceparent).isNotNull();
        return traceparent.split("-")[1];
    }

    private static String randomHex(int length) {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, length);
    }
}
