package nl.permitholders.quota.quota;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.permitholders.infrastructure.EventSchemas;
import nl.permitholders.infrastructure.KafkaTopics;
import nl.permitholders.quota.TestData;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What quota-service publishes on the real broker: CloudEvents in binary mode that match docs/events. */
@QuarkusTest
class QuotaEventsTest {

    @BeforeEach
    void asTheRijk() {
        TestData.callAsTheRijk();
    }

    private final KafkaTopics kafka = new KafkaTopics(
            ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    @Test
    void everyChangeIsPublishedAsACloudEventKeyedByMunicipality() {
        String code = TestData.municipality();
        given().contentType(ContentType.JSON).body(Map.of("persons", 78, "reason", "Rijk 2024-I"))
                .put("/quota/v1/municipalities/{code}/quotas/{period}", code, "2024-H1").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("period", "2024-H1", "backlog", 52))
                .put("/quota/v1/municipalities/{code}/opening-balance", code).then().statusCode(201);

        List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(30))
                .until(() -> kafka.readAll("quota.events", code), r -> r.size() >= 3);

        assertThat(records).extracting(r -> KafkaTopics.header(r, "ce_type")).containsExactlyInAnyOrder(
                "nl.permitholders.quota.municipality-registered.v1",
                "nl.permitholders.quota.quota-set.v1",
                "nl.permitholders.quota.opening-balance-set.v1");
        for (ConsumerRecord<String, String> record : records) {
            assertThat(KafkaTopics.header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(KafkaTopics.header(record, "ce_id")).matches("[0-9a-f-]{36}");
            assertThat(KafkaTopics.header(record, "ce_source")).isEqualTo("urn:nld:permitholders:systeem:quota-service");
            assertThat(KafkaTopics.header(record, "ce_subject")).isEqualTo(code);
            assertThat(KafkaTopics.header(record, "ce_time")).isNotBlank();
            EventSchemas.assertConforms(KafkaTopics.header(record, "ce_type"), record.value());
            assertThat(record.value()).as("R9: the reason in words stays in quota-service").doesNotContain("Rijk 2024-I");
        }
    }

    @Test
    void aQuotaSetCarriesItsStatusAndPublicationDateAndFixingAProvisionalQuotaIsPublished() {
        String code = TestData.municipality();
        given().contentType(ContentType.JSON)
                .body(Map.of("persons", 75, "status", "PROVISIONAL", "publishedOn", "2025-03-01", "reason", "voorlopig"))
                .put("/quota/v1/municipalities/{code}/quotas/{period}", code, "2025-H2").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("persons", 75, "status", "FINAL", "reason", "vastgesteld"))
                .put("/quota/v1/municipalities/{code}/quotas/{period}", code, "2025-H2").then().statusCode(200);

        List<ConsumerRecord<String, String>> quotaSets = await().atMost(Duration.ofSeconds(30))
                .until(() -> kafka.readAll("quota.events", code).stream()
                        .filter(r -> "nl.permitholders.quota.quota-set.v1".equals(KafkaTopics.header(r, "ce_type"))).toList(),
                        r -> r.size() >= 2);
        assertThat(quotaSets).hasSize(2);
        quotaSets.forEach(r -> EventSchemas.assertConforms("nl.permitholders.quota.quota-set.v1", r.value()));
        assertThat(quotaSets.get(0).value()).contains("\"status\":\"PROVISIONAL\"").contains("\"publishedOn\":\"2025-03-01\"");
        assertThat(quotaSets.get(1).value()).contains("\"status\":\"FINAL\"").contains("\"version\":2")
                .doesNotContain("publishedOn");
    }

    @Test
    void aQuotaSetWithoutStatusOrPublicationDateStillMeetsTheContract() {
        // Events published before status and publishedOn existed lack them; consumers read them as FINAL, date unknown.
        EventSchemas.assertConforms("nl.permitholders.quota.quota-set.v1",
                "{\"municipalityCode\":\"GM0141\",\"period\":\"2024-H1\",\"persons\":78,\"version\":1,\"basis\":\"IMPORTED\"}");
        EventSchemas.assertConforms("nl.permitholders.quota.national-quota-set.v1",
                "{\"period\":\"2024-H1\",\"persons\":17300,\"version\":1,\"populationReferenceDate\":\"2023-01-01\","
                        + "\"nationalPopulation\":17811291,\"sumOfQuotas\":17557,\"surplus\":257}");
    }

    @Test
    void aPutThatChangesNothingPublishesNothing() {
        String code = TestData.municipality();
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).body(Map.of("persons", 70, "reason", "Rijk 2024-II"))
                    .put("/quota/v1/municipalities/{code}/quotas/{period}", code, "2024-H2").then().statusCode(i == 0 ? 201 : 200);
        }
        // One more change, published after the PUTs on the same partition: once it is there, so is anything they published.
        given().contentType(ContentType.JSON).body(Map.of("period", "2024-H2", "backlog", 0))
                .put("/quota/v1/municipalities/{code}/opening-balance", code).then().statusCode(201);
        List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(30))
                .until(() -> kafka.readAll("quota.events", code), r -> r.stream().anyMatch(
                        e -> "nl.permitholders.quota.opening-balance-set.v1".equals(KafkaTopics.header(e, "ce_type"))));
        assertThat(records).filteredOn(r -> "nl.permitholders.quota.quota-set.v1".equals(KafkaTopics.header(r, "ce_type")))
                .hasSize(1);
    }

    @Test
    void aPopulationImportPublishesEachChangedFigureAndAnUnchangedOneNothing() {
        String code = TestData.municipality();
        String other = TestData.municipality();
        String csv = "code;name;population\n" + code + ";A;73000\n" + other + ";B;12000\n";
        given().contentType("text/csv").body(csv).put("/quota/v1/populations/{date}", "2041-01-01").then().statusCode(200);
        given().contentType("text/csv").body(csv).put("/quota/v1/populations/{date}", "2041-01-01").then().statusCode(200)
                .body("unchanged", org.hamcrest.Matchers.equalTo(2));
        given().contentType("text/csv").body("code;name;population\n" + code + ";A;73100\n")
                .put("/quota/v1/populations/{date}", "2041-01-01").then().statusCode(200);

        // The correction is published after the unchanged import on the same partition: once it is there, so is anything that one published.
        List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(30))
                .until(() -> populationSets(code), r -> r.stream().anyMatch(e -> e.value().contains("\"version\":2")));
        assertThat(records).hasSize(2);
        records.forEach(r -> {
            EventSchemas.assertConforms("nl.permitholders.quota.population-set.v1", r.value());
            assertThat(KafkaTopics.header(r, "ce_subject")).isEqualTo(code);
            assertThat(r.key()).isEqualTo(code);
        });
        assertThat(records.get(0).value()).isEqualTo("{\"municipalityCode\":\"" + code
                + "\",\"referenceDate\":\"2041-01-01\",\"persons\":73000,\"version\":1}");
        assertThat(records.get(1).value()).contains("\"persons\":73100", "\"version\":2");
        assertThat(await().atMost(Duration.ofSeconds(30)).until(() -> populationSets(other), r -> !r.isEmpty())).hasSize(1);
    }

    @Test
    void aMergersPopulationIsTheNextVersionOfTheAbsorbingMunicipalitysAndIsPublished() {
        String absorbing = TestData.municipality();
        String absorbed = TestData.municipality();
        given().contentType("text/csv").body("code;name;population\n" + absorbing + ";A;50000\n")
                .put("/quota/v1/populations/{date}", "2048-01-01").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("municipality", Map.of("code", absorbing),
                        "mergedMunicipalityCodes", List.of(absorbed), "effectiveDate", "2048-01-01",
                        "populations", List.of(Map.of("referenceDate", "2048-01-01", "persons", 58_000)), "reason", "herindeling"))
                .post("/quota/v1/mergers").then().statusCode(201);

        List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(30))
                .until(() -> populationSets(absorbing), r -> r.size() >= 2);
        assertThat(records).hasSize(2);
        records.forEach(r -> EventSchemas.assertConforms("nl.permitholders.quota.population-set.v1", r.value()));
        assertThat(records.get(1).value()).contains("\"persons\":58000", "\"version\":2", "\"referenceDate\":\"2048-01-01\"");
        given().queryParam("pageSize", 100).get("/quota/v1/populations/{date}", "2048-01-01").then().statusCode(200)
                .body("items.find { it.municipalityCode == '" + absorbing + "' }.population", org.hamcrest.Matchers.equalTo(58_000))
                .body("items.find { it.municipalityCode == '" + absorbing + "' }.version", org.hamcrest.Matchers.equalTo(2));
    }

    private List<ConsumerRecord<String, String>> populationSets(String code) {
        return kafka.readAll("quota.events", code).stream()
                .filter(r -> "nl.permitholders.quota.population-set.v1".equals(KafkaTopics.header(r, "ce_type"))).toList();
    }
}
