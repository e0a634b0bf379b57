package nl.permitholders.quota.exchange;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.permitholders.infrastructure.EventSchemas;
import nl.permitholders.infrastructure.KafkaTopics;
import nl.permitholders.quota.TestData;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExchangeResourceTest {

    @BeforeEach
    void asTheRijk() {
        TestData.callAsTheRijk();
    }

    private final KafkaTopics kafka = new KafkaTopics(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    private static void quota(String code, int persons) {
        given().contentType(ContentType.JSON).body(Map.of("persons", persons, "reason", "Rijk"))
                .put("/quota/v1/municipalities/{code}/quotas/{period}", code, "2026-H1").then().statusCode(201);
    }

    private static String withQuota(int persons) {
        String code = TestData.municipality();
        quota(code, persons);
        return code;
    }

    private static Map<String, Object> exchange(Object changes) {
        return Map.of("period", "2026-H1", "changes", changes, "reason", "regional agreement");
    }

    @Test
    void municipalitiesExchangeQuotaWhenTheirTotalIsUnchanged() {
        String a = TestData.municipality();
        String b = TestData.municipality();
        quota(a, 73);
        quota(b, 12);
        String id = given().contentType(ContentType.JSON)
                .body(exchange(List.of(Map.of("municipalityCode", a, "delta", -10), Map.of("municipalityCode", b, "delta", 10))))
                .post("/quota/v1/exchanges").then().statusCode(201).extract().path("id");
        given().get("/quota/v1/exchanges/{id}", id).then().statusCode(200)
                .body("changes.delta", containsInAnyOrder(-10, 10)).body("period", equalTo("2026-H1"));
        var events = await().atMost(Duration.ofSeconds(30)).until(() -> kafka.readAll("quota.events").stream()
                .filter(r -> "nl.permitholders.quota.quota-exchanged.v1".equals(KafkaTopics.header(r, "ce_type")))
                .filter(r -> r.value().contains(id)).toList(), r -> r.size() == 2);
        events.forEach(r -> EventSchemas.assertConforms("nl.permitholders.quota.quota-exchanged.v1", r.value()));
        assertThat(events).as("R9: the reason in words stays in quota-service").noneMatch(r -> r.value().contains("regional agreement"));
        assertThat(events).extracting(r -> r.key()).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void anExchangeThatChangesTheTotalOrLeavesANegativeQuotaIsRefusedListingEveryProblem() {
        String a = TestData.municipality();
        String b = TestData.municipality();
        quota(a, 5);
        quota(b, 5);
        given().contentType(ContentType.JSON)
                .body(exchange(List.of(Map.of("municipalityCode", a, "delta", -6), Map.of("municipalityCode", b, "delta", 3))))
                .post("/quota/v1/exchanges").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("changes", "changes[0].delta"));
        given().contentType(ContentType.JSON)
                .body(exchange(List.of(Map.of("municipalityCode", a, "delta", -1), Map.of("municipalityCode", "GM9996", "delta", 1))))
                .post("/quota/v1/exchanges").then().statusCode(400).body("invalidParams.name", hasItem("changes[1].municipalityCode"));
        given().contentType(ContentType.JSON).body(Map.of("period", "2026-H1", "changes", List.of(), "reason", "x"))
                .post("/quota/v1/exchanges").then().statusCode(400).body("invalidParams.name", hasItem("changes"));
    }

    @Test
    void theOneStepWayIsDeprecatedWithItsSunsetAndSuccessorOnEveryRecordingAndInTheApiDocument() {
        given().contentType(ContentType.JSON).body(exchange(List.of(Map.of("municipalityCode", withQuota(20), "delta", -5),
                        Map.of("municipalityCode", withQuota(20), "delta", 5))))
                .post("/quota/v1/exchanges").then().statusCode(201)
                .header("Deprecation", equalTo("@1795651200"))
                .header("Sunset", equalTo("Thu, 1 Jul 2027 00:00:00 GMT"))
                .header("Link", equalTo("</supervision/v1/exchanges>; rel=\"successor-version\""));
        given().get("/quota/v1/openapi.json").then().statusCode(200)
                .body("paths.'/exchanges'.post.deprecated", equalTo(true))
                .body("paths.'/exchanges'.post.summary", org.hamcrest.Matchers.containsString("leaves the API on 1 July 2027"));
    }

    /**
     * R3: a merger on 1 April, as Dijk en Waard's would have been mid-year: the half-year is the new municipality's, so
     * it is a party to an exchange of it, counting what its parts exchanged there before; its parts are no parties.
     */
    @Test
    void aMunicipalityFormedOnTheFirstOfAprilIsAPartyForThatHalfYearAndItsPartsNoLonger() {
        String period = "2061-H1";
        String partOne = TestData.municipality();
        String partTwo = TestData.municipality();
        String neighbour = TestData.municipality();
        String formed = TestData.uniqueMunicipalityCode();
        for (Map.Entry<String, Integer> quota : Map.of(partOne, 30, partTwo, 20, neighbour, 10).entrySet()) {
            given().contentType(ContentType.JSON).body(Map.of("persons", quota.getValue(), "reason", "Rijk 2061-I"))
                    .put("/quota/v1/municipalities/{code}/quotas/{period}", quota.getKey(), period).then().statusCode(201);
        }
        // Before the merger the first part hands over 25 of its 30.
        given().contentType(ContentType.JSON).body(Map.of("period", period, "reason", "regional agreement", "changes",
                        List.of(Map.of("municipalityCode", partOne, "delta", -25), Map.of("municipalityCode", neighbour, "delta", 25))))
                .post("/quota/v1/exchanges").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("municipality", Map.of("code", formed, "name", "Nieuw " + formed, "provinceCode", "PV23"),
                        "mergedMunicipalityCodes", List.of(partOne, partTwo), "effectiveDate", "2061-04-01", "populations", List.of(),
                        "reason", "samenvoeging"))
                .post("/quota/v1/mergers").then().statusCode(201);
        given().get("/quota/v1/municipalities/{code}/quotas/{period}", formed, period).then().statusCode(200).body("persons", equalTo(50));

        // 50 of its parts' quota, 25 of it handed over already: 25 is left to hand over.
        given().contentType(ContentType.JSON).body(Map.of("period", period, "reason", "regional agreement", "changes",
                        List.of(Map.of("municipalityCode", formed, "delta", -26), Map.of("municipalityCode", neighbour, "delta", 26))))
                .post("/quota/v1/exchanges").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", equalTo(List.of("changes[0].delta")))
                .body("invalidParams[0].reason", containsString("negative quota (25 -26)"));
        given().contentType(ContentType.JSON).body(Map.of("period", period, "reason", "regional agreement", "changes",
                        List.of(Map.of("municipalityCode", formed, "delta", -25), Map.of("municipalityCode", neighbour, "delta", 25))))
                .post("/quota/v1/exchanges").then().statusCode(201);

        given().contentType(ContentType.JSON).body(Map.of("period", period, "reason", "regional agreement", "changes",
                        List.of(Map.of("municipalityCode", neighbour, "delta", -1), Map.of("municipalityCode", partTwo, "delta", 1))))
                .post("/quota/v1/exchanges").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", equalTo(List.of("changes[1].municipalityCode")))
                .body("invalidParams[0].reason", allOf(containsString(partTwo + " merged into " + formed + " on 2061-04-01"),
                        containsString("the quota of " + period + " is " + formed + "'s")));
    }
}
