package nl.permitholders.supervision.ledger;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R3 through the real broker and database: the quota of the half-year in which a merger takes effect is counted once,
 * as the continuing municipality's, the same figure quota-service shows for it. The events are those quota-service
 * publishes for a distribution, the merger and a redistribution of that half-year (QuotaCountedOnceTest there).
 */
@QuarkusTest
class QuotaCountedOnceAfterMergersTest {

    private static final String FIGURES = "/supervision/v1/municipalities/{code}/periods/{period}";
    private final TestEvents events = new TestEvents();
    private final String province = TestEvents.newProvince();

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    /** A new municipality formed on 1 April from two whose half-year the Rijk had distributed, and distributes again. */
    @Test
    void aRedistributionOfTheHalfYearOfAMergerIntoANewCodeCountsTheSumOnce() {
        String partOne = TestEvents.newMunicipality();
        String partTwo = TestEvents.newMunicipality();
        String formed = TestEvents.newMunicipality();
        events.province(province, "Provincie " + province);
        events.municipality(partOne, "Deel " + partOne, province);
        events.municipality(partTwo, "Deel " + partTwo, province);
        quota(partOne, "2053-H1", 12, 1, "DISTRIBUTED");
        quota(partTwo, "2053-H1", 8, 1, "DISTRIBUTED");

        events.municipality(formed, "Nieuw " + formed, province);
        events.merger(formed, List.of(partOne, partTwo), LocalDate.of(2053, 4, 1));
        quota(formed, "2053-H1", 20, 1, "MERGED");
        quota(partOne, "2053-H1", 0, 2, "ADJUSTED");
        quota(partTwo, "2053-H1", 0, 2, "ADJUSTED");
        // The national total lowered: the new municipality gets its parts' new shares, 11 + 7; theirs stay 0.
        quota(formed, "2053-H1", 18, 2, "MERGED");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(FIGURES, formed, "2053-H1").then().statusCode(200)
                .body("quota", equalTo(18)).body("adjustedQuota", equalTo(18)).body("backlog", equalTo(18)));
        given().get(FIGURES, partOne, "2053-H1").then().statusCode(410)
                .body("detail", org.hamcrest.Matchers.containsString("merged into " + formed));
    }

    /** An existing municipality absorbs another on 1 April, as Amsterdam absorbed Weesp on 24 March 2022. */
    @Test
    void aRedistributionOfTheHalfYearOfAnAbsorptionCountsTheSumOnce() {
        String absorbing = TestEvents.newMunicipality();
        String absorbed = TestEvents.newMunicipality();
        events.province(province, "Provincie " + province);
        events.municipality(absorbing, "Stad " + absorbing, province);
        events.municipality(absorbed, "Dorp " + absorbed, province);
        quota(absorbing, "2055-H1", 30, 1, "DISTRIBUTED");
        quota(absorbed, "2055-H1", 10, 1, "DISTRIBUTED");

        events.merger(absorbing, List.of(absorbed), LocalDate.of(2055, 4, 1));
        quota(absorbing, "2055-H1", 40, 2, "MERGED");
        quota(absorbed, "2055-H1", 0, 2, "ADJUSTED");
        quota(absorbing, "2055-H1", 36, 3, "MERGED");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(FIGURES, absorbing, "2055-H1").then().statusCode(200)
                .body("quota", equalTo(36)).body("backlog", equalTo(36)));
    }

    /**
     * A quota quota-service took for a merged municipality after its merger, before it refused them: it is not added to the
     * continuing municipality's, whose quota stays the one quota-service shows for it.
     */
    @Test
    void aQuotaOfAMergedMunicipalityAfterItsMergerIsNotAddedAgain() {
        String absorbing = TestEvents.newMunicipality();
        String absorbed = TestEvents.newMunicipality();
        events.province(province, "Provincie " + province);
        events.municipality(absorbing, "Stad " + absorbing, province);
        events.municipality(absorbed, "Dorp " + absorbed, province);
        quota(absorbing, "2057-H1", 30, 1, "DISTRIBUTED");
        quota(absorbed, "2057-H1", 10, 1, "DISTRIBUTED");
        events.merger(absorbing, List.of(absorbed), LocalDate.of(2057, 4, 1));
        quota(absorbing, "2057-H1", 40, 2, "MERGED");
        quota(absorbed, "2057-H1", 0, 2, "ADJUSTED");
        quota(absorbed, "2057-H1", 9, 3, "ADJUSTED");
        quota(absorbed, "2058-H1", 11, 1, "IMPORTED");
        quota(absorbing, "2058-H1", 35, 1, "IMPORTED");
        // Last on the absorbed municipality's key, so that its figures show when the quotas before it are in.
        quota(absorbed, "2056-H2", 7, 1, "IMPORTED");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().get(FIGURES, absorbed, "2056-H2").then().statusCode(200).body("quota", equalTo(7));
            given().get(FIGURES, absorbing, "2058-H1").then().statusCode(200).body("quota", equalTo(35));
        });
        given().get(FIGURES, absorbing, "2057-H1").then().statusCode(200)
                .body("carriedBacklog", equalTo(7)).body("quota", equalTo(40)).body("backlog", equalTo(47));
        given().get(FIGURES, absorbing, "2058-H1").then().statusCode(200).body("carriedBacklog", equalTo(47));
    }

    private void quota(String municipality, String period, int persons, int version, String basis) {
        events.send("quota.events", municipality, TestEvents.QUOTA + "quota-set.v1", """
                {"municipalityCode":"%s","period":"%s","persons":%d,"version":%d,"basis":"%s","status":"FINAL"}"""
                .formatted(municipality, period, persons, version, basis));
    }
}
