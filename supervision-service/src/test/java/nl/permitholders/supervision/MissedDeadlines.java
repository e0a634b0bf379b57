package nl.permitholders.supervision;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;

/** A municipality behind at two deadlines in a row, for tests of what the province makes of it. */
public final class MissedDeadlines {

    private MissedDeadlines() {
    }

    /**
     * A new municipality of {@code province} not met on 1 January 2026 (10 behind) and on 1 July 2026 (20 behind): COA
     * coupled 30, none housed. Returned once the province's staff see the advice of an official talk.
     */
    public static String twoInARow(TestEvents events, String province) {
        String town = TestEvents.newMunicipality();
        events.province(province, "Provincie " + province);
        events.municipality(town, "Gemeente " + town, province);
        events.quota(town, "2025-H2", 10, 1);
        events.quota(town, "2026-H1", 10, 1);
        events.coupling(town, 30, LocalDate.of(2025, 7, 1));
        // Province staff may look once the register places the municipality in their province.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .header("Authorization", Callers.as(Callers.issuer().province(province)))
                .get("/supervision/v1/municipalities/{code}/ladder", town).then()
                .statusCode(200).body("advice.stage", equalTo("OFFICIAL_TALK")));
        return town;
    }
}
