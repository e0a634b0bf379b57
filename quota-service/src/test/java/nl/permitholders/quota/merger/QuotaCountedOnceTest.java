package nl.permitholders.quota.merger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.permitholders.infrastructure.EventSchemas;
import nl.permitholders.infrastructure.KafkaTopics;
import nl.permitholders.quota.TestData;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R3 through REST, the database and the broker: the half-year in which a merger takes effect, and every later one, is
 * the continuing municipality's, so its quota is counted once, and no inhabitants of a merged municipality are lost
 * from R1. Each test has half-years of its own: a national distribution covers every municipality registered.
 */
@QuarkusTest
class QuotaCountedOnceTest {

    private static final String QUOTA = "/quota/v1/municipalities/{code}/quotas/{period}";
    private static final String NATIONAL = "/quota/v1/periods/{period}/national-quota";
    private static final String TABLE = "/quota/v1/periods/{period}/quotas";
    private static final String QUOTA_SET = "nl.permitholders.quota.quota-set.v1";

    private final KafkaTopics kafka = new KafkaTopics(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

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

    /** A new municipality formed on 1 April, as Dijk en Waard was on 1 January 2022 (GM1980, from GM0398 and GM0416). */
    @Test
    void aRedistributionOfTheHalfYearOfAMergerIntoANewCodeGivesItTheSharesOfItsPartsOnce() {
        String partOne = TestData.municipality();
        String partTwo = TestData.municipality();
        String formed = TestData.uniqueMunicipalityCode();
        TestData.populationsForAll("2052-01-01");
        distribute("2053-H1", 20_000);
        form(formed, List.of(partOne, partTwo), "2053-04-01", List.of());

        JsonPath distribution = distribute("2053-H1", 18_000);

        int expected = share(distribution, 18_000, partOne) + share(distribution, 18_000, partTwo);
        given().get(QUOTA, formed, "2053-H1").then().statusCode(200)
                .body("persons", equalTo(expected)).body("basis", equalTo("MERGED")).body("version", equalTo(2));
        given().get(QUOTA, partOne, "2053-H1").then().statusCode(200).body("persons", equalTo(0));
        given().get(QUOTA, partTwo, "2053-H1").then().statusCode(200).body("persons", equalTo(0));
        assertThat(shareOf(distribution, formed)).containsEntry("quota", expected)
                .containsEntry("population", TestData.population(partOne) + TestData.population(partTwo));
        assertThat(distribution.getList("distribution.municipalityCode", String.class)).doesNotContain(partOne, partTwo);
        assertThat(distribution.getList("distribution.quota", Integer.class).stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(distribution.getInt("sumOfQuotas"));
        assertPublishedOnce(formed, List.of(partOne, partTwo), "2053-H1", expected);

        // The next year counts its parts' inhabitants of 1 January 2053, CBS's division of that day.
        TestData.populationsForAll("2053-01-01");
        JsonPath nextYear = distribute("2054-H1", 18_000);
        assertThat(shareOf(nextYear, formed))
                .containsEntry("population", TestData.population(partOne) + TestData.population(partTwo))
                .containsEntry("quota", ceil(18_000L * (TestData.population(partOne) + TestData.population(partTwo)),
                        nextYear.getLong("nationalPopulation")));
        given().get(QUOTA, formed, "2054-H1").then().statusCode(200).body("basis", equalTo("DISTRIBUTED"));
    }

    /** An absorption on 1 April, as Weesp (GM0457) into Amsterdam (GM0363) on 24 March 2022. */
    @Test
    void aRedistributionOfTheHalfYearOfAnAbsorptionGivesTheAbsorbingMunicipalityBothSharesAndKeepsTheInhabitants() {
        String absorbing = TestData.municipality();
        String absorbed = TestData.municipality();
        TestData.populationsForAll("2054-01-01");
        distribute("2055-H1", 20_000);
        absorb(absorbing, absorbed, "2055-04-01");

        JsonPath distribution = distribute("2055-H1", 18_000);

        int expected = share(distribution, 18_000, absorbing) + share(distribution, 18_000, absorbed);
        given().get(QUOTA, absorbing, "2055-H1").then().statusCode(200)
                .body("persons", equalTo(expected)).body("basis", equalTo("MERGED")).body("version", equalTo(3))
                .body("history.basis", equalTo(List.of("DISTRIBUTED", "MERGED", "MERGED")));
        given().get(QUOTA, absorbed, "2055-H1").then().statusCode(200).body("persons", equalTo(0));
        assertThat(shareOf(distribution, absorbing)).containsEntry("quota", expected)
                .containsEntry("population", TestData.population(absorbing) + TestData.population(absorbed));
        assertPublishedOnce(absorbing, List.of(absorbed), "2055-H1", expected);

        // CBS's figures of 1 January 2055, imported after the merger, still have the two apart: both count for the absorbing one.
        TestData.populationsForAll("2055-01-01");
        JsonPath nextYear = distribute("2056-H1", 18_000);
        int inhabitants = TestData.population(absorbing) + TestData.population(absorbed);
        assertThat(shareOf(nextYear, absorbing)).containsEntry("population", inhabitants)
                .containsEntry("quota", ceil(18_000L * inhabitants, nextYear.getLong("nationalPopulation")));
        given().get(NATIONAL, "2056-H1").then().statusCode(200).body("distribution.municipalityCode", not(hasItem(absorbed)));
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

    private static JsonPath distribute(String period, int persons) {
        return given().contentType(ContentType.JSON).body(Map.of("persons", persons, "reason", "Rijk " + period))
                .put(NATIONAL, period).then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)))
                .extract().jsonPath();
    }

    /** R1's share of a municipality on its own: its population as the test data gives it. */
    private static int share(JsonPath distribution, int persons, String code) {
        return ceil((long) persons * TestData.population(code), distribution.getLong("nationalPopulation"));
    }

    private static int ceil(long dividend, long divisor) {
        return Math.toIntExact((dividend + divisor - 1) / divisor);
    }

    private static Map<String, Object> shareOf(JsonPath distribution, String code) {
        return distribution.getMap("distribution.find { it.municipalityCode == '" + code + "' }");
    }

    /**
     * What supervision reads: the latest quota of the half-year published for the continuing municipality is the sum,
     * for each part 0, so adding them up counts the sum once.
     */
    private void assertPublishedOnce(String continuing, List<String> parts, String period, int sum) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(latestPublished(continuing, period)).contains("\"persons\":" + sum + ",").contains("\"basis\":\"MERGED\"");
            for (String part : parts) {
                assertThat(latestPublished(part, period)).contains("\"persons\":0,");
            }
        });
    }

    private String latestPublished(String code, String period) {
        return kafka.readAll("quota.events", code).stream()
                .filter(r -> QUOTA_SET.equals(KafkaTopics.header(r, "ce_type")))
                .map(ConsumerRecord::value)
                .filter(value -> value.contains("\"period\":\"" + period + "\""))
                .peek(value -> EventSchemas.assertConforms(QUOTA_SET, value))
                .max(Comparator.comparingInt(value -> JsonPath.from(value).getInt("version")))
                .orElse("");
    }
}
