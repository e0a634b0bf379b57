package nl.permitholders.quota;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import nl.permitholders.platform.api.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Values that no field accepts, each in an otherwise valid request on municipalities that exist: a date outside
 * 2000–2100, text with a NUL character, a number or boolean for text, a page beyond the last a query can reach. Each
 * is a 400 naming the field, and nothing is stored.
 */
@QuarkusTest
class BadInputTest {

    @BeforeEach
    void asTheRijk() {
        TestData.callAsTheRijk();
    }

    @Test
    void aMergerDatedOutsideTheRangeIsRefusedNamingItAndNotStored() {
        String a = TestData.municipality();
        String b = TestData.municipality();
        String merged = TestData.uniqueMunicipalityCode();
        given().contentType(ContentType.JSON).body(Map.of(
                        "municipality", Map.of("code", merged, "name", "Samengevoegd", "provinceCode", "PV23"),
                        "mergedMunicipalityCodes", List.of(a, b),
                        "effectiveDate", "0025-01-01",
                        "reason", "herindeling"))
                .post("/quota/v1/mergers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains("effectiveDate"))
                .body("invalidParams[0].reason", equalTo("must be a date from 2000-01-01 to 2100-12-31"));
        given().get("/quota/v1/municipalities/{code}", merged).then().statusCode(404);
        given().get("/quota/v1/municipalities/{code}", a).then().statusCode(200).body("validUntil", equalTo(null));
    }

    @Test
    void dateParametersOutsideTheRangeAreRefusedNamingThem() {
        given().queryParam("validOn", "0025-03-01").get("/quota/v1/municipalities")
                .then().statusCode(400).contentType("application/problem+json").body("invalidParams.name", contains("validOn"));
        given().contentType("text/csv").body("code;name;population\n").put("/quota/v1/populations/{date}", "0025-01-01")
                .then().statusCode(400).contentType("application/problem+json").body("invalidParams.name", contains("referenceDate"));
    }

    @Test
    void textWithAnUnpairedSurrogateIsRefusedNamingTheFieldAndNotStored() {
        String code = TestData.uniqueMunicipalityCode();
        TestData.province("PV23", "Overijssel");
        // Escaped in the JSON itself: a Java client would replace the lone surrogate with '?' before sending it.
        given().contentType(ContentType.JSON).body("{\"name\":\"Gemeente\\ud800\",\"provinceCode\":\"PV23\"}")
                .put("/quota/v1/municipalities/{code}", code)
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains("name"))
                .body("invalidParams[0].reason", equalTo("must not contain an unpaired surrogate (not Unicode text)"));
        given().get("/quota/v1/municipalities/{code}", code).then().statusCode(404);
    }

    @Test
    void aNumberOrBooleanForTextIsRefusedNamingTheFieldAndNotStored() {
        String code = TestData.uniqueMunicipalityCode();
        TestData.province("PV23", "Overijssel");
        for (Object notText : List.of(12, -2147483649L, 1.5e308, true)) {
            given().contentType(ContentType.JSON).body(Map.of("name", notText, "provinceCode", "PV23"))
                    .put("/quota/v1/municipalities/{code}", code)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("invalidParams.name", contains("name"))
                    .body("invalidParams[0].reason", equalTo("has an invalid value '" + notText + "'; expected a string"));
        }
        given().get("/quota/v1/municipalities/{code}", code).then().statusCode(404);
    }

    @Test
    void textWithANulCharacterIsRefusedNamingTheFieldAndNotStored() {
        String code = TestData.uniqueMunicipalityCode();
        TestData.province("PV23", "Overijssel");
        given().contentType(ContentType.JSON).body(Map.of("name", "Gemeente\u0000" + code, "provinceCode", "PV23"))
                .put("/quota/v1/municipalities/{code}", code)
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains("name"))
                .body("invalidParams[0].reason", equalTo("must not contain the NUL character (U+0000)"));
        given().get("/quota/v1/municipalities/{code}", code).then().statusCode(404);

        String existing = TestData.municipality();
        given().contentType("text/csv").body("code;name;population\n" + existing + ";Gemeente\u0000X;1234\n")
                .put("/quota/v1/populations/{date}", "2093-01-01")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains("body"))
                .body("invalidParams[0].reason", equalTo("line 2 must not contain the NUL character (U+0000)"));
        given().get("/quota/v1/populations/{date}", "2093-01-01").then().statusCode(200)
                .body("items.municipalityCode", not(hasItem(existing)));
    }

    @Test
    void aPageBeyondTheLastAQueryCanReachIsRefusedNamingIt() {
        given().queryParam("page", Integer.MAX_VALUE).queryParam("pageSize", 100).get("/quota/v1/municipalities")
                .then().statusCode(400).contentType("application/problem+json").body("invalidParams.name", contains("page"));
        given().queryParam("page", PageRequest.MAX_OFFSET / 100 + 1).queryParam("pageSize", 100).get("/quota/v1/municipalities")
                .then().statusCode(200).body("items", equalTo(List.of()));
    }
}
