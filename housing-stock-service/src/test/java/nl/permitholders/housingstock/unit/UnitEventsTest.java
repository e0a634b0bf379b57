package nl.permitholders.housingstock.unit;

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

/** What housing-stock-service publishes on the real broker: CloudEvents in binary mode that match docs/events. */
@QuarkusTest
class UnitEventsTest {

    private static final String TOPIC = "housing-stock.events";
    private static final String UNIT_REGISTERED = "nl.permitholders.housingstock.unit-registered.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaTopics kafka = new KafkaTopics(
            ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    @Test
    void aRegisteredUnitIsPublishedAsACloudEventKeyedByMunicipality() {
        String code = TestData.randomMunicipalityCode();
        String externalId = TestData.uniqueExternalId();
        String unitId = TestData.asCorporation(TestData.OWNER).contentType(ContentType.JSON).body(TestData.unit(externalId, code, "LARGE_FAMILY", 8))
                .post("/housing-stock/v1/units").then().statusCode(201).extract().path("id");

        ConsumerRecord<String, String> record = await().atMost(Duration.ofSeconds(30))
                .until(() -> eventsOf(code, unitId), r -> !r.isEmpty()).get(0);

        assertThat(record.key()).isEqualTo(code);
        assertThat(KafkaTopics.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(KafkaTopics.header(record, "ce_type")).isEqualTo(UNIT_REGISTERED);
        assertThat(KafkaTopics.header(record, "ce_id")).matches("[0-9a-f-]{36}");
        assertThat(KafkaTopics.header(record, "ce_source")).isEqualTo("urn:nld:permitholders:systeem:housing-stock-service");
        assertThat(KafkaTopics.header(record, "ce_subject")).isEqualTo(code);
        assertThat(KafkaTopics.header(record, "ce_time")).isNotBlank();
        EventSchemas.assertConforms(UNIT_REGISTERED, record.value());
        JsonNode data = json(record.value());
        assertThat(data.get("externalId").asText()).isEqualTo(externalId);
        assertThat(data.get("ownerId").asText()).isEqualTo(TestData.OWNER);
        assertThat(data.get("municipalityCode").asText()).isEqualTo(code);
        assertThat(data.get("type").asText()).isEqualTo("LARGE_FAMILY");
        assertThat(data.get("capacity").asInt()).isEqualTo(8);
    }

    @Test
    void registeringTheSameUnitAgainPublishesNothing() {
        String code = TestData.randomMunicipalityCode();
        Map<String, Object> body = TestData.unit(TestData.uniqueExternalId(), code, "ROOM", 1);
        String unitId = null;
        for (int i = 0; i < 3; i++) {
            unitId = TestData.asCorporation(TestData.OWNER).contentType(ContentType.JSON).body(body).post("/housing-stock/v1/units")
                    .then().statusCode(i == 0 ? 201 : 200).extract().path("id");
        }
        // Another unit in the same municipality is published after the repeats on the same partition:
        // once it is there, so is anything the repeats published.
        String markerId = TestData.asCorporation(TestData.OWNER).contentType(ContentType.JSON)
                .body(TestData.unit(TestData.uniqueExternalId(), code, "REGULAR", 3)).post("/housing-stock/v1/units")
                .then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(30)).until(() -> eventsOf(code, markerId), r -> !r.isEmpty());

        assertThat(eventsOf(code, unitId)).hasSize(1);
    }

    @Test
    void optionalDetailsArePublishedWhenKnownAndCorrectionsAndRetirementFollow() {
        String code = TestData.randomMunicipalityCode();
        Map<String, Object> body = TestData.unit(TestData.uniqueExternalId(), code, "INTERMEDIATE", 30);
        body.put("ownerType", "MUNICIPALITY");
        body.put("neighbourhoodCode", "WK" + code.substring(2) + "07");
        body.put("monthlyRent", 350.75);
        body.put("temporaryUntil", TestData.today().plusYears(2).toString());
        String unitId = TestData.asCorporation(TestData.OWNER).contentType(ContentType.JSON).body(body).post("/housing-stock/v1/units")
                .then().statusCode(201).extract().path("id");
        body.put("capacity", 35);
        body.remove("monthlyRent");
        TestData.asCorporation(TestData.OWNER).contentType(ContentType.JSON).body(body).post("/housing-stock/v1/units").then().statusCode(200);
        TestData.asCorporation(TestData.OWNER).contentType(ContentType.JSON).body(Map.of("retiredOn", TestData.today().toString()))
                .put("/housing-stock/v1/units/{id}/retirement", unitId).then().statusCode(200);

        List<ConsumerRecord<String, String>> events = await().atMost(Duration.ofSeconds(30))
                .until(() -> eventsOf(code, unitId), r -> r.size() == 3);
        assertThat(events).extracting(r -> KafkaTopics.header(r, "ce_type")).containsExactly(UNIT_REGISTERED,
                "nl.permitholders.housingstock.unit-corrected.v1", "nl.permitholders.housingstock.unit-retired.v1");
        events.forEach(r -> EventSchemas.assertConforms(KafkaTopics.header(r, "ce_type"), r.value()));
        assertThat(events).allSatisfy(r -> assertThat(r.key()).isEqualTo(code));

        JsonNode registered = json(events.get(0).value());
        assertThat(registered.get("ownerType").asText()).isEqualTo("MUNICIPALITY");
        assertThat(registered.get("monthlyRent").decimalValue()).isEqualByComparingTo("350.75");
        assertThat(registered.get("temporaryUntil").asText()).isEqualTo(body.get("temporaryUntil"));
        JsonNode corrected = json(events.get(1).value());
        assertThat(corrected.get("capacity").asInt()).isEqualTo(35);
        assertThat(corrected.has("monthlyRent")).as("unknown now, so left out").isFalse();
        assertThat(json(events.get(2).value()).get("retiredOn").asText()).isEqualTo(TestData.today().toString());
    }

    @Test
    void aRegistrationWithoutOptionalDetailsLeavesThemOut() {
        String code = TestData.randomMunicipalityCode();
        String unitId = TestData.asCorporation(TestData.OWNER).contentType(ContentType.JSON).body(TestData.unit(TestData.uniqueExternalId(), code, "ROOM", 1))
                .post("/housing-stock/v1/units").then().statusCode(201).extract().path("id");
        JsonNode data = json(await().atMost(Duration.ofSeconds(30)).until(() -> eventsOf(code, unitId), r -> !r.isEmpty())
                .get(0).value());
        assertThat(data.has("ownerType")).isFalse();
        assertThat(data.has("temporaryUntil")).isFalse();
    }

    private List<ConsumerRecord<String, String>> eventsOf(String municipalityCode, String unitId) {
        return kafka.readAll(TOPIC, municipalityCode).stream()
                .filter(r -> unitId.equals(json(r.value()).path("unitId").asText()))
                .toList();
    }

    private static JsonNode json(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
