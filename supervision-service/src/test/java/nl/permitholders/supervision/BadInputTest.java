package nl.permitholders.supervision;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.permitholders.platform.api.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Values of the right type that no field accepts, each in an otherwise valid request on a municipality that exists: a
 * date outside 2000–2100, text with a NUL character, a blank reason, a page beyond the last a query can reach, an id
 * that is no UUID. Each is a 400 naming the field, and nothing is stored.
 */
@QuarkusTest
class BadInputTest {

    private final TestEvents events = new TestEvents();

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    private String knownMunicipality() {
        String town = TestEvents.newMunicipality();
        events.municipality(town, "Gemeente " + town, "PV23");
        events.quota(town, "2025-H1", 10, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/supervision/v1/municipalities/{code}/ladder", town).then().statusCode(200));
        return town;
    }

    private static RequestSpecification asProvince() {
        return given().header("Authorization", Callers.as(Callers.issuer().province("PV23"))).contentType(ContentType.JSON);
    }

    @Test
    void aLadderDecisionWithADateOutsideTheRangeOrANulInItsReasonIsRefusedNamingItAndNotStored() {
        String town = knownMunicipality();
        Map<String, String> decision = new HashMap<>(Map.of("stage", "SIGNAL", "decidedOn", "0025-03-01", "reason", "signaal"));
        asProvince().body(decision).post("/supervision/v1/municipalities/{code}/ladder-decisions", town)
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains("decidedOn"))
                .body("invalidParams[0].reason", equalTo("must be a date from 2000-01-01 to 2100-12-31"));
        decision.put("decidedOn", "2025-03-01");
        decision.put("reason", "sig\u0000naal");
        asProvince().body(decision).post("/supervision/v1/municipalities/{code}/ladder-decisions", town)
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains("reason"))
                .body("invalidParams[0].reason", equalTo("must not contain the NUL character (U+0000)"));
        given().get("/supervision/v1/municipalities/{code}/ladder", town).then().statusCode(200).body("decisions", hasSize(0));
    }

    @Test
    void aBlankReasonForAMeasureChangeIsRefusedNamingItAndNotStored() {
        String town = knownMunicipality();
        String plans = "/supervision/v1/municipalities/{code}/action-plans";
        String plan = asProvince().body(Map.of("title", "Plan", "adoptedOn", "2025-03-01", "measures", List.of(Map.of(
                        "title", "Flex", "term", "SHORT", "expectedHoused", List.of()))))
                .post(plans, town).then().statusCode(201).extract().path("id");
        for (String blank : new String[] {"", "   "}) {
            asProvince().body(Map.of("title", "Flex 2", "term", "SHORT", "status", "PLANNED", "expectedHoused", List.of(),
                            "reason", blank))
                    .post(plans + "/{plan}/measures", town, plan)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("invalidParams.name", contains("reason"))
                    .body("invalidParams[0].reason", equalTo("must not be blank"));
        }
        given().get(plans + "/{plan}", town, plan).then().statusCode(200).body("measures", hasSize(1));
    }

    @Test
    void anAsOfOutsideTheRangeIsRefusedNamingIt() {
        String town = knownMunicipality();
        given().queryParam("asOf", "0025-03-01").queryParam("view", "KNOWN_TODAY").get("/supervision/v1/municipalities/{code}/periods/{period}", town, "2025-H1")
                .then().statusCode(400).contentType("application/problem+json").body("invalidParams.name", contains("asOf"));
        given().queryParam("asOf", "2025-03-01").queryParam("view", "KNOWN_TODAY").get("/supervision/v1/municipalities/{code}/periods/{period}", town, "2025-H1")
                .then().statusCode(200);
    }

    @Test
    void aPageBeyondTheLastAQueryCanReachIsRefusedNamingIt() {
        String town = knownMunicipality();
        given().queryParam("page", Integer.MAX_VALUE).queryParam("pageSize", 100)
                .get("/supervision/v1/municipalities/{code}/audit-trail", town)
                .then().statusCode(400).contentType("application/problem+json").body("invalidParams.name", contains("page"));
        given().queryParam("page", PageRequest.MAX_OFFSET / 100 + 1).queryParam("pageSize", 100)
                .get("/supervision/v1/municipalities/{code}/audit-trail", town)
                .then().statusCode(200);
    }

    @Test
    void anIdThatIsNoUuidIsRefusedNamingIt() {
        String town = knownMunicipality();
        String plans = "/supervision/v1/municipalities/{code}/action-plans";
        given().get(plans + "/{plan}", town, "plan-1").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains("planId"));
        String plan = asProvince().body(Map.of("title", "Plan", "adoptedOn", "2025-03-01", "measures", List.of(Map.of(
                        "title", "Flex", "term", "SHORT", "expectedHoused", List.of()))))
                .post(plans, town).then().statusCode(201).extract().path("id");
        asProvince().body(Map.of("title", "Flex", "term", "SHORT", "status", "DONE", "expectedHoused", List.of()))
                .put(plans + "/{plan}/measures/{measure}", town, plan, "measure-1")
                .then().statusCode(400).contentType("application/problem+json").body("invalidParams.name", contains("measureId"));
        given().header("Authorization", Callers.as(Callers.issuer().token("operator-on-duty", "operator", Map.of())))
                .get("/supervision/v1/projection-rebuilds/{id}", "rebuild-1")
                .then().statusCode(400).contentType("application/problem+json").body("invalidParams.name", contains("id"));
    }
}
