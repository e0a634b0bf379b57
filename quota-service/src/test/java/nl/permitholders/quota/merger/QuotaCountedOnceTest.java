package nl.permitholders.quota.merger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import nl.permitholders.quota.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R3 through REST and the database: the half-year in which a merger takes effect, and every later one, is the
 * continuing municipality's, so its quota is counted once. Each test has half-years of its own.
 */
@QuarkusTest
class QuotaCountedOnceTest {

    private static final String QUOTA = "/quota/v1/municipalities/{code}/quotas/{period}";
    private static final String TABLE = "/quota/v1/periods/{period}/quotas";

    @BeforeEach
    void asTheRijk() {
        TestData.callAsTheRijk();
    }

    @Test
    void aMunicipalityTakesNoQuotaFromTheHalfYearOfItsMergerAndANewOneNoneBeforeIt() {
        String absorbing = TestData.municipality();
        String absorbed = TestData.municipality();
        String partOne = TestData.municipality();
        String partTwo = TestData.municipality();
        String formed = TestData.uniqueMunicipalityCode();
        absorb(absorbing, absorbed, "2057-04-01");
        form(formed, List.of(partOne, partTwo), "2057-04-01", List.of());

        given().contentType(ContentType.JSON).body(Map.of("persons", 7, "reason", "Rijk 2057-I"))
                .put(QUOTA, absorbed, "2057-H1")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", equalTo(List.of("code")))
                .body("invalidParams[0].reason", allOf(containsString(absorbed), containsString("merged into " + absorbing),
                        containsString("the quota of 2057-H1 is " + absorbing + "'s")));
        given().contentType(ContentType.JSON).body(Map.of("persons", 7, "reason", "Rijk 2058-I"))
                .put(QUOTA, absorbed, "2058-H1").then().statusCode(400).body("invalidParams.name", equalTo(List.of("code")));
        given().get(QUOTA, absorbed, "2057-H1").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("persons", 7, "reason", "Rijk 2056-II"))
                .put(QUOTA, absorbed, "2056-H2").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("persons", 7, "reason", "Rijk 2056-II"))
                .put(QUOTA, formed, "2056-H2")
                .then().statusCode(400).body("invalidParams.name", equalTo(List.of("code")))
                .body("invalidParams[0].reason", allOf(containsString(partOne), containsString("from 2057-H1 on")));

        given().contentType("text/csv").queryParam("reason", "Rijk 2057-I")
                .body("code;name;quota\n" + absorbing + ";A;40\n" + absorbed + ";B;7\n" + partOne + ";C;3\n" + formed + ";D;9\n")
                .put(TABLE, "2057-H1")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", equalTo(List.of("line 3", "line 4")))
                .body("invalidParams.reason", hasItems(containsString("merged into " + absorbing), containsString("merged into " + formed)));
        given().contentType("text/csv").queryParam("reason", "Rijk 2057-I")
                .body("code;name;quota\n" + absorbing + ";A;47\n" + formed + ";D;12\n")
                .put(TABLE, "2057-H1").then().statusCode(200).body("updated", equalTo(2));
        given().get(QUOTA, formed, "2057-H1").then().statusCode(200).body("persons", equalTo(12));
    }

    private static void absorb(String absorbing, String absorbed, String effectiveDate) {
        given().contentType(ContentType.JSON).body(Map.of("municipality", Map.of("code", absorbing),
                        "mergedMunicipalityCodes", List.of(absorbed), "effectiveDate", effectiveDate, "reason", "lichte samenvoeging"))
                .post("/quota/v1/mergers").then().statusCode(201).body("absorption", equalTo(true));
    }

    private static void form(String code, List<String> parts, String effectiveDate, List<Map<String, Object>> populations) {
        given().contentType(ContentType.JSON).body(Map.of("municipality", Map.of("code", code, "name", "Nieuw " + code, "provinceCode", "PV23"),
                        "mergedMunicipalityCodes", parts, "effectiveDate", effectiveDate, "populations", populations,
                        "reason", "samenvoeging"))
                .post("/quota/v1/mergers").then().statusCode(201).body("absorption", equalTo(false));
    }
}
