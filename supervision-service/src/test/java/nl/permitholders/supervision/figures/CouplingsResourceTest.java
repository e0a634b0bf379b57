package nl.permitholders.supervision.figures;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What lies behind a municipality's coupled-unhoused and temporary-housing figures, as the API gives it (the dashboard's
 * municipality page reads it): its waiting couplings on the 12-week clock, the earliest first, and its placements in
 * temporary housing still to move on; only for those who may see the municipality.
 */
@QuarkusTest
class CouplingsResourceTest {

    private static final String WAITING = "/supervision/v1/municipalities/{code}/waiting-couplings";
    private static final String TEMPORARY = "/supervision/v1/municipalities/{code}/temporary-placements";

    private final TestEvents events = new TestEvents();

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    @Test
    void theWaitingCouplingsEarliestFirstAndThePlacementsInTemporaryHousingStillToMoveOn() {
        String province = TestEvents.newProvince();
        events.province(province, "Koppel-" + province);
        String town = TestEvents.newMunicipality();
        events.municipality(town, "Koppel " + town, province);
        LocalDate today = LocalDate.now();
        UUID family = events.coupling(town, 5, today.minusWeeks(13));
        UUID single = events.coupling(town, 1, today.minusWeeks(2));
        UUID housed = events.coupling(town, 3, today.minusWeeks(6));
        UUID placement = events.placement(town, housed, 3, today.minusWeeks(1), "INTERMEDIATE");
        events.placement(town, family, 2, today.minusWeeks(3), "REGULAR");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get(TEMPORARY, town).then().statusCode(200).body("", hasSize(1)));
        given().get(WAITING, town).then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].couplingId", equalTo(family.toString()))
                .body("[0].householdType", equalTo("FAMILY"))
                .body("[0].persons", equalTo(5))
                .body("[0].unhousedPersons", equalTo(3))
                .body("[0].weeksWaiting", equalTo(13))
                .body("[0].housingDeadline", equalTo(today.minusWeeks(1).toString()))
                .body("[1].couplingId", equalTo(single.toString()))
                .body("[1].householdType", equalTo("SINGLE"));
        given().get(TEMPORARY, town).then().statusCode(200)
                .body("[0].couplingId", equalTo(housed.toString()))
                .body("[0].placementId", equalTo(placement.toString()))
                .body("[0].persons", equalTo(3))
                .body("[0].housedOn", equalTo(today.minusWeeks(1).toString()));

        // Its own officers see it; another municipality's do not.
        given().header("Authorization", Callers.as(Callers.issuer().municipality(town))).get(WAITING, town).then().statusCode(200);
        given().header("Authorization", Callers.as(Callers.issuer().municipality(TestEvents.newMunicipality())))
                .get(WAITING, town).then().statusCode(403);
        given().header("Authorization", Callers.as(Callers.issuer().municipality(TestEvents.newMunicipality())))
                .get(TEMPORARY, town).then().statusCode(403);
    }

    @Test
    void aMunicipalityNothingIsKnownOfIsNotFound() {
        given().get(WAITING, TestEvents.newMunicipality()).then().statusCode(404);
    }
}
