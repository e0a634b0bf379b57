package nl.permitholders.supervision.projection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.permitholders.infrastructure.EventSchemas;
import nl.permitholders.infrastructure.KafkaTopics;
import nl.permitholders.supervision.Callers;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One placement followed into supervision (docs/operations.md#following-one-placement): the event is applied under a
 * span whose parent is the trace context its record carries, naming the municipality whose figures it changed and the
 * projection version that shows them.
 */
@QuarkusTest
class TracedProjectionTest {

    private static final String PLACEMENT_RECORDED = "nl.permitholders.placement.placement-recorded.v1";

    @Inject
    InMemorySpanExporter spans;

    private final KafkaTopics kafka = new KafkaTopics(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    @Test
    void aPlacementIsAppliedUnderASpanWhoseParentIsTheTraceContextItsRecordCarries() {
        String municipality = String.format("GM%04d", 3000 + (int) (System.nanoTime() % 1000));
        String traceId = hex(32);
        String parentSpanId = hex(16);
        UUID eventId = UUID.randomUUID();
        String data = """
                {"placementId":"%s","couplingId":"%s","municipalityCode":"%s","persons":3,"housedOn":"2024-03-01"}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), municipality);
        EventSchemas.assertConforms(PLACEMENT_RECORDED, data);
        ProducerRecord<String, String> record = KafkaTopics.cloudEvent("placement.events", municipality, eventId, PLACEMENT_RECORDED, data,
                OffsetDateTime.now(ZoneOffset.UTC));
        record.headers().add("traceparent", ("00-" + traceId + "-" + parentSpanId + "-01").getBytes(StandardCharsets.UTF_8));

        kafka.send(record);

        SpanData applied = await().atMost(Duration.ofSeconds(30)).until(() -> spansOf(traceId), found -> !found.isEmpty()).get(0);
        assertThat(applied.getName()).isEqualTo("apply " + PLACEMENT_RECORDED);
        assertThat(applied.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(applied.getParentSpanId()).isEqualTo(parentSpanId);
        assertThat(applied.getAttributes().get(AttributeKey.stringKey("messaging.message.id"))).isEqualTo(eventId.toString());
        assertThat(applied.getAttributes().get(AttributeKey.booleanKey("supervision.duplicate"))).isFalse();
        assertThat(applied.getAttributes().get(AttributeKey.stringArrayKey("supervision.municipalities"))).containsExactly(municipality);
        long version = applied.getAttributes().get(AttributeKey.longKey("supervision.projection.version"));
        given().get("/supervision/v1/municipalities/{code}/periods/2024-H1", municipality)
                .then().statusCode(200).body("housed", equalTo(3));
        assertThat(version).isPositive();
    }

    private List<SpanData> spansOf(String traceId) {
        return spans.getFinishedSpanItems().stream()
                .filter(span -> span.getTraceId().equals(traceId) && span.getName().startsWith("apply "))
                .toList();
    }

    private static String hex(int length) {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, length);
    }
}
