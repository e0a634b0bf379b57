package nl.permitholders.housingstock.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.housingstock.TestData;
import nl.permitholders.infrastructure.EventSchemas;
import nl.permitholders.infrastructure.KafkaTopics;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Units, vacancies, agreements, projects and allocations are refused for a municipality that quota-service's register
 * (quota.events) does not know, or no longer knows; nothing of a refused request is stored or published.
 */
@QuarkusTest
class MunicipalityRegisterResourceTest {

    private static final String BASE = TestData.BASE;
    private static final String REGISTERED = "nl.permitholders.quota.municipality-registered.v1";

    private final KafkaTopics kafka = new KafkaTopics(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    /** A code no other test makes known: the test data hands out codes below GM9000. */
    private static String unknownCode() {
        return String.format("GM%04d", 9000 + (int) (Math.random() * 999));
    }

    @Test
    void theRegisterArrivesFromQuotaEventsAndFollowsCorrections() {
        String code = unknownCode();
        TestData.asRijk().get(BASE + "/municipalities/{code}", code).then().statusCode(404).contentType("application/problem+json");

        publish(code, "Dinkelland", null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> TestData.asRijk().get(BASE + "/municipalities/{code}", code)
                .then().statusCode(200).body("name", equalTo("Dinkelland")).body("provinceCode", equalTo("PV23")));

        publish(code, "Dinkelland", "2024-12-31");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> TestData.asRijk().get(BASE + "/municipalities/{code}", code)
                .then().statusCode(200).body("validUntil", equalTo("2024-12-31")));
        TestData.asCorporation(TestData.OWNER).contentType(ContentType.JSON).body(TestData.unit(TestData.uniqueExternalId(), code, "REGULAR", 3))
                .post(BASE + "/units").then().statusCode(400)
                .body("invalidParams.name", contains("municipalityCode"))
                .body("invalidParams.reason", hasItem(containsString("ceased to exist after 2024-12-31")));
    }

    @Test
    void aRegistrationDeliveredAfterALaterCorrectionChangesNothing() {
        String code = unknownCode();
        OffsetDateTime registered = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5);
        // The correction first, then the registration it corrected: as an outbox may send them around a failure.
        publishStated(code, "Dinkelland", "PV23", registered.plusMinutes(1));
        UUID older = publishStated(code, "Dinkeland", "PV24", registered);
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(older));
        TestData.asRijk().get(BASE + "/municipalities/{code}", code)
                .then().statusCode(200).body("name", equalTo("Dinkelland")).body("provinceCode", equalTo("PV23"));
    }

    @Test
    void aUnitForAnUnknownMunicipalityIsRefusedAndNothingIsStored() {
        String code = unknownCode();
        TestData.asCorporation(TestData.OWNER).contentType(ContentType.JSON).body(TestData.unit(TestData.uniqueExternalId(), code, "REGULAR", 3))
                .post(BASE + "/units").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains("municipalityCode"))
                .body("invalidParams.reason", hasItem(containsString("not in the municipality register")));
        TestData.asMunicipality(code).get(BASE + "/units?municipalityCode={code}", code).then().statusCode(200).body("totalItems", equalTo(0));
        assertNoEventsFor(code);
    }

    @Test
    void aVacancyAnAgreementAndAProjectForAnUnknownMunicipalityAreRefused() {
        String code = unknownCode();
        String corporation = TestData.uniqueCorporationId();
        Map<String, Object> vacancy = new LinkedHashMap<>(Map.of("corporationId", corporation, "externalId", "MUT-1",
                "municipalityCode", code, "availableFrom", "2025-04-01"));
        TestData.asCorporation(corporation).contentType(ContentType.JSON).body(vacancy).post(BASE + "/vacancies").then().statusCode(400)
                .body("invalidParams.name", contains("municipalityCode"));

        Map<String, Object> agreement = Map.of("corporationId", corporation, "municipalityCode", code, "period", "2025",
                "agreedAllocations", 20);
        TestData.asCorporation(corporation).contentType(ContentType.JSON).body(agreement).post(BASE + "/performance-agreements").then().statusCode(400)
                .body("invalidParams.name", contains("municipalityCode"));

        Map<String, Object> project = new LinkedHashMap<>();
        project.put("externalId", "NB-1");
        project.put("ownerId", "municipality-x");
        project.put("municipalityCode", code);
        project.put("name", "Nieuwbouw");
        project.put("type", "NEW_BUILD");
        project.put("units", 10);
        project.put("permitHolderPlaces", 4);
        project.put("expectedDeliveries", List.of(Map.of("period", "2027-H1", "units", 10, "permitHolderPlaces", 4)));
        TestData.asMunicipality(code).contentType(ContentType.JSON).body(project).post(BASE + "/capacity-projects").then().statusCode(400)
                .body("invalidParams.name", contains("municipalityCode"));

        TestData.asCorporation(corporation).get(BASE + "/vacancies?corporationId={c}", corporation).then().statusCode(200).body("totalItems", equalTo(0));
        TestData.asCorporation(corporation).get(BASE + "/performance-agreements?corporationId={c}", corporation).then().statusCode(200).body("totalItems", equalTo(0));
        TestData.asMunicipality(code).get(BASE + "/capacity-projects?municipalityCode={code}", code).then().statusCode(200).body("totalItems", equalTo(0));
        assertNoEventsFor(code);
    }

    @Test
    void aToewijzingInAnUnknownMunicipalityIsRefusedInItsBatchWhileTheOthersAreAccepted() {
        String code = unknownCode();
        String known = TestData.uniqueMunicipalityCode();
        String corporation = TestData.uniqueCorporationId();
        List<Map<String, Object>> batch = List.of(toewijzing(corporation, "TW-1", code), toewijzing(corporation, "TW-2", known));
        TestData.asCorporation(corporation).contentType(ContentType.JSON).body(batch).post(BASE + "/vera/toewijzing-batches").then().statusCode(200)
                .body("items[0].outcome", equalTo("REFUSED"))
                .body("items[0].reasons.name", contains("extra-attributen.gemeentecode"))
                .body("items[0].reasons.reason", hasItem(containsString("not in the municipality register")))
                .body("items[1].outcome", equalTo("ACCEPTED"));
        assertNoEventsFor(code);
    }

    private static Map<String, Object> toewijzing(String organisation, String idExtern, String municipality) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("idExtern", idExtern);
        body.put("idOrganisatie", organisation);
        body.put("datum", "2025-02-14T09:30:00Z");
        body.put("eenheid", "https://vastgoed.example.org/v4/eenheden/NOT-REGISTERED-" + idExtern);
        body.put("huishoudgrootte", 2);
        body.put("aanvullendeDoelgroep", Map.of("code", "STH", "naam", "Statushouders"));
        body.put("extra-attributen", List.of(Map.of("naam", "gemeentecode", "waarde", municipality)));
        return body;
    }

    private void publish(String code, String name, String validUntil) {
        String data = validUntil == null
                ? "{\"municipalityCode\":\"%s\",\"name\":\"%s\",\"provinceCode\":\"PV23\"}".formatted(code, name)
                : "{\"municipalityCode\":\"%s\",\"name\":\"%s\",\"provinceCode\":\"PV23\",\"validUntil\":\"%s\"}"
                        .formatted(code, name, validUntil);
        EventSchemas.assertConforms(REGISTERED, data);
        kafka.sendCloudEvent("quota.events", code, UUID.randomUUID(), REGISTERED, data);
    }

    private UUID publishStated(String code, String name, String province, OffsetDateTime at) {
        String data = "{\"municipalityCode\":\"%s\",\"name\":\"%s\",\"provinceCode\":\"%s\"}".formatted(code, name, province);
        EventSchemas.assertConforms(REGISTERED, data);
        UUID id = UUID.randomUUID();
        kafka.send(KafkaTopics.cloudEvent("quota.events", code, id, REGISTERED, data, at));
        return id;
    }

    private static boolean processed(UUID eventId) throws Exception {
        var config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class), "");
             PreparedStatement query = connection.prepareStatement("SELECT 1 FROM processed_event WHERE event_id = ?")) {
            query.setObject(1, eventId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private void assertNoEventsFor(String code) {
        assertThat(kafka.readAll("housing-stock.events", code)).isEmpty();
    }
}
