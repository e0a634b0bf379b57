package nl.permitholders.supervision.province;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The province and national rows beside the net backlog: the gross backlog, the municipalities ahead, and how many
 * met, missed excusably or missed the last deadline (R7); from events on the real broker.
 */
@QuarkusTest
class ProvinceStandingsTest {

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    private final TestEvents events = new TestEvents();

    /**
     * Four municipalities with 10 each to house in 2025-H1: one housed all (met), one 14 (met, 4 ahead), one had
     * nobody coupled (10 behind, excusable), one housed 5 of the 10 coupled to it (5 behind, not met).
     */
    private String provinceOfFour() {
        String province = TestEvents.newProvince();
        events.province(province, "Stand-" + province);
        String[] towns = {TestEvents.newMunicipality(), TestEvents.newMunicipality(), TestEvents.newMunicipality(), TestEvents.newMunicipality()};
        for (String town : towns) {
            events.municipality(town, "Stand " + town, province);
            events.quota(town, "2025-H1", 10, 1);
        }
        events.placement(towns[0], events.coupling(towns[0], 10, LocalDate.of(2025, 1, 6)), 10, LocalDate.of(2025, 2, 10), null);
        events.placement(towns[1], events.coupling(towns[1], 14, LocalDate.of(2025, 1, 6)), 14, LocalDate.of(2025, 2, 10), null);
        UUID halfHoused = events.coupling(towns[3], 10, LocalDate.of(2025, 1, 6));
        events.placement(towns[3], halfHoused, 5, LocalDate.of(2025, 2, 10), null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/supervision/v1/provinces/{code}/periods/2025-H1", province)
                .then().statusCode(200).body("municipalities", equalTo(4)).body("totals.housed", equalTo(29)));
        return province;
    }

    @Test
    void theProvinceRowShowsGrossBesideNetBacklogAndTheVerdictsAtTheHalfYearsOwnDeadline() {
        String province = provinceOfFour();
        given().get("/supervision/v1/provinces/{code}/periods/2025-H1", province).then().statusCode(200)
                .body("totals.backlog", equalTo(11))
                .body("standings.netBacklog", equalTo(11))
                .body("standings.grossBacklog", equalTo(15))
                .body("standings.ahead", equalTo(1))
                .body("standings.lastDeadline", equalTo("2025-07-01"))
                .body("standings.met", equalTo(2))
                .body("standings.notMetExcusable", equalTo(1))
                .body("standings.notMet", equalTo(1))
                .body("standings.withoutVerdict", equalTo(0));
    }

    @Test
    void aRunningHalfYearCountsTheVerdictsAtTheDeadlineItStartedOnAndNoneBeforeTheFiguresStart() {
        String province = provinceOfFour();
        given().queryParam("asOf", "2025-09-01").queryParam("view", "KNOWN_TODAY").get("/supervision/v1/provinces/{code}/periods/2025-H2", province).then().statusCode(200)
                .body("standings.grossBacklog", equalTo(15))
                .body("standings.lastDeadline", equalTo("2025-07-01"))
                .body("standings.met", equalTo(2)).body("standings.notMetExcusable", equalTo(1)).body("standings.notMet", equalTo(1));
        given().queryParam("asOf", "2025-03-01").queryParam("view", "KNOWN_TODAY").get("/supervision/v1/provinces/{code}/periods/2025-H1", province).then().statusCode(200)
                .body("standings.lastDeadline", equalTo("2025-01-01"))
                .body("standings.withoutVerdict", equalTo(4)).body("standings.met", equalTo(0));
    }

    @Test
    void theNationalRowsShowTheSameForEachProvinceAndTheCountry() {
        String province = provinceOfFour();
        String own = "provinces.find { it.provinceCode == '" + province + "' }.standings";
        given().get("/supervision/v1/national/periods/2025-H1").then().statusCode(200)
                .body(own + ".netBacklog", equalTo(11))
                .body(own + ".grossBacklog", equalTo(15))
                .body(own + ".ahead", equalTo(1))
                .body(own + ".lastDeadline", equalTo("2025-07-01"))
                .body(own + ".met", equalTo(2)).body(own + ".notMetExcusable", equalTo(1)).body(own + ".notMet", equalTo(1))
                .body("standings.lastDeadline", equalTo("2025-07-01"));
    }
}
