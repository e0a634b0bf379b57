package nl.permitholders.supervision.ladder;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.TestEvents;
import nl.permitholders.platform.period.Period;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ladder as it stood on a date (docs/domain.md, the intervention ladder), for a municipality that joined behind:
 * Almelo's history as its plan of approach gives it, fed by events on the real broker.
 */
@QuarkusTest
class LadderAsOfTest {

    private final TestEvents events = new TestEvents();

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    /** The province overview's line of {@code town}, found by its code rather than its place in the list. */
    private static String lineOf(String town) {
        return "lines.find { it.figures.municipalityCode == '" + town + "' }";
    }

    /** A household COA coupled three weeks before, housed whole. */
    private void housed(String town, LocalDate on, int persons) {
        UUID coupling = events.coupling(town, persons, on.minusWeeks(3));
        events.placement(town, coupling, persons, on, "REGULAR");
    }

    @Test
    void almeloAsItStoodOnTheSecondOfJanuary2026WasToBeAnnouncedSubstitutionCountingTheDeadlineItJoinedOn() {
        String province = TestEvents.newProvince();
        String town = TestEvents.newMunicipality();
        events.province(province, "Testprovincie");
        events.municipality(town, "Almelo " + town, province);
        events.openingBalance(town, "2024-H1", 52);
        events.quota(town, "2024-H1", 78, 1);
        events.quota(town, "2024-H2", 70, 1);
        events.quota(town, "2025-H1", 73, 1);
        events.quota(town, "2025-H2", 75, 1);
        // About 50 permit holders coupled and waiting in asylum centres, as the plan of approach says: nothing excusable.
        events.coupling(town, 50, LocalDate.of(2023, 12, 4));
        housed(town, LocalDate.of(2024, 3, 11), 40);
        housed(town, LocalDate.of(2024, 9, 2), 43);
        housed(town, LocalDate.of(2025, 3, 3), 38);
        housed(town, LocalDate.of(2025, 8, 4), 37);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().queryParam("asOf", "2026-01-02").queryParam("view", "KNOWN_TODAY").get("/supervision/v1/municipalities/{code}/ladder", town).then()
                        .statusCode(200)
                        .body("asOf", equalTo("2026-01-02"))
                        .body("advice.stage", equalTo("SUBSTITUTION_ANNOUNCED"))
                        .body("advice.reasonCode", equalTo("BACKLOG_GREW_AT_LAST_FOUR"))
                        .body("advice.missedInARow", equalTo(5))
                        .body("advice.openingDeadline", equalTo("2024-01-01"))
                        .body("advice.openingBalance", equalTo(52))
                        .body("advice.reason", equalTo("the backlog grew at each of the last four deadlines; counting the deadline "
                                + "that opened the chain, 2024-01-01, behind by the opening balance of 52")));
        given().queryParam("asOf", "2025-07-02").queryParam("view", "KNOWN_TODAY").get("/supervision/v1/municipalities/{code}/ladder", town).then().statusCode(200)
                .body("advice.stage", equalTo("ADMINISTRATIVE_AGREEMENTS"))
                .body("advice.reasonCode", equalTo("NOT_MET_AT_LAST_THREE_OR_MORE"))
                .body("advice.missedInARow", equalTo(4))
                .body("advice.reason", equalTo("not met at the last 4 deadlines in a row; counting the deadline that opened the "
                        + "chain, 2024-01-01, behind by the opening balance of 52"));
        given().queryParam("asOf", "2023-12-31").queryParam("view", "KNOWN_TODAY").get("/supervision/v1/municipalities/{code}/ladder", town).then().statusCode(200)
                .body("advice.stage", equalTo("NONE"))
                .body("advice.reasonCode", equalTo("NO_DEADLINE_PASSED"))
                .body("advice", not(hasKey("openingDeadline")));

        // A decision taken after the date asked for is not yet in force on it.
        given().header("Authorization", Callers.as(Callers.issuer().province(province))).contentType(ContentType.JSON)
                .body(Map.of("stage", "SUBSTITUTION_ANNOUNCED", "decidedOn", "2026-01-12", "reason", "aankondiging indeplaatsstelling"))
                .post("/supervision/v1/municipalities/{code}/ladder-decisions", town).then().statusCode(201);
        given().queryParam("asOf", "2026-01-02").queryParam("view", "KNOWN_TODAY").get("/supervision/v1/municipalities/{code}/ladder", town).then().statusCode(200)
                .body("currentStage", equalTo("NONE")).body("currentSince", nullValue()).body("decisions", hasSize(0));
        given().queryParam("asOf", "2026-01-12").queryParam("view", "KNOWN_TODAY").get("/supervision/v1/municipalities/{code}/ladder", town).then().statusCode(200)
                .body("currentStage", equalTo("SUBSTITUTION_ANNOUNCED")).body("currentSince", equalTo("2026-01-12"))
                .body("decisions", hasSize(1));
        given().get("/supervision/v1/municipalities/{code}/ladder", town).then().statusCode(200)
                .body("asOf", nullValue()).body("currentStage", equalTo("SUBSTITUTION_ANNOUNCED"));

        // The province's overview as of a date shows the ladder as it stood then too, beside the figures of that date.
        given().queryParam("asOf", "2026-01-02").queryParam("view", "KNOWN_TODAY").get("/supervision/v1/provinces/{code}/periods/2025-H2", province).then()
                .statusCode(200)
                .body(lineOf(town) + ".advisedStage", equalTo("SUBSTITUTION_ANNOUNCED"))
                .body(lineOf(town) + ".currentStage", equalTo("NONE"));
        given().queryParam("asOf", "2025-07-02").queryParam("view", "KNOWN_TODAY").get("/supervision/v1/provinces/{code}/periods/2025-H1", province).then()
                .statusCode(200).body(lineOf(town) + ".advisedStage", equalTo("ADMINISTRATIVE_AGREEMENTS"));
        given().queryParam("asOf", "2026-01-12").queryParam("view", "KNOWN_TODAY").get("/supervision/v1/provinces/{code}/periods/2025-H2", province).then()
                .statusCode(200).body(lineOf(town) + ".currentStage", equalTo("SUBSTITUTION_ANNOUNCED"));
    }

    @Test
    void theAdviceNamesTheDeadlineThatOpenedTheChainAndTheOpeningBalanceItCountsAsMissed() {
        Period current = Period.containing(LocalDate.now(ZoneId.of("Europe/Amsterdam")));
        String province = TestEvents.newProvince();
        String town = TestEvents.newMunicipality();
        events.province(province, "Testprovincie");
        events.municipality(town, "Dorp " + town, province);
        events.openingBalance(town, current.toString(), 1200);
        events.quota(town, current.toString(), 34, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/supervision/v1/municipalities/{code}/ladder", town).then().statusCode(200)
                        .body("advice.stage", equalTo("SIGNAL")));
        // What the municipality's page says in Dutch: "niet gehaald op de laatste peildatum; meegeteld is de peildatum
        // waarop de reeks begon, ..., met een achterstand (beginstand) van 1.200".
        given().get("/supervision/v1/municipalities/{code}/ladder", town).then().statusCode(200)
                .body("advice.reasonCode", equalTo("NOT_MET_AT_LAST"))
                .body("advice.openingDeadline", equalTo(current.firstDay().toString()))
                .body("advice.openingBalance", equalTo(1200));
    }

    @Test
    void anAsOfThatIsNoDateOrOutsideTheYearsTheSystemAcceptsIsRefusedNamingIt() {
        String town = TestEvents.newMunicipality();
        events.quota(town, "2025-H1", 10, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/supervision/v1/municipalities/{code}/ladder", town).then().statusCode(200));
        given().queryParam("asOf", "0025-03-01").queryParam("view", "KNOWN_TODAY").get("/supervision/v1/municipalities/{code}/ladder", town).then()
                .statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains("asOf"))
                .body("invalidParams[0].reason", equalTo("must be a date from 2000-01-01 to 2100-12-31"));
        given().queryParam("asOf", "2 januari 2026").queryParam("view", "KNOWN_TODAY").get("/supervision/v1/municipalities/{code}/ladder", town).then()
                .statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains("asOf"));
    }
}
