package nl.permitholders.quota.distribution;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import nl.permitholders.quota.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NationalQuotaResourceTest {

    @BeforeEach
    void asTheRijk() {
        TestData.callAsTheRijk();
    }

    private static final String NATIONAL = "/quota/v1/periods/{period}/national-quota";

    @Test
    void theNationalTotalIsDistributedByPopulationRoundedUpWithTheSurplusReported() {
        String almelo = TestData.municipality();
        TestData.populationsForAll("2040-01-01");
        JsonPath result = given().contentType(ContentType.JSON).body(Map.of("persons", 27_300, "reason", "Rijk 2041-I"))
                .put(NATIONAL, "2041-I")
                .then().statusCode(201)
                .body("period", equalTo("2041-H1"))
                .body("populationReferenceDate", equalTo("2040-01-01"))
                .body("version", equalTo(1))
                .extract().jsonPath();
        List<Map<String, Object>> shares = result.getList("distribution");
        long nationalPopulation = result.getLong("nationalPopulation");
        int sum = shares.stream().mapToInt(s -> (Integer) s.get("quota")).sum();
        assertThat(result.getInt("sumOfQuotas")).isEqualTo(sum);
        assertThat(result.getInt("surplus")).isEqualTo(sum - 27_300).isBetween(0, shares.size() - 1);
        long expected = (27_300L * TestData.population(almelo) + nationalPopulation - 1) / nationalPopulation;
        assertThat(shares).filteredOn(s -> almelo.equals(s.get("municipalityCode")))
                .singleElement().satisfies(s -> assertThat(((Integer) s.get("quota")).longValue()).isEqualTo(expected));
        given().get("/quota/v1/municipalities/{code}/quotas/{period}", almelo, "2041-H1")
                .then().statusCode(200).body("persons", equalTo((int) expected)).body("basis", equalTo("DISTRIBUTED"));
    }

    @Test
    void anAdjustmentAfterwardsIsANewVersionForTheNationTotalAndEveryMunicipality() {
        String almelo = TestData.municipality();
        TestData.populationsForAll("2042-01-01");
        given().contentType(ContentType.JSON).body(Map.of("persons", 27_300, "reason", "Rijk 2043-II"))
                .put(NATIONAL, "2043-H2").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("persons", 27_300, "reason", "same again"))
                .put(NATIONAL, "2043-H2").then().statusCode(200).body("version", equalTo(1));
        given().contentType(ContentType.JSON).body(Map.of("persons", 17_600, "reason", "lowered on 10 November"))
                .put(NATIONAL, "2043-H2").then().statusCode(200)
                .body("version", equalTo(2)).body("history.persons", equalTo(List.of(27_300, 17_600)));
        given().get("/quota/v1/municipalities/{code}/quotas/{period}", almelo, "2043-H2")
                .then().statusCode(200).body("basis", equalTo("ADJUSTED")).body("version", equalTo(2))
                .body("reason", equalTo("lowered on 10 November"));
        given().get(NATIONAL, "2043-H2").then().statusCode(200).body("persons", equalTo(17_600));
    }

    @Test
    void aProvisionalNationalTotalFixedWithTheSameNumberMakesEveryMunicipalitysQuotaFinal() {
        String almelo = TestData.municipality();
        TestData.populationsForAll("2046-01-01");
        given().contentType(ContentType.JSON)
                .body(Map.of("persons", 17_700, "status", "PROVISIONAL", "publishedOn", "2025-01-15", "reason", "voorlopig 2047-I"))
                .put(NATIONAL, "2047-H1").then().statusCode(201).body("status", equalTo("PROVISIONAL"));
        given().get("/quota/v1/municipalities/{code}/quotas/{period}", almelo, "2047-H1")
                .then().statusCode(200).body("status", equalTo("PROVISIONAL")).body("publishedOn", equalTo("2025-01-15"));

        given().contentType(ContentType.JSON)
                .body(Map.of("persons", 17_700, "status", "FINAL", "publishedOn", "2025-04-01", "reason", "vastgesteld 2047-I"))
                .put(NATIONAL, "2047-H1").then().statusCode(200)
                .body("version", equalTo(2)).body("status", equalTo("FINAL")).body("history.status", equalTo(List.of("PROVISIONAL", "FINAL")));
        given().get("/quota/v1/municipalities/{code}/quotas/{period}", almelo, "2047-H1")
                .then().statusCode(200).body("status", equalTo("FINAL")).body("version", equalTo(2))
                .body("publishedOn", equalTo("2025-04-01"));

        given().contentType(ContentType.JSON).body(Map.of("persons", 15_000, "status", "PROVISIONAL", "reason", "back"))
                .put(NATIONAL, "2047-H1").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("status"));
        given().get(NATIONAL, "2047-H1").then().statusCode(200).body("persons", equalTo(17_700)).body("version", equalTo(2));
    }

    @Test
    void aMunicipalityWithoutAPopulationOnTheReferenceDateIsNamed() {
        String withoutPopulation = TestData.municipality();
        given().contentType(ContentType.JSON).body(Map.of("persons", 100, "reason", "x"))
                .put(NATIONAL, "2045-H1")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(withoutPopulation)).body("detail", containsString("2044-01-01"));
        given().get(NATIONAL, "2045-H1").then().statusCode(404);
    }

    @Test
    void badPeriodsAndNegativeTotalsAreRefused() {
        given().contentType(ContentType.JSON).body(Map.of("persons", 100, "reason", "x"))
                .put(NATIONAL, "2025-H3").then().statusCode(400).body("invalidParams.name", hasItem("period"));
        given().contentType(ContentType.JSON).body(Map.of("persons", -1, "reason", "x"))
                .put(NATIONAL, "2025-H1").then().statusCode(400).body("invalidParams.name", hasItem("persons"));
    }
}
