package nl.permitholders.supervision.national;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.ProvincesThatChange;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The country's figures are computed in full once; after that only the municipalities changed since are computed again
 * (a change in one would otherwise read every ledger of the country). What that gives must be what computing everything
 * gives: each province's part of the country equals the province's own overview, which is computed from its
 * municipalities' ledgers, after facts, a municipality moved to another province and a merger (R3).
 */
@QuarkusTest
class NationalFiguresAfterChangesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String NATIONAL = "/supervision/v1/national/periods/{period}";
    private static final String PER_HALF_YEAR = "/supervision/v1/national/periods";

    private final TestEvents events = new TestEvents();

    @Inject
    MeterRegistry registry;

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    @Test
    void afterEachChangeTheCountryShowsWhatItsProvincesShow() {
        ProvincesThatChange provinces = new ProvincesThatChange(events);
        // Computed in full: the country as it is now, every municipality.
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(part(provinces.north, "2027-H1")).isEqualTo(Map.of("municipalities", 3, "backlog", 60)));
        assertSameAsProvinces(provinces.north, provinces.south);
        double changedBefore = computations("changed");

        // A fact: only a is computed again.
        provinces.aGetsAQuota();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(part(provinces.north, "2027-H1")).isEqualTo(Map.of("municipalities", 3, "backlog", 65)));
        assertSameAsProvinces(provinces.north, provinces.south);
        assertThat(computations("changed")).as("computed again for the changed municipality only").isGreaterThan(changedBefore);

        // b moves to the other province: its figures go with it.
        provinces.bMovesSouth();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(part(provinces.south, "2027-H1")).isEqualTo(Map.of("municipalities", 1, "backlog", 20)));
        assertThat(part(provinces.north, "2027-H1")).isEqualTo(Map.of("municipalities", 2, "backlog", 45));
        assertSameAsProvinces(provinces.north, provinces.south);

        // a and c merge in 2027-H1: the new municipality takes over their backlog at the end of 2026-H2 and a's quota of
        // 2027-H1 (R3), and they count no more, although only they and the new one were changed.
        provinces.aAndCMerge();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(part(provinces.north, "2027-H1")).isEqualTo(Map.of("municipalities", 1, "backlog", 45)));
        assertSameAsProvinces(provinces.north, provinces.south);

        // A fact of a merged municipality in a half-year before the merger changes what the new one took over.
        provinces.cHousedFourBeforeTheMerger();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(part(provinces.north, "2027-H1")).isEqualTo(Map.of("municipalities", 1, "backlog", 41)));
        assertSameAsProvinces(provinces.north, provinces.south);
    }

    /**
     * The country over several half-years in one read (getNationalFiguresPerHalfYear, the Rijk's page) is, half-year by
     * half-year, what getNationalFigures gives: read first, before any single half-year is cached, and again after a
     * change, when only the changed municipality is read again.
     */
    @Test
    void theCountryPerHalfYearIsEachHalfYearsCountry() {
        ProvincesThatChange provinces = new ProvincesThatChange(events);
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonPath perHalfYear = given().queryParam("from", "2026-H1").queryParam("to", "2027-H1").get(PER_HALF_YEAR)
                    .then().statusCode(200).extract().jsonPath();
            assertThat(perHalfYear.getList("period")).containsExactly("2026-H1", "2026-H2", "2027-H1");
            assertThat(perHalfYear.getMap("[2].provinces.find { it.provinceCode == '" + provinces.north + "' }.totals"))
                    .containsEntry("backlog", 60);
            assertEachHalfYearAsAlone(perHalfYear);
        });
        provinces.aGetsAQuota();
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonPath perHalfYear = given().queryParam("from", "2026-H1").queryParam("to", "2027-H1").get(PER_HALF_YEAR)
                    .then().statusCode(200).extract().jsonPath();
            assertThat(perHalfYear.getMap("[2].provinces.find { it.provinceCode == '" + provinces.north + "' }.totals"))
                    .containsEntry("backlog", 65);
            assertEachHalfYearAsAlone(perHalfYear);
        });
    }

    @Test
    void theCountryPerHalfYearRefusesAnEndBeforeItsStartAndMoreThanTenYears() {
        given().queryParam("from", "2027-H1").queryParam("to", "2026-H2").get(PER_HALF_YEAR)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("to"));
        given().queryParam("from", "2017-H1").queryParam("to", "2027-H1").get(PER_HALF_YEAR)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("to"));
        given().queryParam("from", "2026-H3").queryParam("to", "2027-H1").get(PER_HALF_YEAR)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("from"));
    }

    private static void assertEachHalfYearAsAlone(JsonPath perHalfYear) {
        for (int i = 0; i < perHalfYear.getList("period").size(); i++) {
            String period = perHalfYear.getString("[" + i + "].period");
            Map<String, Object> alone = given().get(NATIONAL, period).then().statusCode(200).extract().jsonPath().getMap("$");
            assertThat(perHalfYear.getMap("[" + i + "]")).as(period).isEqualTo(alone);
        }
    }

    /** A province's municipalities and backlog in the country's figures of {@code period}; empty when it has none. */
    private static Map<String, Integer> part(String province, String period) {
        JsonPath country = given().get(NATIONAL, period).then().statusCode(200).extract().jsonPath();
        Map<String, Object> line = country.getMap("provinces.find { it.provinceCode == '" + province + "' }");
        if (line == null) {
            return Map.of();
        }
        return Map.of("municipalities", (Integer) line.get("municipalities"),
                "backlog", country.getInt("provinces.find { it.provinceCode == '" + province + "' }.totals.backlog"));
    }

    /** Each province's totals in the country's figures are the province's own, computed from its ledgers, in every half-year. */
    private static void assertSameAsProvinces(String... provinces) {
        for (String period : new String[] {"2026-H2", "2027-H1"}) {
            JsonPath country = given().get(NATIONAL, period).then().statusCode(200).extract().jsonPath();
            for (String province : provinces) {
                JsonPath own = given().get("/supervision/v1/provinces/{code}/periods/{period}", province, period)
                        .then().statusCode(200).extract().jsonPath();
                String inCountry = "provinces.find { it.provinceCode == '" + province + "' }";
                if (own.getInt("municipalities") == 0) {
                    // The country lists the provinces it has municipalities in.
                    assertThat(country.getMap(inCountry)).as(province + " without municipalities, " + period).isNull();
                    continue;
                }
                Map<String, Object> totals = country.getMap(inCountry + ".totals");
                assertThat(totals).as(province + " in the country, " + period).isEqualTo(own.getMap("totals"));
                assertThat(country.getInt(inCountry + ".municipalities")).as(province + " municipalities, " + period)
                        .isEqualTo(own.getInt("municipalities"));
            }
        }
    }

    private double computations(String municipalities) {
        return registry.get("supervision.national.computations").tag("municipalities", municipalities).counter().count();
    }
}
