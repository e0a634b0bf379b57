package nl.permitholders.quota.merger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import nl.permitholders.quota.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MergerResourceTest {

    @BeforeEach
    void asTheRijk() {
        TestData.callAsTheRijk();
    }

    private static void quota(String code, String period, int persons) {
        given().contentType(ContentType.JSON).body(Map.of("persons", persons, "reason", "Rijk"))
                .put("/quota/v1/municipalities/{code}/quotas/{period}", code, period).then().statusCode(201);
    }

    @Test
    void theNewMunicipalityTakesOverTheQuotasFromTheEffectiveDate() {
        String a = TestData.municipality();
        String b = TestData.municipality();
        String merged = TestData.uniqueMunicipalityCode();
        quota(a, "2046-H2", 9);
        quota(a, "2047-H1", 10);
        quota(b, "2047-H1", 5);
        given().contentType(ContentType.JSON).body(Map.of(
                        "municipality", Map.of("code", merged, "name", "Samengevoegd", "provinceCode", "PV23"),
                        "mergedMunicipalityCodes", List.of(a, b),
                        "effectiveDate", "2047-01-01",
                        "populations", List.of(Map.of("referenceDate", "2046-01-01", "persons", 45_000)),
                        "reason", "herindeling 2047"))
                .post("/quota/v1/mergers")
                .then().statusCode(201).body("quotasTakenOver[0].period", equalTo("2047-H1"))
                .body("quotasTakenOver[0].persons", equalTo(15));

        given().get("/quota/v1/municipalities/{code}/quotas/{period}", merged, "2047-H1")
                .then().statusCode(200).body("persons", equalTo(15)).body("basis", equalTo("MERGED"));
        given().get("/quota/v1/municipalities/{code}/quotas/{period}", a, "2047-H1")
                .then().statusCode(200).body("persons", equalTo(0));
        given().get("/quota/v1/municipalities/{code}/quotas/{period}", a, "2046-H2")
                .then().statusCode(200).body("persons", equalTo(9));
        given().get("/quota/v1/municipalities/{code}", a).then().body("validUntil", equalTo("2046-12-31"));
        given().queryParam("validOn", "2047-01-01").queryParam("provinceCode", "PV23").queryParam("pageSize", 100)
                .get("/quota/v1/municipalities").then().body("items.code", hasItem(merged)).body("items.code", not(hasItem(a)));
    }

    @Test
    void aMergerOfOneMunicipalityOrMidYearIsRefused() {
        String a = TestData.municipality();
        given().contentType(ContentType.JSON).body(Map.of(
                        "municipality", Map.of("code", TestData.uniqueMunicipalityCode(), "name", "X", "provinceCode", "PV23"),
                        "mergedMunicipalityCodes", List.of(a, a),
                        "effectiveDate", "2047-03-01", "reason", "x"))
                .post("/quota/v1/mergers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("effectiveDate"))
                .body("invalidParams.name", hasItem("mergedMunicipalityCodes[1]"));
    }
}
