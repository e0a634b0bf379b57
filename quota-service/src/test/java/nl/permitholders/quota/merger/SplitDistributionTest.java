package nl.permitholders.quota.merger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import nl.permitholders.platform.merger.SplitShareRule;
import nl.permitholders.quota.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R1 with R3, splits: a distribution of the half-year a municipality is split in divides its share over the receivers,
 * and the next distributions count its inhabitants with its receivers until CBS's figures have the new division.
 */
@QuarkusTest
class SplitDistributionTest {

    private static final String NATIONAL = "/quota/v1/periods/{period}/national-quota";
    private static final String QUOTA = "/quota/v1/municipalities/{code}/quotas/{period}";

    @BeforeEach
    void asTheRijk() {
        TestData.callAsTheRijk();
    }

    @Test
    void aSplitOnTheFirstOfAprilDividesItsShareOfThatHalfYearAndItsReceiversCountItsInhabitants() {
        String split = TestData.municipality();
        String one = TestData.municipality();
        String two = TestData.municipality();
        TestData.populationsForAll("2066-01-01");
        int inhabitants = TestData.population(split);
        long shareOne = inhabitants / 3;
        long shareTwo = inhabitants - shareOne;
        distribute("2067-H1", 20_000);
        given().contentType(ContentType.JSON).body(Map.of("municipalityCode", split, "effectiveDate", "2067-04-01",
                        "receivers", List.of(Map.of("municipalityCode", one, "share", shareOne),
                                Map.of("municipalityCode", two, "share", shareTwo)),
                        "reason", "opsplitsing"))
                .post("/quota/v1/splits").then().statusCode(201);

        JsonPath distribution = distribute("2067-H1", 18_000);

        int splitShare = shareOf(distribution, split);
        Map<String, Integer> parts = SplitShareRule.divide(splitShare, Map.of(one, shareOne, two, shareTwo));
        given().get(QUOTA, split, "2067-H1").then().statusCode(200).body("persons", equalTo(0));
        given().get(QUOTA, one, "2067-H1").then().statusCode(200).body("basis", equalTo("SPLIT"))
                .body("persons", equalTo(shareOf(distribution, one) + parts.get(one)));
        given().get(QUOTA, two, "2067-H1").then().statusCode(200).body("basis", equalTo("SPLIT"))
                .body("persons", equalTo(shareOf(distribution, two) + parts.get(two)));
        assertThat(parts.get(one) + parts.get(two)).isEqualTo(splitShare);

        // 1 January 2067 is still the old division: the split municipality's inhabitants count with its receivers
        TestData.populationsForAll("2067-01-01");
        given().contentType("text/csv").body("code;name;population\n" + split + ";Gesplitst;" + inhabitants + "\n")
                .put("/quota/v1/populations/{date}", "2067-01-01").then().statusCode(200);
        JsonPath nextYear = distribute("2068-H1", 18_000);
        Map<String, Integer> inhabitantsParts = SplitShareRule.divide(inhabitants, Map.of(one, shareOne, two, shareTwo));
        assertThat(populationOf(nextYear, one)).isEqualTo(TestData.population(one) + inhabitantsParts.get(one));
        assertThat(populationOf(nextYear, two)).isEqualTo(TestData.population(two) + inhabitantsParts.get(two));
        assertThat(nextYear.getList("distribution.municipalityCode", String.class)).doesNotContain(split);
    }

    private static JsonPath distribute(String period, int persons) {
        return given().contentType(ContentType.JSON).body(Map.of("persons", persons, "reason", "Rijk " + period))
                .put(NATIONAL, period).then().statusCode(anyOf(equalTo(200), equalTo(201))).extract().jsonPath();
    }

    private static int shareOf(JsonPath distribution, String code) {
        return distribution.getInt("distribution.find { it.municipalityCode == '" + code + "' }.quota");
    }

    private static int populationOf(JsonPath distribution, String code) {
        return distribution.getInt("distribution.find { it.municipalityCode == '" + code + "' }.population");
    }
}
