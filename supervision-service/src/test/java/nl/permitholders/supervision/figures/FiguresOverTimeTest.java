package nl.permitholders.supervision.figures;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.supervision.TestEvents;
import nl.permitholders.supervision.Callers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Couplings, temporary housing and planned capacity in the figures; timelines and national totals; all from events on the real broker. */
@QuarkusTest
class FiguresOverTimeTest {

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    private final TestEvents events = new TestEvents();

    @Test
    void overdueCouplingsFollowCorrectionsAndPersonsInTemporaryHousingFollowRevocations() {
        String town = TestEvents.newMunicipality();
        events.quota(town, "2025-H1", 20, 1);
        UUID family = events.coupling(town, 4, LocalDate.of(2025, 1, 6));
        events.couplingCorrected(town, family, 6, LocalDate.of(2025, 1, 6));
        UUID single = events.coupling(town, 1, LocalDate.of(2025, 5, 5));
        UUID intermediate = events.placement(town, family, 2, LocalDate.of(2025, 2, 10), "INTERMEDIATE");
        events.placement(town, single, 1, LocalDate.of(2025, 5, 20), "ROOM");
        // On 1 June 2025 the family's 12 weeks (from 6 January) have run out with 4 of its 6 persons unhoused.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("asOf", "2025-06-01").queryParam("view", "KNOWN_TODAY")
                .get("/supervision/v1/municipalities/{code}/periods/2025-H1", town).then().statusCode(200)
                .body("housed", equalTo(3))
                .body("coupledUnhousedPersons", equalTo(4))
                .body("overdueCouplings", equalTo(1))
                .body("overdueCouplingPersons", equalTo(4))
                .body("personsInTemporaryHousing", equalTo(2)));

        events.revoked(town, intermediate, family, 2, LocalDate.of(2025, 2, 10), LocalDate.of(2025, 3, 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("asOf", "2025-06-01").queryParam("view", "KNOWN_TODAY")
                .get("/supervision/v1/municipalities/{code}/periods/2025-H1", town).then().statusCode(200)
                .body("housed", equalTo(1))
                .body("overdueCouplingPersons", equalTo(6))
                .body("personsInTemporaryHousing", equalTo(0)));
    }

    @Test
    void personsStillNeedingFollowUpHousingFallWhenTheyMoveOnInTheMunicipalityItsProvinceAndTheCountry() {
        String province = TestEvents.newProvince();
        String town = TestEvents.newMunicipality();
        String neighbour = TestEvents.newMunicipality();
        events.province(province, "Doorstroom-" + province);
        events.municipality(town, "T", province);
        events.municipality(neighbour, "N", province);
        events.quota(town, "2025-H1", 20, 1);
        UUID family = events.coupling(town, 4, LocalDate.of(2025, 1, 6));
        UUID single = events.coupling(neighbour, 1, LocalDate.of(2025, 1, 6));
        UUID facility = events.placement(town, family, 4, LocalDate.of(2025, 2, 10), "INTERMEDIATE");
        events.placement(neighbour, single, 1, LocalDate.of(2025, 2, 12), "INTERMEDIATE");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("asOf", "2025-06-01").queryParam("view", "KNOWN_TODAY")
                .get("/supervision/v1/provinces/{code}/periods/2025-H1", province).then().statusCode(200)
                .body("totals.personsInTemporaryHousing", equalTo(5)));

        events.movedToFollowUpHousing(town, facility, family, 4, LocalDate.of(2025, 2, 10), LocalDate.of(2025, 5, 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("asOf", "2025-06-01").queryParam("view", "KNOWN_TODAY")
                .get("/supervision/v1/municipalities/{code}/periods/2025-H1", town).then().statusCode(200)
                .body("personsInTemporaryHousing", equalTo(0))
                .body("housed", equalTo(4)).body("backlog", equalTo(16)));
        given().queryParam("asOf", "2025-04-30").queryParam("view", "KNOWN_TODAY").get("/supervision/v1/municipalities/{code}/periods/2025-H1", town).then()
                .body("personsInTemporaryHousing", equalTo(4));
        given().get("/supervision/v1/municipalities/{code}/periods/2025-H1/ledger", town).then().statusCode(200)
                .body("find { it.kind == 'MOVED_ON' }.date", equalTo("2025-05-01"))
                .body("find { it.kind == 'MOVED_ON' }.persons", equalTo(4));
        given().queryParam("asOf", "2025-06-01").queryParam("view", "KNOWN_TODAY").get("/supervision/v1/provinces/{code}/periods/2025-H1", province).then()
                .statusCode(200).body("totals.personsInTemporaryHousing", equalTo(1))
                .body("lines.find { it.figures.municipalityCode == '" + neighbour + "' }.figures.personsInTemporaryHousing", equalTo(1));
        given().queryParam("asOf", "2025-06-01").queryParam("view", "KNOWN_TODAY").get("/supervision/v1/national/periods/2025-H1").then().statusCode(200)
                .body("provinces.find { it.provinceCode == '" + province + "' }.totals.personsInTemporaryHousing", equalTo(1));
    }

    @Test
    void familyMembersWhoJoinedSomeoneInAnIntermediateFacilityNeedFollowUpHousingTooUntilTheyMoveOnTogether() {
        String town = TestEvents.newMunicipality();
        events.quota(town, "2025-H1", 20, 1);
        UUID referent = events.coupling(town, 1, LocalDate.of(2025, 1, 6));
        UUID facility = events.placement(town, referent, 1, LocalDate.of(2025, 2, 10), "INTERMEDIATE");
        events.reunifiedInTemporaryHousing(town, referent, facility, 3, LocalDate.of(2025, 3, 15));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("asOf", "2025-04-01").queryParam("view", "KNOWN_TODAY")
                .get("/supervision/v1/municipalities/{code}/periods/2025-H1", town).then().statusCode(200)
                .body("housed", equalTo(4)).body("personsInTemporaryHousing", equalTo(4)));
        given().queryParam("asOf", "2025-03-14").queryParam("view", "KNOWN_TODAY").get("/supervision/v1/municipalities/{code}/periods/2025-H1", town).then()
                .body("personsInTemporaryHousing", equalTo(1));

        events.movedToFollowUpHousing(town, facility, referent, 1, LocalDate.of(2025, 2, 10), LocalDate.of(2025, 5, 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("asOf", "2025-06-01").queryParam("view", "KNOWN_TODAY")
                .get("/supervision/v1/municipalities/{code}/periods/2025-H1", town).then().statusCode(200)
                .body("personsInTemporaryHousing", equalTo(0)).body("housed", equalTo(4)).body("backlog", equalTo(16)));
        given().queryParam("asOf", "2025-04-30").queryParam("view", "KNOWN_TODAY").get("/supervision/v1/municipalities/{code}/periods/2025-H1", town).then()
                .body("personsInTemporaryHousing", equalTo(4));
    }

    @Test
    void plannedCapacityInThePipelineIsWhatIsExpectedAndNotYetDelivered() {
        String town = TestEvents.newMunicipality();
        UUID project = UUID.randomUUID();
        Map<String, Integer> planned = new LinkedHashMap<>();
        planned.put("2025-H2", 10);
        planned.put("2026-H1", 5);
        events.capacityPlanned(town, project, planned);
        events.capacityDelivered(town, project, 4, LocalDate.of(2025, 8, 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("asOf", "2025-09-01").queryParam("view", "KNOWN_TODAY")
                .get("/supervision/v1/municipalities/{code}/periods/2025-H2", town).then().statusCode(200)
                .body("plannedCapacity.places", equalTo(11))
                .body("plannedCapacity.perPeriod[0].period", equalTo("2025-H2"))
                .body("plannedCapacity.perPeriod[0].places", equalTo(6))
                .body("plannedCapacity.perPeriod[1].places", equalTo(5)));
        given().queryParam("asOf", "2025-07-31").queryParam("view", "KNOWN_TODAY").get("/supervision/v1/municipalities/{code}/periods/2025-H2", town)
                .then().body("plannedCapacity.places", equalTo(15));
    }

    @Test
    void timelinesShowTheBacklogAtEveryDeadlineAndTheHousedPerMonthForMunicipalityProvinceAndCountry() {
        String province = TestEvents.newProvince();
        String almelo = TestEvents.newMunicipality();
        String other = TestEvents.newMunicipality();
        events.province(province, "Timeline-" + province);
        events.municipality(almelo, "A", province);
        events.municipality(other, "B", province);
        events.openingBalance(almelo, "2024-H1", 52);
        events.quota(almelo, "2024-H1", 78, 1);
        events.quota(almelo, "2024-H2", 70, 1);
        events.quota(other, "2024-H2", 10, 1);
        UUID coupling = events.coupling(almelo, 90, LocalDate.of(2024, 1, 8));
        events.placement(almelo, coupling, 40, LocalDate.of(2024, 3, 14), null);
        events.placement(almelo, coupling, 43, LocalDate.of(2024, 11, 20), null);
        events.placement(other, events.coupling(other, 3, LocalDate.of(2024, 9, 1)), 3, LocalDate.of(2024, 11, 2), "INTERMEDIATE");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("until", "2025-H1")
                .get("/supervision/v1/municipalities/{code}/timeline", almelo).then().statusCode(200)
                .body("from", equalTo("2024-H1"))
                .body("deadlines.backlog", equalTo(java.util.List.of(90, 117, 117)))
                .body("deadlines[1].deadline", equalTo("2025-01-01"))
                .body("months.find { it.month == '2024-11' }.housed", equalTo(43)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("until", "2024-H2")
                .get("/supervision/v1/provinces/{code}/timeline", province).then().statusCode(200)
                .body("deadlines.backlog", equalTo(java.util.List.of(90, 124)))
                .body("months.find { it.month == '2024-11' }.housed", equalTo(46)));

        given().queryParam("asOf", "2024-12-31").queryParam("view", "KNOWN_TODAY").get("/supervision/v1/national/periods/2024-H2").then().statusCode(200)
                .body("provinces.find { it.provinceCode == '" + province + "' }.totals.backlog", equalTo(124))
                .body("provinces.find { it.provinceCode == '" + province + "' }.totals.personsInTemporaryHousing", equalTo(3))
                .body("provinces.find { it.provinceCode == '" + province + "' }.municipalities", equalTo(2))
                .body("totals.backlog", greaterThanOrEqualTo(124))
                .body("municipalities", greaterThanOrEqualTo(2));
        given().queryParam("asOf", "2024-12-31").queryParam("view", "KNOWN_TODAY").get("/supervision/v1/provinces/{code}/periods/2024-H2", province).then().statusCode(200)
                .body("totals.backlog", equalTo(124)).body("totals.personsInTemporaryHousing", equalTo(3));

        given().queryParam("from", "2025-H1").queryParam("until", "2024-H2").get("/supervision/v1/municipalities/{code}/timeline", almelo)
                .then().statusCode(400).body("invalidParams.name", hasItem("until"));
        given().get("/supervision/v1/provinces/PV00/timeline").then().statusCode(404);
        given().get("/supervision/v1/national/periods/2024-H3").then().statusCode(400);
    }
}
