package nl.permitholders.supervision.province;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.ProvincesThatChange;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A province's overview is computed in full once; after that only the municipalities changed since are computed again
 * (a change in one would otherwise read every ledger of the province). What that gives must be what computing each
 * municipality gives: every line of the overview equals that municipality's own figures, after facts, a municipality
 * moved to another province and a merger (R3).
 */
@QuarkusTest
class ProvinceOverviewAfterChangesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String OVERVIEW = "/supervision/v1/provinces/{code}/periods/{period}";
    private static final List<String> PERIODS = List.of("2026-H2", "2027-H1");

    private final TestEvents events = new TestEvents();

    @Inject
    MeterRegistry registry;

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    @Test
    void afterEachChangeEveryLineIsTheMunicipalitysOwnFigures() {
        ProvincesThatChange provinces = new ProvincesThatChange(events);
        // Computed in full: both provinces as they are now, in both half-years.
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(shown(provinces.north, "2027-H1")).isEqualTo(List.of(3, 60)));
        assertThat(shown(provinces.south, "2027-H1")).isEqualTo(List.of(0, 0));
        assertLinesAreTheMunicipalitiesOwn(provinces.north, provinces.south);

        // A fact: only a is computed again.
        double changedBefore = computations("changed");
        provinces.aGetsAQuota();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(shown(provinces.north, "2027-H1")).isEqualTo(List.of(3, 65)));
        assertLinesAreTheMunicipalitiesOwn(provinces.north, provinces.south);
        assertThat(computations("changed")).as("computed again for the changed municipality only").isGreaterThan(changedBefore);

        // b moves to the other province: its line leaves the one and joins the other, although only b was computed again.
        provinces.bMovesSouth();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(shown(provinces.south, "2027-H1")).isEqualTo(List.of(1, 20)));
        assertThat(shown(provinces.north, "2027-H1")).isEqualTo(List.of(2, 45));
        assertLinesAreTheMunicipalitiesOwn(provinces.north, provinces.south);

        // a and c merge in 2027-H1: the new municipality takes over their backlog at the end of 2026-H2 and a's quota
        // of 2027-H1 (R3), and they are no lines of 2027-H1 any more.
        provinces.aAndCMerge();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(shown(provinces.north, "2027-H1")).isEqualTo(List.of(1, 45)));
        assertLinesAreTheMunicipalitiesOwn(provinces.north, provinces.south);

        // A fact of a merged municipality in a half-year before the merger changes what the new one took over.
        provinces.cHousedFourBeforeTheMerger();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(shown(provinces.north, "2027-H1")).isEqualTo(List.of(1, 41)));
        assertLinesAreTheMunicipalitiesOwn(provinces.north, provinces.south);
    }

    /** The number of municipalities and the total backlog a province's overview of {@code period} shows. */
    private static List<Integer> shown(String province, String period) {
        JsonPath overview = given().get(OVERVIEW, province, period).then().statusCode(200).extract().jsonPath();
        return List.of(overview.getInt("municipalities"), overview.getInt("totals.backlog"));
    }

    /** Each line of each province's overview, in every half-year, is what the municipality's own figures say. */
    private static void assertLinesAreTheMunicipalitiesOwn(String... provinces) {
        for (String province : provinces) {
            for (String period : PERIODS) {
                List<Map<String, Object>> lines = given().get(OVERVIEW, province, period).then().statusCode(200)
                        .extract().jsonPath().getList("lines.figures");
                for (Map<String, Object> line : lines) {
                    Map<String, Object> own = given().get("/supervision/v1/municipalities/{code}/periods/{period}",
                            line.get("municipalityCode"), period).then().statusCode(200).extract().jsonPath().getMap("");
                    assertThat(line).as(line.get("municipalityCode") + " in " + province + ", " + period).isEqualTo(own);
                }
            }
        }
    }

    private double computations(String municipalities) {
        return registry.get("supervision.province.computations").tag("municipalities", municipalities).counter().count();
    }
}
