package nl.permitholders.supervision.verdict;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.FixedDay;
import nl.permitholders.supervision.MissedDeadlines;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * docs/domain.md, the province's verdict: province staff record their own verdict at a deadline beside the computed
 * one, the ladder counts theirs, and a late correction puts it up for review without changing it. Fed by events on the
 * real broker; the deadlines are those of 2026, judged on 15 August 2026.
 */
@QuarkusTest
class ProvinceVerdictFlowTest {

    private static final String VERDICT = "/supervision/v1/municipalities/{code}/verdicts/{deadline}/province-verdict";
    private static final String VERDICTS = "/supervision/v1/municipalities/{code}/verdicts/province-verdicts";
    private static final String LADDER = "/supervision/v1/municipalities/{code}/ladder";
    private static final String OVERVIEW = "/supervision/v1/provinces/{code}/periods/2026-H2";
    /** The province of every test but the one that counts its standings: they read only their own municipality's verdicts. */
    private static final String SHARED_PROVINCE = TestEvents.newProvince();

    private static final LocalDate TODAY = LocalDate.of(2026, 8, 15);

    private final TestEvents events = new TestEvents();

    @BeforeEach
    void asTheRijkOnTheFifteenthOfAugust2026() {
        Callers.theRijkByDefault();
        FixedDay.install(TODAY);
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", Callers.as(token)).contentType(ContentType.JSON);
    }

    private static Map<String, String> excusable() {
        return new HashMap<>(Map.of("verdict", "NOT_MET_EXCUSABLE", "grounds", "verschoonbaar: afgesproken inhaalplan",
                "decidedOn", "2026-07-20"));
    }

    /**
     * The advised stage on the overview's line of {@code town}, found by its code rather than its place in the list.
     */
    private static String advisedStageIn(String town) {
        return "lines.find { it.figures.municipalityCode == '" + town + "' }.advisedStage";
    }

    private String missedTwoDeadlinesInARow(String province) {
        return MissedDeadlines.twoInARow(events, province);
    }

    @Test
    void anExcusableVerdictOfTheProvinceAtTheLastDeadlineChangesTheAdviceRightAway() {
        String province = TestEvents.newProvince();
        String town = missedTwoDeadlinesInARow(province);
        // The overview caches each municipality's advice by its ledger version: cached now, before the province judges.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(OVERVIEW, province).then().statusCode(200)
                .body(advisedStageIn(town), equalTo("OFFICIAL_TALK")));
        JsonPath before = given().get(OVERVIEW, province).then().extract().jsonPath();

        as(Callers.issuer().province(province)).body(excusable()).post(VERDICT, town, "2026-07-01").then().statusCode(201)
                .header("Location", endsWith("/supervision/v1/municipalities/" + town + "/verdicts/2026-07-01/province-verdict"))
                .body("verdict", equalTo("NOT_MET_EXCUSABLE")).body("recordedAgainst", equalTo("NOT_MET"))
                .body("decidedBy", equalTo("supervisor-" + province));

        given().get(LADDER, town).then().statusCode(200)
                .body("advice.stage", equalTo("NONE"))
                .body("advice.reasonCode", equalTo("LAST_SHORTFALL_JUDGED_EXCUSABLE"))
                .body("advice.reason", equalTo("the province judged the shortfall at the last deadline excusable"));
        given().get(OVERVIEW, province).then().statusCode(200).body(advisedStageIn(town), equalTo("NONE"))
                .body("standings.notMet", equalTo(before.getInt("standings.notMet") - 1))
                .body("standings.notMetExcusable", equalTo(before.getInt("standings.notMetExcusable") + 1));
        // As it stood before the province decided, the advice was an official talk.
        given().queryParam("asOf", "2026-07-19").queryParam("view", "KNOWN_TODAY").get(LADDER, town).then().statusCode(200).body("advice.stage", equalTo("OFFICIAL_TALK"));

        given().get(VERDICT, town, "2026-07-01").then().statusCode(200)
                .body("computedVerdict", equalTo("NOT_MET"))
                .body("backlog", equalTo(20))
                .body("countedVerdict", equalTo("NOT_MET_EXCUSABLE"))
                .body("toReview", equalTo(false))
                .body("provinceVerdict.verdict", equalTo("NOT_MET_EXCUSABLE"))
                .body("provinceVerdict.grounds", equalTo("verschoonbaar: afgesproken inhaalplan"))
                .body("provinceVerdict.decidedOn", equalTo("2026-07-20"))
                .body("provinceVerdict.decidedBy", equalTo("supervisor-" + province))
                .body("history", hasSize(1));
        given().get(VERDICTS, town).then().statusCode(200)
                .body("deadline", contains("2026-01-01", "2026-07-01"))
                .body("[0]", not(hasKey("provinceVerdict")))
                .body("[0].countedVerdict", equalTo("NOT_MET"));

        // A later verdict follows; the earlier one stays as history.
        Map<String, String> notMet = Map.of("verdict", "NOT_MET", "grounds", "inhaalplan niet nagekomen", "decidedOn", "2026-08-03");
        as(Callers.issuer().province(province)).body(notMet).post(VERDICT, town, "2026-07-01").then().statusCode(201);
        given().get(VERDICT, town, "2026-07-01").then().statusCode(200)
                .body("provinceVerdict.verdict", equalTo("NOT_MET"))
                .body("history.verdict", contains("NOT_MET_EXCUSABLE", "NOT_MET"));
        given().get(LADDER, town).then().statusCode(200).body("advice.stage", equalTo("OFFICIAL_TALK"));
        given().get(OVERVIEW, province).then().statusCode(200).body(advisedStageIn(town), equalTo("OFFICIAL_TALK"));
    }

    @Test
    void onlyStaffOfTheMunicipalitysOwnProvinceRecordAVerdict() {
        String town = missedTwoDeadlinesInARow(SHARED_PROVINCE);
        as(Callers.issuer().province("PV01")).body(excusable()).post(VERDICT, town, "2026-07-01").then()
                .statusCode(403).contentType("application/problem+json");
        as(Callers.issuer().rijk()).body(excusable()).post(VERDICT, town, "2026-07-01").then().statusCode(403);
        as(Callers.issuer().municipality(town)).body(excusable()).post(VERDICT, town, "2026-07-01").then().statusCode(403);
        given().get(VERDICTS, town).then().statusCode(200).body("history.flatten()", hasSize(0));
    }

    @Test
    void aVerdictForAMunicipalityNothingIsKnownAboutIsNotFound() {
        String unknown = TestEvents.newMunicipality();
        given().get(VERDICTS, unknown).then().statusCode(404).contentType("application/problem+json");
        given().get(VERDICT, unknown, "2026-07-01").then().statusCode(404).contentType("application/problem+json");
    }

    /** A value no field accepts, in an otherwise valid request: {@code value} for {@code field}, or the deadline itself. */
    private record Hostile(String field, String value, String deadline) {
    }

    @Test
    void everyValueNoVerdictAcceptsIsRefusedNamingItAndNothingIsStored() {
        String town = missedTwoDeadlinesInARow(SHARED_PROVINCE);
        List<Hostile> hostile = List.of(
                new Hostile("verdict", "SOMEWHAT_EXCUSABLE", "2026-07-01"),
                new Hostile("verdict", "MET", "2026-07-01"),
                new Hostile("grounds", "   ", "2026-07-01"),
                new Hostile("grounds", "x".repeat(501), "2026-07-01"),
                new Hostile("decidedOn", TODAY.plusDays(3).toString(), "2026-07-01"),
                new Hostile("decidedOn", "2026-06-30", "2026-07-01"),
                new Hostile("deadline", null, "2026-07-02"),
                new Hostile("deadline", null, "2027-01-01"),
                new Hostile("deadline", null, "2025-07-01"),
                new Hostile("deadline", null, "1 juli 2026"));
        for (Hostile h : hostile) {
            Map<String, String> body = excusable();
            if (h.value() != null) {
                body.put(h.field(), h.value());
            }
            as(Callers.issuer().province(SHARED_PROVINCE)).body(body).post(VERDICT, town, h.deadline()).then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("invalidParams.name", contains(h.field()));
        }
        given().get(VERDICTS, town).then().statusCode(200).body("history.flatten()", hasSize(0));
        given().get(LADDER, town).then().statusCode(200).body("advice.stage", equalTo("OFFICIAL_TALK"));
    }

    @Test
    void aLateCorrectionThatChangesTheComputedVerdictPutsTheProvincesVerdictUpForReviewWithoutChangingIt() {
        String town = TestEvents.newMunicipality();
        events.province(SHARED_PROVINCE, "Provincie " + SHARED_PROVINCE);
        events.municipality(town, "Gemeente " + town, SHARED_PROVINCE);
        events.quota(town, "2026-H1", 10, 1);
        UUID coupling = events.coupling(town, 30, LocalDate.of(2026, 1, 5));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(Callers.issuer().province(SHARED_PROVINCE))
                .get(VERDICT, town, "2026-07-01").then().statusCode(200).body("computedVerdict", equalTo("NOT_MET")));
        as(Callers.issuer().province(SHARED_PROVINCE)).body(excusable()).post(VERDICT, town, "2026-07-01").then().statusCode(201);

        // Ten housed on 1 March 2026, registered only now: the deadline was met after all.
        events.placement(town, coupling, 10, LocalDate.of(2026, 3, 1), "REGULAR");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(VERDICT, town, "2026-07-01").then().statusCode(200)
                .body("computedVerdict", equalTo("MET")));
        given().get(VERDICT, town, "2026-07-01").then().statusCode(200)
                .body("toReview", equalTo(true))
                .body("provinceVerdict.verdict", equalTo("NOT_MET_EXCUSABLE"))
                .body("provinceVerdict.recordedAgainst", equalTo("NOT_MET"))
                .body("history", hasSize(1))
                // R7: there is no shortfall left to excuse, so until the province judges again the ladder counts MET.
                .body("countedVerdict", equalTo("MET"));
        given().get(LADDER, town).then().statusCode(200).body("advice.reasonCode", equalTo("LAST_DEADLINE_MET"));

        // Judged again against the corrected figures, the verdict is no longer up for review.
        as(Callers.issuer().province(SHARED_PROVINCE)).body(Map.of("verdict", "MET", "grounds", "na correctie gehaald", "decidedOn",
                TODAY.toString())).post(VERDICT, town, "2026-07-01").then().statusCode(201);
        given().get(VERDICT, town, "2026-07-01").then().statusCode(200)
                .body("toReview", equalTo(false)).body("history.verdict", contains("NOT_MET_EXCUSABLE", "MET"));
    }
}
