package nl.permitholders.housingstock.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.permitholders.housingstock.TestData;
import nl.permitholders.infrastructure.EventSchemas;
import nl.permitholders.infrastructure.KafkaTopics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The events about vacancies, agreements and planned capacity, on the real broker, against docs/events. */
@QuarkusTest
class HousingStockEventsTest {

    private static final String PREFIX = "nl.permitholders.housingstock.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaTopics kafka = new KafkaTopics(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    @Test
    void vacanciesAgreementsAndCapacityArePublishedKeyedByMunicipality() {
        String municipality = TestData.uniqueMunicipalityCode();
        String corporation = TestData.uniqueCorporationId();
        TestData.asCorporation(corporation).contentType(ContentType.JSON).body(Map.of("corporationId", corporation, "externalId", "MUT-1",
                "municipalityCode", municipality, "availableFrom", "2025-05-01")).post("/housing-stock/v1/vacancies")
                .then().statusCode(201);
        TestData.asCorporation(corporation).contentType(ContentType.JSON).body(Map.of("corporationId", corporation, "municipalityCode", municipality,
                "period", "2025", "agreedPercentage", 12.5)).post("/housing-stock/v1/performance-agreements").then().statusCode(201);
        String project = TestData.asCorporation(corporation).contentType(ContentType.JSON).body(Map.of("externalId", "FLEX-9", "ownerId", corporation,
                        "municipalityCode", municipality, "name", "Flex", "type", "FLEX", "units", 10, "permitHolderPlaces", 10,
                        "expectedDeliveries", List.of(Map.of("period", "2025-H2", "units", 10, "permitHolderPlaces", 10))))
                .post("/housing-stock/v1/capacity-projects").then().statusCode(201).extract().path("id");
        TestData.asCorporation(corporation).contentType(ContentType.JSON).body(Map.of("deliveredOn", "2025-09-01", "units", 10, "permitHolderPlaces", 10))
                .post("/housing-stock/v1/capacity-projects/{id}/deliveries", project).then().statusCode(201);

        List<ConsumerRecord<String, String>> events = await().atMost(Duration.ofSeconds(30))
                .until(() -> kafka.readAll("housing-stock.events", municipality), r -> r.size() == 4);
        assertThat(events).extracting(r -> KafkaTopics.header(r, "ce_type")).containsExactly(PREFIX + "vacancy-reported.v1",
                PREFIX + "performance-agreement-set.v1", PREFIX + "capacity-planned.v1", PREFIX + "capacity-delivered.v1");
        events.forEach(r -> {
            EventSchemas.assertConforms(KafkaTopics.header(r, "ce_type"), r.value());
            assertThat(KafkaTopics.header(r, "ce_subject")).isEqualTo(municipality);
        });
        JsonNode agreement = json(events.get(1).value());
        assertThat(agreement.get("agreedPercentage").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(agreement.get("lastDay").asText()).isEqualTo("2025-12-31");
        JsonNode planned = json(events.get(2).value());
        assertThat(planned.get("projectType").asText()).isEqualTo("FLEX");
        assertThat(planned.get("expectedDeliveries").get(0).get("period").asText()).isEqualTo("2025-H2");
        assertThat(json(events.get(3).value()).get("projectId").asText()).isEqualTo(project);
    }

    private static JsonNode json(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
