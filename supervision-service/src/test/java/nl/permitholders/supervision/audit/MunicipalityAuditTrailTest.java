package nl.permitholders.supervision.audit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The province's writes about a municipality are in its audit trail with the actor from the token, not from the body. */
@QuarkusTest
class MunicipalityAuditTrailTest {

    private static final String TRAIL = "/supervision/v1/municipalities/{code}/audit-trail";

    private final TestEvents events = new TestEvents();

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", Callers.as(token));
    }

    @Test
    void anActionPlanRecordedByTheProvinceIsInTheTrailWithTheSupervisorFromTheToken() {
        String town = TestEvents.newMunicipality();
        events.municipality(town, "Gemeente " + town, "PV23");
        events.quota(town, "2025-H1", 40, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/supervision/v1/municipalities/{code}/periods/2025-H1", town).then().statusCode(200));
        as(Callers.issuer().token("j.jansen@overijssel.nl", "province", Map.of("province", "PV23")))
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Plan van aanpak", "adoptedOn", "2025-03-27",
                        "measures", List.of(Map.of("title", "Woningdelen", "term", "SHORT",
                                "expectedHoused", List.of(Map.of("period", "2025-H1", "persons", 15))))))
                .post("/supervision/v1/municipalities/{code}/action-plans", town).then().statusCode(201);

        as(Callers.issuer().province("PV23")).get(TRAIL, town).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].actor", equalTo("j.jansen@overijssel.nl"))
                .body("items[0].actorRoles", equalTo("province"))
                .body("items[0].actorTenant", equalTo("province:PV23"))
                .body("items[0].action", equalTo("nl.permitholders.supervision.action-plan-updated.v1"))
                .body("items[0].operation", equalTo("POST /supervision/v1/municipalities/" + town + "/action-plans"))
                .body("items[0].subject", equalTo(town));
        as(Callers.issuer().municipality(town)).get(TRAIL, town).then().statusCode(200).body("totalItems", equalTo(1));
        given().get(TRAIL, town).then().statusCode(200).body("totalItems", equalTo(1));
        as(Callers.issuer().province("PV24")).get(TRAIL, town).then().statusCode(403).contentType("application/problem+json");
        as(Callers.issuer().municipality("GM0141")).get(TRAIL, town).then().statusCode(403);
        as(Callers.issuer().coa()).get(TRAIL, town).then().statusCode(403);
    }
}
