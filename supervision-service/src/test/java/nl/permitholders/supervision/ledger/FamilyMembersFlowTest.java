package nl.permitholders.supervision.ledger;

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
 * R5 through the broker and REST: family members who joined a placement count while it stands; its revocation takes
 * them with it, and the verdict at the deadline is judged again.
 */
@QuarkusTest
class FamilyMembersFlowTest {

    private static final String FIGURES = "/supervision/v1/municipalities/{code}/periods/{period}";
    private static final String PROVINCE = TestEvents.newProvince();

    private final TestEvents events = new TestEvents();

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    @Test
    void aRevokedPlacementTakesTheFamilyMembersWhoJoinedItWithIt() {
        String town = TestEvents.newMunicipality();
        events.province(PROVINCE, "Provincie " + PROVINCE);
        events.municipality(town, "Gemeente " + town, PROVINCE);
        events.quota(town, "2025-H1", 5, 1);
        UUID coupling = events.coupling(town, 2, LocalDate.of(2025, 1, 10));
        LocalDate housedOn = LocalDate.of(2025, 2, 1);
        UUID placement = events.placement(town, coupling, 2, housedOn, "INTERMEDIATE");
        events.reunifiedInTemporaryHousing(town, coupling, placement, 3, LocalDate.of(2025, 4, 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(FIGURES, town, "2025-H1").then().statusCode(200)
                .body("housed", equalTo(5)).body("verdict.verdict", equalTo("MET")));

        events.revoked(town, placement, coupling, 2, housedOn, LocalDate.of(2025, 5, 1));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(FIGURES, town, "2025-H1").then().statusCode(200)
                .body("housed", equalTo(0)).body("backlog", equalTo(5)).body("personsInTemporaryHousing", equalTo(0))
                .body("verdict.verdict", equalTo("NOT_MET")));
        given().get("/supervision/v1/municipalities/{code}/verdicts", town).then().statusCode(200)
                .body("find { it.period == '2025-H1' }.history[-1].causeEventType", equalTo("nl.permitholders.placement.placement-revoked.v1"));
    }
}
