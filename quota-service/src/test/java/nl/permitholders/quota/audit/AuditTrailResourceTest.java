package nl.permitholders.quota.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import nl.permitholders.infrastructure.DevelopmentIssuer;
import nl.permitholders.infrastructure.TestTokens;
import nl.permitholders.quota.TestData;
import nl.permitholders.quota.events.QuotaEvents.MunicipalityRegistered;
import nl.permitholders.quota.events.QuotaEvents.ProvinceRegistered;
import nl.permitholders.quota.events.QuotaEvents.QuotaSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every write to quota-service is in the audit trail with who made it, taken from the token; queryable per municipality. */
@QuarkusTest
class AuditTrailResourceTest {

    private static final String TRAIL = "/quota/v1/municipalities/{code}/audit-trail";
    private static final String QUOTA = "/quota/v1/municipalities/{code}/quotas/{period}";

    private final DevelopmentIssuer issuer = TestTokens.issuer();

    @BeforeEach
    void asTheRijk() {
        TestData.callAsTheRijk();
    }

    @Test
    void aQuotaWriteIsRecordedWithTheActorFromTheTokenAndTheEventItPublished() {
        String code = TestData.municipality();
        String officer = issuer.token("r.de.vries@minbzk.nl", "rijk", Map.of());
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("persons", 78, "reason", "Rijk 2024-I"))
                .put(QUOTA, code, "2024-H1").then().statusCode(201);

        JsonPath trail = given().get(TRAIL, code).then().statusCode(200).extract().jsonPath();

        // Newest first: the quota, then the registration that made the municipality.
        assertThat(trail.getList("items.action")).containsExactly(QuotaSet.TYPE, MunicipalityRegistered.TYPE);
        given().get(TRAIL, code).then()
                .body("items[0].actor", equalTo("r.de.vries@minbzk.nl"))
                .body("items[0].actorRoles", equalTo("rijk"))
                .body("items[0].operation", equalTo("PUT /quota/v1/municipalities/" + code + "/quotas/2024-H1"))
                .body("items[0].eventId", notNullValue())
                .body("items[0].at", notNullValue())
                .body("items[1].actor", equalTo("rijk-user"));
    }

    @Test
    void aWriteThatChangesNothingOrIsRefusedLeavesNoEntry() {
        String code = TestData.municipality();
        given().contentType(ContentType.JSON).body(Map.of("persons", 40, "reason", "first")).put(QUOTA, code, "2025-H1")
                .then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("persons", 40, "reason", "same again")).put(QUOTA, code, "2025-H1")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("persons", -1, "reason", "negative")).put(QUOTA, code, "2025-H1")
                .then().statusCode(400);

        given().get(TRAIL, code).then().statusCode(200).body("items", hasSize(2)).body("totalItems", equalTo(2));
    }

    @Test
    void aPopulationImportIsRecordedPerMunicipalityWithTheEventItPublished() {
        String code = TestData.municipality();
        given().contentType("text/csv").body("code;name;population\n" + code + ";Gemeente " + code + ";31200\n")
                .put("/quota/v1/populations/{date}", "2031-01-01").then().statusCode(200);

        given().get(TRAIL, code).then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].action", equalTo("nl.permitholders.quota.population-set.v1"))
                .body("items[0].operation", equalTo("PUT /quota/v1/populations/2031-01-01"))
                .body("items[0].actor", equalTo("rijk-user"))
                .body("items[0].eventId", notNullValue());
    }

    @Test
    void aMunicipalityReadsOnlyItsOwnTrailAndAProvinceOnlyItsOwnMunicipalities() {
        String code = TestData.municipality();
        given().auth().oauth2(issuer.municipality(code)).get(TRAIL, code).then().statusCode(200)
                .body("items.actorRoles", everyItem(equalTo("rijk")));
        given().auth().oauth2(issuer.municipality("GM0141")).get(TRAIL, code).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(issuer.province("PV23")).get(TRAIL, code).then().statusCode(200);
        given().auth().oauth2(issuer.province("PV24")).get(TRAIL, code).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(issuer.coa()).get(TRAIL, code).then().statusCode(403);
        given().auth().oauth2(issuer.province("PV23")).get(TRAIL, "GM9999").then().statusCode(404);
    }

    @Test
    void theRijkSeesEveryWriteIncludingProvinces() {
        given().contentType(ContentType.JSON).body(Map.of("name", "Flevoland " + System.nanoTime()))
                .put("/quota/v1/provinces/{code}", "PV24").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        given().get("/quota/v1/audit-trail").then().statusCode(200)
                .body("items[0].subject", equalTo("PV24"))
                .body("items[0].action", equalTo(ProvinceRegistered.TYPE));
        given().auth().oauth2(issuer.province("PV24")).get("/quota/v1/audit-trail").then().statusCode(403);
    }
}
