package nl.permitholders.supervision.verdict;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R7 with R3, through the real broker and database: a merger on 1 June 2025, between COA's reference date (1 April) and
 * the deadline. The continuing municipality's half-year holds the absorbed one's quota and couplings, so its coupling
 * test counts the couplings COA made to the absorbed one: quota 10 (both together, as quota-service publishes it), 6 of
 * its own coupled and housed, 10 coupled to the absorbed one: on 1 April 16 were coupled for 10 to house, no deficit,
 * and 4 behind on 1 July is NOT_MET, not excusable.
 */
@QuarkusTest
class MergerAfterTheReferenceDateTest {

    private final TestEvents events = new TestEvents();

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    @Test
    void aMergerOnTheFirstOfJuneLeavesTheAbsorbedCouplingsInTheCouplingTestAtTheFirstOfJuly() {
        String province = TestEvents.SPLITS_PROVINCE;
        String continuing = TestEvents.newMunicipality();
        String absorbed = TestEvents.newMunicipality();
        events.province(province, "Provincie " + province);
        events.municipality(continuing, "Gemeente " + continuing, province);
        events.municipality(absorbed, "Gemeente " + absorbed, province);
        events.quota(continuing, "2025-H1", 10, 1);
        UUID own = events.coupling(continuing, 6, LocalDate.of(2025, 1, 15));
        events.placement(continuing, own, 6, LocalDate.of(2025, 5, 1), null);
        events.coupling(absorbed, 10, LocalDate.of(2025, 1, 15));
        events.merger(continuing, List.of(absorbed), LocalDate.of(2025, 6, 1));

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().get("/supervision/v1/municipalities/{code}/verdicts", continuing)
                .then().statusCode(200)
                .body("find { it.period == '2025-H1' }.backlog", equalTo(4))
                .body("find { it.period == '2025-H1' }.coupledUnhousedAtReferenceDate", equalTo(16))
                .body("find { it.period == '2025-H1' }.couplingDeficit", equalTo(0))
                .body("find { it.period == '2025-H1' }.verdict", equalTo("NOT_MET")));
    }
}
