package nl.permitholders.supervision.regime;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.permitholders.infrastructure.EventSchemas;
import nl.permitholders.infrastructure.KafkaTopics;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The supervision regime as province staff record it (docs/supervision-api.md, supervision regime): only the
 * municipality's own province records, the Rijk and the municipality itself read; the history is kept and the regime in
 * force is the latest by date decided; every refusal stores nothing.
 */
@QuarkusTest
class SupervisionRegimeTest {

    private static final String REGIME = "/supervision/v1/municipalities/{code}/supervision-regime";
    private static final String TYPE = "nl.permitholders.supervision.supervision-regime-decided.v1";
    /** One province for all tests: each reads only its own municipality's regime, and its own lines of the overview. */
    private static final String PROVINCE = TestEvents.newProvince();

    private final TestEvents events = new TestEvents();
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    private String town;

    @BeforeEach
    void aMunicipalityOfAProvince() {
        Callers.theRijkByDefault();
        town = TestEvents.newMunicipality();
        events.province(PROVINCE, "Testprovincie " + PROVINCE);
        events.municipality(town, "Dorp " + town, PROVINCE);
        events.quota(town, Period.containing(today).toString(), 20, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(REGIME, town).then().statusCode(200));
    }

    private RequestSpecification as(String token) {
        return given().header("Authorization", Callers.as(token)).contentType(ContentType.JSON);
    }

    private RequestSpecification asTheProvince() {
        return as(Callers.issuer().province(PROVINCE));
    }

    private static Map<String, Object> decision(String regime, LocalDate decidedOn, String reason) {
        return new HashMap<>(Map.of("regime", regime, "decidedOn", decidedOn.toString(), "reason", reason));
    }

    @Test
    void theProvinceRecordsARegimeWithDateReasonAndAuthorAndKeepsTheHistory() {
        given().get(REGIME, town).then().statusCode(200)
                .body("municipalityCode", equalTo(town)).body("$", not(hasKey("current"))).body("decisions", hasSize(0));
        // The province's overview read before any decision, so its figures are cached: the decisions show in it all the same.
        String period = Period.containing(today).toString();
        String townsLine = "lines.find { it.figures.municipalityCode == '" + town + "' }";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/supervision/v1/provinces/{code}/periods/{period}", PROVINCE, period)
                .then().statusCode(200).body(townsLine + ".figures.quota", equalTo(20)).body(townsLine, not(hasKey("regime"))));

        asTheProvince().body(decision("MEDIUM", today.minusDays(30), "achterstand groeit; ambtelijk gesprek"))
                .post(REGIME, town).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/supervision/v1/municipalities/" + town + "/supervision-regime"))
                .body("regime", equalTo("MEDIUM")).body("decidedOn", equalTo(today.minusDays(30).toString()))
                .body("reason", equalTo("achterstand groeit; ambtelijk gesprek")).body("decidedBy", equalTo("supervisor-" + PROVINCE));
        asTheProvince().body(decision("HIGH", today.minusDays(10), "geen verbetering; bestuurlijk gesprek"))
                .post(REGIME, town).then().statusCode(201);
        // Decided before the others but recorded last: it joins the history at its date and changes nothing now.
        asTheProvince().body(decision("LOW", today.minusDays(60), "op schema"))
                .post(REGIME, town).then().statusCode(201);

        given().get(REGIME, town).then().statusCode(200)
                .body("current.regime", equalTo("HIGH"))
                .body("current.decidedOn", equalTo(today.minusDays(10).toString()))
                .body("current.reason", equalTo("geen verbetering; bestuurlijk gesprek"))
                .body("current.decidedBy", equalTo("supervisor-" + PROVINCE))
                .body("decisions.regime", contains("LOW", "MEDIUM", "HIGH"));
        given().queryParam("asOf", today.minusDays(20).toString()).queryParam("view", "KNOWN_TODAY").get(REGIME, town).then().statusCode(200)
                .body("asOf", equalTo(today.minusDays(20).toString()))
                .body("current.regime", equalTo("MEDIUM")).body("decisions.regime", contains("LOW", "MEDIUM"));
        given().queryParam("asOf", today.minusDays(61).toString()).queryParam("view", "KNOWN_TODAY").get(REGIME, town).then().statusCode(200)
                .body("$", not(hasKey("current"))).body("decisions", hasSize(0));

        // The province's overview shows the regime in force beside the figures; absent for a municipality without one.
        String other = TestEvents.newMunicipality();
        events.municipality(other, "Stad " + other, PROVINCE);
        events.quota(other, Period.containing(today).toString(), 10, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/supervision/v1/provinces/{code}/periods/{period}", PROVINCE, period)
                .then().statusCode(200).body("lines.figures.municipalityCode", hasItems(town, other)));
        var lines = given().get("/supervision/v1/provinces/{code}/periods/{period}", PROVINCE, period).then().statusCode(200)
                .extract().jsonPath();
        int townLine = lines.getList("lines.figures.municipalityCode").indexOf(town);
        int otherLine = lines.getList("lines.figures.municipalityCode").indexOf(other);
        assertThat(lines.getString("lines[" + townLine + "].regime")).isEqualTo("HIGH");
        assertThat(lines.<String, Object>getMap("lines[" + otherLine + "]")).doesNotContainKey("regime");
        given().queryParam("asOf", today.minusDays(20).toString()).queryParam("view", "KNOWN_TODAY").get("/supervision/v1/provinces/{code}/periods/{period}", PROVINCE, period)
                .then().statusCode(200).body(townsLine + ".regime", equalTo("MEDIUM"));

        // Published without the reason and the author (R9).
        KafkaTopics kafka = events.kafka;
        var published = await().atMost(Duration.ofSeconds(30)).until(() -> kafka.readAll("supervision.events", town).stream()
                .filter(r -> TYPE.equals(KafkaTopics.header(r, "ce_type"))).toList(), r -> r.size() == 3);
        published.forEach(r -> EventSchemas.assertConforms(TYPE, r.value()));
        assertThat(published).allSatisfy(r -> assertThat(r.value()).doesNotContain("gesprek", "supervisor-"));
        // The audit trail says who recorded each decision, through which request.
        given().get("/supervision/v1/municipalities/{code}/audit-trail", town).then().statusCode(200)
                .body("items.action", everyItem(equalTo(TYPE))).body("items", hasSize(3))
                .body("items.actor", everyItem(equalTo("supervisor-" + PROVINCE)))
                .body("items.operation", everyItem(equalTo("POST /supervision/v1/municipalities/" + town + "/supervision-regime")));
    }

    @Test
    void theRijkAndTheMunicipalityItselfMayReadButNotRecord() {
        asTheProvince().body(decision("MEDIUM", today, "ambtelijk gesprek")).post(REGIME, town).then().statusCode(201);

        as(Callers.issuer().rijk()).get(REGIME, town).then().statusCode(200).body("current.regime", equalTo("MEDIUM"));
        as(Callers.issuer().municipality(town)).get(REGIME, town).then().statusCode(200).body("current.regime", equalTo("MEDIUM"));
        as(Callers.issuer().municipality(TestEvents.newMunicipality())).get(REGIME, town).then().statusCode(403)
                .contentType("application/problem+json");

        as(Callers.issuer().rijk()).body(decision("HIGH", today, "x")).post(REGIME, town).then().statusCode(403);
        as(Callers.issuer().municipality(town)).body(decision("LOW", today, "x")).post(REGIME, town).then().statusCode(403);
        given().get(REGIME, town).then().statusCode(200).body("decisions.regime", contains("MEDIUM"));
    }

    @Test
    void anotherProvinceCanNeitherRecordNorReadAndNothingIsStored() {
        String elsewhere = "PV01";
        as(Callers.issuer().province(elsewhere)).body(decision("HIGH", today, "niet onze gemeente")).post(REGIME, town)
                .then().statusCode(403).contentType("application/problem+json");
        as(Callers.issuer().province(elsewhere)).get(REGIME, town).then().statusCode(403);
        given().get(REGIME, town).then().statusCode(200).body("decisions", hasSize(0));
    }

    @Test
    void aMunicipalityNothingIsKnownAboutIsNotFound() {
        given().get(REGIME, TestEvents.newMunicipality()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void everyBadValueInAnOtherwiseValidRequestIsRefusedNamingItsFieldAndNothingIsStored() {
        Map<String, Map<String, Object>> hostile = new java.util.LinkedHashMap<>();
        hostile.put("regime", decision("EXTREME", today, "reden"));
        hostile.put("reason", decision("HIGH", today, "   "));
        Map<String, Object> empty = decision("HIGH", today, "");
        Map<String, Object> tooLong = decision("HIGH", today, "x".repeat(501));
        Map<String, Object> nul = decision("HIGH", today, "sig\u0000naal");
        Map<String, Object> future = decision("HIGH", today.plusDays(1), "reden");
        Map<String, Object> outsideRange = decision("HIGH", today, "reden");
        outsideRange.put("decidedOn", "0025-03-01");
        Map<String, Object> noRegime = decision("HIGH", today, "reden");
        noRegime.remove("regime");
        Map<String, Object> someoneElse = decision("HIGH", today, "reden");
        someoneElse.put("decidedBy", "iemand anders");

        List<Map.Entry<String, Map<String, Object>>> cases = List.of(Map.entry("regime", hostile.get("regime")),
                Map.entry("regime", noRegime), Map.entry("reason", hostile.get("reason")), Map.entry("reason", empty),
                Map.entry("reason", tooLong), Map.entry("reason", nul), Map.entry("decidedOn", future),
                Map.entry("decidedOn", outsideRange), Map.entry("decidedBy", someoneElse));
        for (Map.Entry<String, Map<String, Object>> bad : cases) {
            asTheProvince().body(bad.getValue()).post(REGIME, town).then().statusCode(400).contentType("application/problem+json")
                    .body("invalidParams.name", contains(bad.getKey()));
        }
        given().get(REGIME, town).then().statusCode(200).body("decisions", hasSize(0));
        // The same request with the one value mended is recorded: it was that value that was refused.
        asTheProvince().body(decision("HIGH", today, "x".repeat(500))).post(REGIME, town).then().statusCode(201);
    }
}
