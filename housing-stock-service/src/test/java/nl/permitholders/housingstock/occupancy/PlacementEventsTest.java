package nl.permitholders.housingstock.occupancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.housingstock.TestData;
import nl.permitholders.housingstock.unit.Occupancy;
import nl.permitholders.infrastructure.EventSchemas;
import nl.permitholders.infrastructure.KafkaTopics;
import nl.permitholders.platform.inbox.DeferredEvents;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Occupancy follows placement.events on the real broker; the events fed in are checked against docs/events. */
@QuarkusTest
class PlacementEventsTest {

    private static final String TOPIC = "placement.events";
    private static final String PLACEMENT = "nl.permitholders.placement.";
    private static final String RECORDED = PLACEMENT + "placement-recorded.v1";
    private static final String REVOKED = PLACEMENT + "placement-revoked.v1";
    private static final String MOVED_ON = PLACEMENT + "moved-to-follow-up-housing.v1";
    private static final LocalDate HOUSED_ON = LocalDate.of(2025, 1, 10);

    private final KafkaTopics kafka = new KafkaTopics(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    @Inject
    Pool database;

    @Inject
    DeferredEvents deferred;

    private void send(String municipality, String type, String data) {
        EventSchemas.assertConforms(type, data);
        kafka.sendCloudEvent(TOPIC, municipality, UUID.randomUUID(), type, data);
    }

    private String unit(String municipality, String type, int capacity) {
        return TestData.asCorporation(TestData.OWNER).contentType(ContentType.JSON).body(TestData.unit(TestData.uniqueExternalId(), municipality, type, capacity))
                .post("/housing-stock/v1/units").then().statusCode(201).extract().path("id");
    }

    private UUID placed(String municipality, String unitId, int persons, LocalDate housedOn) {
        UUID placementId = UUID.randomUUID();
        send(municipality, RECORDED, """
                {"placementId":"%s","couplingId":"%s","municipalityCode":"%s","persons":%d,"housedOn":"%s","unitId":"%s","temporary":false}"""
                .formatted(placementId, UUID.randomUUID(), municipality, persons, housedOn, unitId));
        return placementId;
    }

    private void revoked(String municipality, UUID placementId, String unitId, LocalDate housedOn, LocalDate revokedOn) {
        send(municipality, REVOKED, """
                {"placementId":"%s","couplingId":"%s","municipalityCode":"%s","persons":1,"housedOn":"%s","unitId":"%s","revokedOn":"%s","reason":"REGISTERED_IN_ERROR"}"""
                .formatted(placementId, UUID.randomUUID(), municipality, housedOn, unitId, revokedOn));
    }

    private UUID placedTemporarily(String municipality, String unitId, int persons, LocalDate housedOn) {
        UUID placementId = UUID.randomUUID();
        send(municipality, RECORDED, """
                {"placementId":"%s","couplingId":"%s","municipalityCode":"%s","persons":%d,"housedOn":"%s","unitId":"%s","temporary":true}"""
                .formatted(placementId, UUID.randomUUID(), municipality, persons, housedOn, unitId));
        return placementId;
    }

    private void movedOn(String municipality, UUID placementId, int persons, LocalDate housedOn, LocalDate movedOn) {
        send(municipality, MOVED_ON, """
                {"placementId":"%s","couplingId":"%s","municipalityCode":"%s","persons":%d,"housedOn":"%s","movedOn":"%s"}"""
                .formatted(placementId, UUID.randomUUID(), municipality, persons, housedOn, movedOn));
    }

    private void awaitFree(String unitId, int free) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> TestData.asCorporation(TestData.OWNER)
                .get("/housing-stock/v1/units/{id}/occupancy", unitId)
                .then().statusCode(200).body("free", equalTo(free)));
    }

    @Test
    void aSharedDwellingOfFourRoomsFollowsFourSinglePlacementsAndARevocation() {
        String municipality = TestData.uniqueMunicipalityCode();
        String unitId = unit(municipality, "SHARED", 4);
        TestData.asMunicipality(municipality).get("/housing-stock/v1/units/{id}/occupancy", unitId).then().statusCode(200)
                .body("capacity", equalTo(4)).body("occupied", equalTo(0)).body("free", equalTo(4)).body("inStock", equalTo(true));

        List<UUID> placements = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            placements.add(placed(municipality, unitId, 1, HOUSED_ON.plusDays(i)));
        }
        awaitFree(unitId, 0);
        TestData.asMunicipality(municipality).get("/housing-stock/v1/units/{id}/occupancy", unitId).then()
                .body("occupied", equalTo(4)).body("residents", equalTo(4)).body("placements", equalTo(4));
        TestData.asMunicipality(municipality).queryParam("municipalityCode", municipality).queryParam("available", "true").get("/housing-stock/v1/units")
                .then().body("items.id", not(hasItem(unitId)));

        LocalDate revokedOn = HOUSED_ON.plusMonths(1);
        revoked(municipality, placements.get(2), unitId, HOUSED_ON.plusDays(2), revokedOn);
        awaitFree(unitId, 1);
        TestData.asMunicipality(municipality).queryParam("asOf", revokedOn.minusDays(1).toString()).get("/housing-stock/v1/units/{id}/occupancy", unitId)
                .then().body("free", equalTo(0)).body("asOf", equalTo(revokedOn.minusDays(1).toString()));
        TestData.asMunicipality(municipality).queryParam("asOf", HOUSED_ON.plusDays(1).toString()).get("/housing-stock/v1/units/{id}/occupancy", unitId)
                .then().body("free", equalTo(2));
        TestData.asMunicipality(municipality).queryParam("municipalityCode", municipality).queryParam("available", "true").get("/housing-stock/v1/units")
                .then().body("items.id", hasItem(unitId));
        TestData.asMunicipality(municipality).get("/housing-stock/v1/municipalities/{code}/free-capacity", municipality).then().statusCode(200)
                .body("units", equalTo(1)).body("capacity", equalTo(4)).body("free", equalTo(1))
                .body("byType[0].type", equalTo("SHARED")).body("byType[0].free", equalTo(1));
    }

    @Test
    void personsWhoMoveOnToFollowUpHousingFreeTheirPlacesInTheIntermediateFacility() {
        String municipality = TestData.uniqueMunicipalityCode();
        String unitId = unit(municipality, "INTERMEDIATE", 6);
        UUID family = placedTemporarily(municipality, unitId, 4, HOUSED_ON);
        placedTemporarily(municipality, unitId, 2, HOUSED_ON);
        awaitFree(unitId, 0);

        LocalDate movedOn = HOUSED_ON.plusMonths(5);
        movedOn(municipality, family, 4, HOUSED_ON, movedOn);
        awaitFree(unitId, 4);
        TestData.asMunicipality(municipality).queryParam("asOf", movedOn.minusDays(1).toString()).get("/housing-stock/v1/units/{id}/occupancy", unitId)
                .then().body("free", equalTo(0)).body("residents", equalTo(6));
        TestData.asMunicipality(municipality).queryParam("asOf", movedOn.toString()).get("/housing-stock/v1/units/{id}/occupancy", unitId)
                .then().body("free", equalTo(4)).body("residents", equalTo(2));
        TestData.asMunicipality(municipality).queryParam("municipalityCode", municipality).queryParam("available", "true").get("/housing-stock/v1/units")
                .then().body("items.id", hasItem(unitId));
    }

    @Test
    void aNewerVersionOfAPlacementEventIsKeptAsideAndOtherNewTypesAreIgnored() {
        String municipality = TestData.uniqueMunicipalityCode();
        String unitId = unit(municipality, "SHARED", 4);
        UUID newer = UUID.randomUUID();
        kafka.sendCloudEvent(TOPIC, municipality, newer, PLACEMENT + "placement-recorded.v2", """
                {"placementId":"%s","couplingId":"%s","municipalityCode":"%s","persons":3,"housedOn":"%s","unitId":"%s","temporary":false}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), municipality, HOUSED_ON, unitId));
        UUID notOurs = UUID.randomUUID();
        kafka.sendCloudEvent(TOPIC, municipality, notOurs, PLACEMENT + "some-future-fact.v1", "{}");
        placed(municipality, unitId, 1, HOUSED_ON);
        awaitFree(unitId, 3);
        await().atMost(Duration.ofSeconds(30)).until(() -> kept(newer));
        assertThat(kept(notOurs)).isFalse();
        assertThat(kafka.readAll("housing-stock.dead-letter", municipality)).isEmpty();
    }

    private boolean kept(UUID eventId) {
        return deferred.kept(eventId).await().atMost(Duration.ofSeconds(10));
    }

    @Test
    void freeCapacityAddsUpAMunicipalitysUnitsPerType() {
        String municipality = TestData.uniqueMunicipalityCode();
        String regular = unit(municipality, "REGULAR", 5);
        unit(municipality, "REGULAR", 3);
        String intermediate = unit(municipality, "INTERMEDIATE", 20);
        String gone = unit(municipality, "ROOM", 1);
        TestData.asCorporation(TestData.OWNER).contentType(ContentType.JSON).body(Map.of("retiredOn", TestData.today().toString()))
                .put("/housing-stock/v1/units/{id}/retirement", gone).then().statusCode(200);
        placed(municipality, regular, 2, HOUSED_ON);
        placed(municipality, intermediate, 6, HOUSED_ON);
        awaitFree(intermediate, 14);
        awaitFree(regular, 0);

        TestData.asMunicipality(municipality).get("/housing-stock/v1/municipalities/{code}/free-capacity", municipality).then().statusCode(200)
                .body("units", equalTo(3)).body("capacity", equalTo(28)).body("occupied", equalTo(11))
                .body("free", equalTo(17)).body("vacantUnits", equalTo(1))
                .body("byType.type", contains("REGULAR", "INTERMEDIATE"));
        // Before the housing date nothing was occupied, and the room retired today was still in the stock.
        TestData.asMunicipality(municipality).queryParam("asOf", HOUSED_ON.minusDays(1).toString())
                .get("/housing-stock/v1/municipalities/{code}/free-capacity", municipality)
                .then().body("units", equalTo(4)).body("free", equalTo(29)).body("vacantUnits", equalTo(4));
        TestData.asMunicipality("GM0141").get("/housing-stock/v1/municipalities/{code}/free-capacity", "Almelo").then().statusCode(400)
                .contentType("application/problem+json");
        TestData.asMunicipality(municipality).queryParam("asOf", "gisteren").get("/housing-stock/v1/units/{id}/occupancy", regular).then().statusCode(400);
        TestData.asMunicipality(municipality).get("/housing-stock/v1/units/{id}/occupancy", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aRevocationThatArrivesBeforeItsPlacementEndsTheSame() {
        String municipality = TestData.uniqueMunicipalityCode();
        String unitId = unit(municipality, "SHARED", 3);
        UUID early = UUID.randomUUID();
        revoked(municipality, early, unitId, HOUSED_ON, HOUSED_ON.plusDays(5));
        send(municipality, RECORDED, """
                {"placementId":"%s","couplingId":"%s","municipalityCode":"%s","persons":1,"housedOn":"%s","unitId":"%s"}"""
                .formatted(early, UUID.randomUUID(), municipality, HOUSED_ON, unitId));
        placed(municipality, unitId, 1, HOUSED_ON);
        awaitFree(unitId, 2);
    }

    @Test
    void aPlacementInAUnitNotKnownHereIsKeptForWhenItIs() {
        String municipality = TestData.uniqueMunicipalityCode();
        String unknownUnit = UUID.randomUUID().toString();
        UUID placementId = placed(municipality, unknownUnit, 1, HOUSED_ON);
        String marker = unit(municipality, "ROOM", 1);
        placed(municipality, marker, 1, HOUSED_ON);
        awaitFree(marker, 0);
        assertThat(database.preparedQuery("SELECT unit_id FROM unit_placement WHERE placement_id = $1")
                .execute(Tuple.of(placementId)).await().atMost(Duration.ofSeconds(10)).iterator().next().getUUID("unit_id"))
                .hasToString(unknownUnit);
    }

    @Test
    void aPlacementWithADateOutsideTheRangeGoesToTheDeadLetterTopicAndTheNextIsApplied() {
        String municipality = TestData.uniqueMunicipalityCode();
        String unitId = unit(municipality, "REGULAR", 4);
        kafka.sendCloudEvent(TOPIC, municipality, UUID.randomUUID(), RECORDED, """
                {"placementId":"%s","couplingId":"%s","municipalityCode":"%s","persons":2,"housedOn":"0025-03-01","unitId":"%s","temporary":false}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), municipality, unitId));
        placed(municipality, unitId, 1, HOUSED_ON);
        awaitFree(unitId, 0);
        TestData.asCorporation(TestData.OWNER).get("/housing-stock/v1/units/{id}/occupancy", unitId).then().body("residents", equalTo(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(kafka.readAll("housing-stock.dead-letter", municipality)).singleElement()
                        .satisfies(r -> assertThat(KafkaTopics.header(r, "dead-letter-reason")).contains("0025-03-01")));
    }

    @Test
    void otherPlacementEventsAreIgnoredAndPoisonGoesToTheDeadLetterTopic() {
        String municipality = TestData.uniqueMunicipalityCode();
        String unitId = unit(municipality, "REGULAR", 4);
        UUID coupling = UUID.randomUUID();
        send(municipality, RECORDED, """
                {"placementId":"%s","couplingId":"%s","municipalityCode":"%s","persons":4,"housedOn":"%s"}"""
                .formatted(UUID.randomUUID(), coupling, municipality, HOUSED_ON));
        send(municipality, PLACEMENT + "coupling-registered.v1", """
                {"couplingId":"%s","municipalityCode":"%s","adults":2,"minors":2,"persons":4,"householdType":"FAMILY","permitDate":"2024-12-01","couplingDate":"2024-12-10"}"""
                .formatted(coupling, municipality));
        send(municipality, PLACEMENT + "unit-offered.v1", """
                {"offerId":"%s","couplingId":"%s","municipalityCode":"%s","unitId":"%s","unitType":"REGULAR","persons":4,"offeredOn":"2025-01-02"}"""
                .formatted(UUID.randomUUID(), coupling, municipality, unitId));
        send(municipality, PLACEMENT + "offer-declined.v1", """
                {"offerId":"%s","couplingId":"%s","municipalityCode":"%s","unitId":"%s","persons":4,"declinedOn":"2025-01-03","reason":"OTHER"}"""
                .formatted(UUID.randomUUID(), coupling, municipality, unitId));
        send(municipality, PLACEMENT + "reunification-arrived.v1", """
                {"reunificationId":"%s","couplingId":"%s","municipalityCode":"%s","persons":2,"arrivedOn":"2025-02-01"}"""
                .formatted(UUID.randomUUID(), coupling, municipality));
        kafka.sendCloudEvent(TOPIC, municipality, UUID.randomUUID(), PLACEMENT + "unheard-of.v1", "{}");

        ProducerRecord<String, String> notJson = new ProducerRecord<>(TOPIC, municipality, "{not json");
        notJson.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        notJson.headers().add("ce_type", RECORDED.getBytes(StandardCharsets.UTF_8));
        kafka.send(notJson);
        kafka.sendCloudEvent(TOPIC, municipality, UUID.randomUUID(), REVOKED, """
                {"placementId":"%s","municipalityCode":"%s","unitId":"%s"}""".formatted(UUID.randomUUID(), municipality, unitId));
        kafka.send(new ProducerRecord<>(TOPIC, municipality, "no headers at all"));

        TestData.asMunicipality(municipality).get("/housing-stock/v1/units/{id}/occupancy", unitId).then().body("free", equalTo(4));
        placed(municipality, unitId, 3, HOUSED_ON);
        awaitFree(unitId, 0);
        TestData.asMunicipality(municipality).get("/housing-stock/v1/units/{id}/occupancy", unitId).then().body("residents", equalTo(3));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(kafka.readAll("housing-stock.dead-letter", municipality)).hasSize(3));
        assertThat(kafka.readAll("housing-stock.dead-letter", municipality))
                .allSatisfy(r -> assertThat(KafkaTopics.header(r, "dead-letter-reason")).isNotBlank());
    }
}
