package nl.permitholders.housingstock.occupancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.permitholders.housingstock.TestData;
import nl.permitholders.infrastructure.EventSchemas;
import nl.permitholders.infrastructure.KafkaTopics;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** A consumer of the shared inbox (IdempotentConsumer) applies each event under a span whose parent its record carries. */
@QuarkusTest
class TracedOccupancyTest {

    private static final String RECORDED = "nl.permitholders.placement.placement-recorded.v1";

    @Inject
    InMemorySpanExporter spans;

    private final KafkaTopics kafka = new KafkaTopics(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    @Test
    void aPlacementIsAppliedUnderASpanWhoseParentIsTheTraceContextItsRecordCarries() {
        String municipality = TestData.uniqueMunicipalityCode();
        String unitId = TestData.asCorporation(TestData.OWNER).contentType(ContentType.JSON)
                .body(TestData.unit(TestData.uniqueExternalId(), municipality, "SHARED", 4))
                .post("/housing-stock/v1/units").then().statusCode(201).extract().path("id");
        String traceId = hex(32);
        String parentSpanId = hex(16);
        UUID eventId = UUID.randomUUID();
        String data = """
                {"placementId":"%s","couplingId":"%s","municipalityCode":"%s","persons":1,"housedOn":"2025-01-10","unitId":"%s","temporary":false}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), municipality, unitId);
        EventSchemas.assertConforms(RECORDED, data);
        ProducerRecord<String, String> record = KafkaTopics.cloudEvent("placement.events", municipality, eventId, RECORDED, data,
                OffsetDateTime.now(ZoneOffset.UTC));
        record.headers().add("traceparent", ("00-" + traceId + "-" + parentSpanId + "-01").getBytes(StandardCharsets.UTF_8));

        kafka.send(record);

        SpanData applied = await().atMost(Duration.ofSeconds(30))
                .until(() -> spans.getFinishedSpanItems().stream().filter(span -> span.getTraceId().equals(traceId)).toList(),
                        found -> !found.isEmpty()).get(0);
        assertThat(applied.getName()).isEqualTo("apply " + RECORDED);
        assertThat(applied.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(applied.getParentSpanId()).isEqualTo(parentSpanId);
        assertThat(applied.getAttributes().get(AttributeKey.stringKey("messaging.message.id"))).isEqualTo(eventId.toString());
        TestData.asCorporation(TestData.OWNER).get("/housing-stock/v1/units/{id}/occupancy", unitId)
                .then().statusCode(200).body("free", equalTo(3));
    }

    private static String hex(int length) {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, length);
    }
}
