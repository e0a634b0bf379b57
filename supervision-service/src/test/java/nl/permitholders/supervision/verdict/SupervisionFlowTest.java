package nl.permitholders.supervision.verdict;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.permitholders.infrastructure.EventSchemas;
import nl.permitholders.infrastructure.KafkaTopics;
import org.eclipse.microprofile.config.ConfigProvider;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.FixedDay;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Verdicts at deadlines, the ladder and the province overview, fed by events on the real broker, judged on 15 August 2026. */
@QuarkusTest
class SupervisionFlowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 8, 15);

    @BeforeEach
    void asTheRijkOnTheFifteenthOfAugust2026() {
        Callers.theRijkByDefault();
        FixedDay.install(TODAY);
    }

    private static final AtomicInteger NEXT = new AtomicInteger(5000 + (int) (System.nanoTime() % 1000));

    private final KafkaTopics kafka = new KafkaTopics(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    private static String newMunicipality() {
        return String.format("GM%04d", NEXT.incrementAndGet());
    }

    private UUID send(String topic, String key, String type, String data) {
        EventSchemas.assertConforms(type, data);
        UUID id = UUID.randomUUID();
        kafka.sendCloudEvent(topic, key, id, type, data);
        return id;
    }

    private UUID quota(String municipality, String period, int persons, int version) {
        return send("quota.events", municipality, "nl.permitholders.quota.quota-set.v1", """
                {"municipalityCode":"%s","period":"%s","persons":%d,"version":%d,"basis":"IMPORTED"}"""
                .formatted(municipality, period, persons, version));
    }

    private void coupled(String municipality, int persons, LocalDate on) {
        send("placement.events", municipality, "nl.permitholders.placement.coupling-registered.v1", """
                {"couplingId":"%s","municipalityCode":"%s","adults":%d,"minors":0,"persons":%d,"householdType":"FAMILY","permitDate":"%s","couplingDate":"%s"}"""
                .formatted(UUID.randomUUID(), municipality, persons, persons, on.minusWeeks(2), on));
    }

    private void housed(String municipality, int persons, LocalDate on) {
        send("placement.events", municipality, "nl.permitholders.placement.placement-recorded.v1", """
                {"placementId":"%s","couplingId":"%s","municipalityCode":"%s","persons":%d,"housedOn":"%s"}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), municipality, persons, on));
    }

    /** A province registered under a code starting with {@code prefix}, so tests of the same run keep apart. */
    private String province() {
        String province = TestEvents.newProvince();
        send("quota.events", province, "nl.permitholders.quota.province-registered.v1", """
                {"provinceCode":"%s","name":"Testprovincie"}""".formatted(province));
        return province;
    }

    private void municipality(String code, String province) {
        send("quota.events", code, "nl.permitholders.quota.municipality-registered.v1", """
                {"municipalityCode":"%s","name":"Gemeente %s","provinceCode":"%s"}""".formatted(code, code, province));
    }

    @Test
    void aShortfallCausedByTooFewCouplingsIsExcusableAndALateAdjustmentJudgesTheHalfYearAgain() {
        String town = newMunicipality();
        quota(town, "2025-H1", 20, 1);
        coupled(town, 8, LocalDate.of(2025, 2, 1));
        housed(town, 8, LocalDate.of(2025, 3, 20));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/supervision/v1/municipalities/{code}/periods/2025-H1", town).then().statusCode(200)
                        .body("backlog", equalTo(12))
                        .body("verdict.verdict", equalTo("NOT_MET_EXCUSABLE"))
                        .body("verdict.couplingDeficit", equalTo(12)));

        UUID adjustment = quota(town, "2025-H1", 8, 2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/supervision/v1/municipalities/{code}/verdicts", town).then().statusCode(200)
                        .body("[0].period", equalTo("2025-H1"))
                        .body("[0].verdict", equalTo("MET"))
                        // Events that arrive after the deadline each re-judge it; the last two steps are the excusable
                        // shortfall and the adjustment that turned it into MET.
                        .body("[0].history[-2].verdict", equalTo("NOT_MET_EXCUSABLE"))
                        .body("[0].history[-1].verdict", equalTo("MET"))
                        .body("[0].history[-1].causeEventId", equalTo(adjustment.toString()))
                        .body("[0].history[-1].causeEventType", equalTo("nl.permitholders.quota.quota-set.v1")));
    }

    @Test
    void twoMissedDeadlinesInARowAdviseAnOfficialTalkAndADecisionIsRecordedAndPublished() {
        String town = newMunicipality();
        municipality(town, "PV23");
        quota(town, "2025-H2", 10, 1);
        quota(town, "2026-H1", 10, 1);
        coupled(town, 30, LocalDate.of(2025, 7, 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/supervision/v1/municipalities/{code}/ladder", town).then().statusCode(200)
                        .body("currentStage", equalTo("NONE"))
                        .body("advice.stage", equalTo("OFFICIAL_TALK")));

        Map<String, String> decision = Map.of("stage", "OFFICIAL_TALK", "decidedOn", "2026-07-15",
                "reason", "ambtelijk gesprek na twee gemiste peildata");
        given().header("Authorization", Callers.as(Callers.issuer().province("PV24"))).contentType(ContentType.JSON)
                .body(decision).post("/supervision/v1/municipalities/{code}/ladder-decisions", town)
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Callers.as(Callers.issuer().rijk())).contentType(ContentType.JSON)
                .body(decision).post("/supervision/v1/municipalities/{code}/ladder-decisions", town)
                .then().statusCode(403);
        given().header("Authorization", Callers.as(Callers.issuer().province("PV23"))).contentType(ContentType.JSON)
                .body(decision).post("/supervision/v1/municipalities/{code}/ladder-decisions", town)
                .then().statusCode(201).body("stage", equalTo("OFFICIAL_TALK")).body("decidedBy", equalTo("supervisor-PV23"));
        given().get("/supervision/v1/municipalities/{code}/ladder", town).then()
                .body("currentStage", equalTo("OFFICIAL_TALK")).body("decisions", hasSize(1))
                .body("decisions[0].decidedBy", equalTo("supervisor-PV23"));
        // The decider comes from the token only: a body that names someone else is refused, not believed.
        given().header("Authorization", Callers.as(Callers.issuer().province("PV23"))).contentType(ContentType.JSON)
                .body(Map.of("stage", "SIGNAL", "decidedOn", "2026-07-15", "reason", "x", "decidedBy", "iemand anders"))
                .post("/supervision/v1/municipalities/{code}/ladder-decisions", town)
                .then().statusCode(400);

        var published = await().atMost(Duration.ofSeconds(30)).until(() -> kafka.readAll("supervision.events", town), r -> !r.isEmpty());
        assertThat(KafkaTopics.header(published.get(0), "ce_type")).isEqualTo("nl.permitholders.supervision.intervention-stage-decided.v1");
        EventSchemas.assertConforms("nl.permitholders.supervision.intervention-stage-decided.v1", published.get(0).value());
        assertThat(published.get(0).value()).as("R9: why, in words, stays in the API").doesNotContain("ambtelijk gesprek");

        given().header("Authorization", Callers.as(Callers.issuer().province("PV23"))).contentType(ContentType.JSON)
                .body(Map.of("stage", "SIGNAL", "decidedOn", TODAY.plusDays(5).toString(),
                        "reason", "x"))
                .post("/supervision/v1/municipalities/{code}/ladder-decisions", town)
                .then().statusCode(400).body("invalidParams.name", hasItem("decidedOn"));
        given().header("Authorization", Callers.as(Callers.issuer().province("PV23"))).contentType(ContentType.JSON)
                .body(Map.of("stage", "SOMEWHAT_WORRIED", "decidedOn", "2026-07-15",
                        "reason", "x"))
                .post("/supervision/v1/municipalities/{code}/ladder-decisions", town)
                .then().statusCode(400).body("invalidParams.name", hasItem("stage"));
    }

    @Test
    void aProvinceOverviewTotalsItsMunicipalitiesAndSortsThem() {
        String province = province();
        String small = newMunicipality();
        String large = newMunicipality();
        municipality(small, province);
        municipality(large, province);
        quota(small, "2024-H1", 10, 1);
        quota(large, "2024-H1", 50, 1);
        housed(large, 5, LocalDate.of(2024, 3, 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().queryParam("sort", "BACKLOG").get("/supervision/v1/provinces/{code}/periods/2024-H1", province)
                        .then().statusCode(200)
                        .body("municipalities", equalTo(2))
                        .body("totals.quota", equalTo(60))
                        .body("totals.housed", equalTo(5))
                        .body("totals.backlog", equalTo(55))
                        .body("lines.figures.municipalityCode", contains(large, small)));
        given().queryParam("sort", "SIZE").get("/supervision/v1/provinces/{code}/periods/2024-H1", province)
                .then().statusCode(400).body("invalidParams.name", hasItem("sort"));
        given().get("/supervision/v1/provinces/PV00/periods/2024-H1").then().statusCode(404);
    }

    @Test
    void aProvinceOverviewShowsWhatWasConsumedAndDecidedSinceItWasLastRead() {
        String province = province();
        String town = newMunicipality();
        municipality(town, province);
        quota(town, "2024-H1", 10, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/supervision/v1/provinces/{code}/periods/2024-H1", province).then().statusCode(200)
                        .body("totals.quota", equalTo(10)).body("totals.housed", equalTo(0)));
        // Read again: the same answer, now from what was computed for this version of the projection.
        given().get("/supervision/v1/provinces/{code}/periods/2024-H1", province).then().body("totals.housed", equalTo(0));

        housed(town, 3, LocalDate.of(2024, 3, 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/supervision/v1/provinces/{code}/periods/2024-H1", province).then()
                        .body("totals.housed", equalTo(3)).body("lines[0].figures.housed", equalTo(3)));

        // A ladder decision is not an event supervision consumes; the next read shows it at once.
        given().header("Authorization", Callers.as(Callers.issuer().province(province))).contentType(ContentType.JSON)
                .body(Map.of("stage", "SIGNAL", "decidedOn", "2024-07-15", "reason", "signaal na gemiste peildatum"))
                .post("/supervision/v1/municipalities/{code}/ladder-decisions", town).then().statusCode(201);
        given().get("/supervision/v1/provinces/{code}/periods/2024-H1", province).then()
                .body("lines[0].currentStage", equalTo("SIGNAL"));
    }
}
