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

    private static void register(String code, String name, String province) {
        TestData.province(province, province.equals("PV27") ? "Noord-Holland" : "Overijssel");
        given().contentType(ContentType.JSON).body(Map.of("name", name, "provinceCode", province))
                .put("/quota/v1/municipalities/{code}", code).then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
    }

    /** CBS: Weesp (GM0457) became part of Amsterdam (GM0363) on 24 March 2022, the day of the council elections. */
    @Test
    void weespIsAbsorbedIntoAmsterdamOnTheTwentyFourthOfMarchAndTheWholeHalfYearIsAmsterdams() {
        register("GM0363", "Amsterdam", "PV27");
        register("GM0457", "Weesp", "PV27");
        // Illustrative quotas: the half-year of the merger and the one before it.
        quota("GM0363", "2021-H2", 500);
        quota("GM0457", "2021-H2", 11);
        quota("GM0363", "2022-H1", 552);
        quota("GM0457", "2022-H1", 12);
        given().contentType(ContentType.JSON).body(Map.of(
                        "municipality", Map.of("code", "GM0363"),
                        "mergedMunicipalityCodes", List.of("GM0457"),
                        "effectiveDate", "2022-03-24",
                        "reason", "Wet samenvoeging Amsterdam en Weesp"))
                .post("/quota/v1/mergers")
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith("/quota/v1/municipalities/GM0363"))
                .body("absorption", equalTo(true)).body("name", equalTo("Amsterdam"))
                .body("effectivePeriod", equalTo("2022-H1"))
                .body("quotasTakenOver[0].period", equalTo("2022-H1")).body("quotasTakenOver[0].persons", equalTo(564));

        given().get("/quota/v1/municipalities/{code}/quotas/{period}", "GM0363", "2022-H1").then().statusCode(200)
                .body("persons", equalTo(564));
        given().get("/quota/v1/municipalities/{code}/quotas/{period}", "GM0457", "2022-H1").then().statusCode(200)
                .body("persons", equalTo(0));
        given().get("/quota/v1/municipalities/{code}/quotas/{period}", "GM0457", "2021-H2").then().statusCode(200)
                .body("persons", equalTo(11));
        given().get("/quota/v1/municipalities/{code}", "GM0457").then().body("validUntil", equalTo("2022-03-23"));
        given().get("/quota/v1/municipalities/{code}", "GM0363").then().body("validUntil", org.hamcrest.Matchers.nullValue());
    }

    /** CBS: Haarlemmerliede en Spaarnwoude (GM0393) became part of Haarlemmermeer (GM0394) on 1 January 2019. */
    @Test
    void haarlemmerliedeIsAbsorbedIntoHaarlemmermeerAndCannotBeAbsorbedTwice() {
        register("GM0394", "Haarlemmermeer", "PV27");
        register("GM0393", "Haarlemmerliede en Spaarnwoude", "PV27");
        quota("GM0394", "2019-H1", 80);
        quota("GM0393", "2019-H1", 3);
        Map<String, Object> merger = Map.of(
                "municipality", Map.of("code", "GM0394", "name", "Haarlemmermeer", "provinceCode", "PV27"),
                "mergedMunicipalityCodes", List.of("GM0393"),
                "effectiveDate", "2019-01-01",
                "reason", "Wet samenvoeging Haarlemmermeer en Haarlemmerliede en Spaarnwoude");
        given().contentType(ContentType.JSON).body(merger).post("/quota/v1/mergers")
                .then().statusCode(201).body("quotasTakenOver[0].persons", equalTo(83));

        given().contentType(ContentType.JSON).body(merger).post("/quota/v1/mergers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("mergedMunicipalityCodes[0]"));
        given().get("/quota/v1/municipalities/{code}/quotas/{period}", "GM0394", "2019-H1").then().body("persons", equalTo(83));
    }

    @Test
    void anAbsorbingMunicipalityKeepsItsNameAndANewOneNeedsTwoPredecessors() {
        String a = TestData.municipality();
        String b = TestData.municipality();
        given().contentType(ContentType.JSON).body(Map.of(
                        "municipality", Map.of("code", a, "name", "Andere naam"),
                        "mergedMunicipalityCodes", List.of(b),
                        "effectiveDate", "2047-03-01", "reason", "x"))
                .post("/quota/v1/mergers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", equalTo(List.of("municipality.name")));
        given().contentType(ContentType.JSON).body(Map.of(
                        "municipality", Map.of("code", TestData.uniqueMunicipalityCode(), "name", "X", "provinceCode", "PV23"),
                        "mergedMunicipalityCodes", List.of(a),
                        "effectiveDate", "2047-03-01", "reason", "x"))
                .post("/quota/v1/mergers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", equalTo(List.of("mergedMunicipalityCodes")));
        given().get("/quota/v1/municipalities/{code}", b).then().body("validUntil", org.hamcrest.Matchers.nullValue());
    }
}
