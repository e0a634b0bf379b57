package nl.permitholders.supervision.coaposition;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static nl.permitholders.platform.time.NetherlandsClock.NETHERLANDS;

/**
 * docs/domain.md: every consequence of an adoption of COA's figure marked, for every cause, through REST on events from
 * the real broker: a ladder decision whose growth an adoption takes away; the adopted line kept labelled beside a later
 * import of its date; a line whose Stand contradicts its own figures in sign refused; an adoption for a merged
 * municipality judging the continuing one at once, naming the adoption.
 */
@QuarkusTest
class AdoptionConsequencesTest {

    private static final String HEADER = "Gemeentecode;Gemeente;Peildatum;Taakstelling;Gecorrigeerde taakstelling;Afgemeld;Stand\n";
    /** Counts nothing of its province's contents: the province the merger and split tests share. */
    private static final String PROVINCE = TestEvents.SPLITS_PROVINCE;

    private final TestEvents events = new TestEvents();

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
        events.province(PROVINCE, "Provincie " + PROVINCE);
    }

    private static RequestSpecification asStaff() {
        return given().header("Authorization", Callers.as(Callers.issuer().province(PROVINCE))).contentType(ContentType.JSON);
    }

    private static void upload(String csv, String fileName) {
        given().header("Authorization", Callers.as(Callers.issuer().province(PROVINCE))).contentType("text/csv")
                .queryParam("fileName", fileName).body(csv.getBytes(StandardCharsets.UTF_8)).post("/supervision/v1/coa-position-imports")
                .then().statusCode(201);
    }

    private static void adopt(String town, String deadline) {
        asStaff().body(Map.of("deadline", deadline, "reason", "stand TVS")).post("/supervision/v1/municipalities/{code}/coa-position-adoptions", town)
                .then().statusCode(201);
    }

    private String town() {
        String town = TestEvents.newMunicipality();
        events.municipality(town, "Gemeente " + town, PROVINCE);
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().get("/supervision/v1/municipalities/{code}/periods/2025-H1", town)
                .then().statusCode(200));
        return town;
    }

    /**
     * Almelo's course (52 at 1 January 2024, then 90, 117, 152, 190 and, with a quota of 50 in 2026-I, 240), not met and
     * growing at each of the last four deadlines: substitution announced. COA's end position of 100 adopted at 1 July
     * 2025 keeps every deadline not met but takes growth away there: the decision rested on an advice that no longer holds.
     */
    @Test
    void aLadderDecisionIsMarkedWhenAnAdoptionTakesAwayTheGrowthItRestedOn() {
        String almelo = town();
        events.openingBalance(almelo, "2024-H1", 52);
        String[][] quotas = {{"2024-H1", "78"}, {"2024-H2", "70"}, {"2025-H1", "73"}, {"2025-H2", "75"}, {"2026-H1", "50"}};
        for (String[] quota : quotas) {
            events.quota(almelo, quota[0], Integer.parseInt(quota[1]), 1);
        }
        UUID coupled = events.coupling(almelo, 400, LocalDate.of(2024, 1, 8));
        events.placement(almelo, coupled, 40, LocalDate.of(2024, 3, 14), null);
        events.placement(almelo, coupled, 43, LocalDate.of(2024, 11, 20), null);
        events.placement(almelo, coupled, 38, LocalDate.of(2025, 3, 1), null);
        events.placement(almelo, coupled, 37, LocalDate.of(2025, 9, 1), null);
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().get("/supervision/v1/municipalities/{code}/ladder", almelo)
                .then().statusCode(200).body("advice.stage", equalTo("SUBSTITUTION_ANNOUNCED")));
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().get("/supervision/v1/municipalities/{code}/verdicts", almelo)
                .then().statusCode(200).body("find { it.period == '2026-H1' }.backlog", equalTo(240)));

        asStaff().body(Map.of("stage", "SUBSTITUTION_ANNOUNCED", "decidedOn", LocalDate.now(NETHERLANDS).toString(),
                "reason", "vier peildata gegroeid")).post("/supervision/v1/municipalities/{code}/ladder-decisions", almelo)
                .then().statusCode(201);
        given().get("/supervision/v1/municipalities/{code}/ladder", almelo).then().statusCode(200)
                .body("decisions[0].toReview", equalTo(false));

        upload(HEADER + almelo + ";Gemeente " + almelo + ";01-07-2025;73;190;38;-100\n", "juli 2025.csv");
        adopt(almelo, "2025-07-01");

        given().get("/supervision/v1/municipalities/{code}/verdicts", almelo).then().statusCode(200)
                .body("find { it.period == '2025-H1' }.verdict", equalTo("NOT_MET"))
                .body("find { it.period == '2025-H1' }.backlog", equalTo(100));
        given().get("/supervision/v1/municipalities/{code}/ladder", almelo).then().statusCode(200)
                .body("advice.stage", equalTo("ADMINISTRATIVE_AGREEMENTS"))
                .body("decisions[0].toReview", equalTo(true));
    }

    /** A later import of the same date does not take the label off the line that was adopted: it stands beside it, revising it. */
    @Test
    void theReconciliationKeepsTheAdoptedLineLabelledBesideALaterImportOfItsDate() {
        String town = town();
        events.quota(town, "2025-H1", 20, 1);
        events.placement(town, events.coupling(town, 20, LocalDate.of(2025, 1, 15)), 20, LocalDate.of(2025, 5, 1), null);
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().get("/supervision/v1/municipalities/{code}/periods/2025-H1", town)
                .then().statusCode(200).body("housed", equalTo(20)));
        upload(HEADER + town + ";Gemeente " + town + ";01-07-2025;20;20;17;-3\n", "juli.csv");
        adopt(town, "2025-07-01");
        upload(HEADER + town + ";Gemeente " + town + ";01-07-2025;20;20;15;-5\n", "juli herzien.csv");

        JsonPath lines = asStaff().queryParam("referenceDate", "2025-07-01").get("/supervision/v1/provinces/{code}/coa-reconciliation", PROVINCE)
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> ofTown = lines.getList("findAll { it.municipalityCode == '" + town + "' }");
        assertThat(ofTown).hasSize(2);
        // COA's newest line first, the adopted one after it
        assertThat(ofTown.get(0)).containsEntry("adopted", false).containsEntry("revisesAdoption", true).containsEntry("stand", -5)
                .containsEntry("toReview", true);
        assertThat(ofTown.get(1)).containsEntry("adopted", true).containsEntry("adoptedFigure", "END_POSITION").containsEntry("stand", -3);
    }

    /**
     * A line whose Stand says a lead of 4 where Gecorrigeerde taakstelling − Afgemeld says 10 behind is imported (the
     * file's other lines agree, and it is not their mirror image), but not adopted: nobody can tell which one COA meant.
     */
    @Test
    void aLineWhoseStandContradictsItsOwnFiguresInSignIsNotAdopted() {
        String contradicting = town();
        String other = town();
        String third = town();
        upload(HEADER + contradicting + ";A;01-01-2025;20;20;10;4\n" + other + ";B;01-01-2025;20;20;10;-10\n"
                + third + ";C;01-01-2025;20;20;12;-8\n", "januari.csv");

        asStaff().body(Map.of("deadline", "2025-01-01", "reason", "stand TVS"))
                .post("/supervision/v1/municipalities/{code}/coa-position-adoptions", contradicting).then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams[0].name", equalTo("deadline"))
                .body("invalidParams[0].reason", containsString("20 - 10 = 10"))
                .body("invalidParams[0].reason", containsString("lead of 4"));
        asStaff().get("/supervision/v1/provinces/{code}/coa-position-adoptions/{deadline}/differences", PROVINCE, "2025-01-01").then()
                .statusCode(200).body("lines.find { it.municipalityCode == '" + contradicting + "' }.adoptable", equalTo(false));
        given().get("/supervision/v1/municipalities/{code}/coa-position-adoptions", contradicting).then().statusCode(200)
                .body("", hasSize(0));
    }

    /**
     * R3: COA's end position adopted for a merged municipality at the deadline of its merger moves what the continuing
     * one carries in, and judges that one again at once, naming the adoption (not at night, "deadline-passed").
     */
    @Test
    void anAdoptionForAMergedMunicipalityJudgesTheContinuingOneAtOnceNamingTheAdoption() {
        String merged = town();
        String continuing = town();
        events.quota(merged, "2024-H2", 10, 1);
        events.placement(merged, events.coupling(merged, 10, LocalDate.of(2024, 8, 1)), 10, LocalDate.of(2024, 9, 1), null);
        events.quota(continuing, "2025-H1", 10, 1);
        events.placement(continuing, events.coupling(continuing, 10, LocalDate.of(2025, 2, 1)), 10, LocalDate.of(2025, 3, 1), null);
        events.merger(continuing, List.of(merged), LocalDate.of(2025, 1, 1));
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().get("/supervision/v1/municipalities/{code}/verdicts", continuing)
                .then().statusCode(200).body("find { it.period == '2025-H1' }.verdict", equalTo("MET")));

        upload(HEADER + merged + ";Gemeente " + merged + ";01-01-2025;10;10;5;-5\n", "januari 2025.csv");
        adopt(merged, "2025-01-01");

        given().get("/supervision/v1/municipalities/{code}/verdicts", continuing).then().statusCode(200)
                .body("find { it.period == '2025-H1' }.backlog", equalTo(5))
                .body("find { it.period == '2025-H1' }.history.causeEventType", hasItem("coa-position-adopted"));
    }

    /**
     * R3: a placement in a split municipality, dated before its split and registered after it, moves the backlog its
     * receivers carry in: they are judged again at once, naming the placement (not at night, "deadline-passed"). Split
     * on 1 January 2025 with 10 behind, 1 : 1; the late placement of 10 in September 2024 leaves nothing to divide.
     */
    @Test
    void aLateFactOfASplitMunicipalityJudgesItsReceiversAtOnceNamingTheFact() {
        String split = town();
        String first = town();
        String second = town();
        events.quota(split, "2024-H2", 10, 1);
        UUID coupled = events.coupling(split, 10, LocalDate.of(2024, 8, 1));
        for (String receiver : List.of(first, second)) {
            events.quota(receiver, "2025-H1", 10, 1);
            events.placement(receiver, events.coupling(receiver, 10, LocalDate.of(2025, 1, 15)), 10, LocalDate.of(2025, 3, 1), null);
        }
        events.send("quota.events", split, TestEvents.QUOTA + "municipality-split.v1", """
                {"splitId":"%s","municipalityCode":"%s","receivers":[{"municipalityCode":"%s","share":1},\
                {"municipalityCode":"%s","share":1}],"effectiveDate":"2025-01-01","effectivePeriod":"2025-H1"}"""
                .formatted(UUID.randomUUID(), split, first, second));
        for (String receiver : List.of(first, second)) {
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().get("/supervision/v1/municipalities/{code}/verdicts", receiver)
                    .then().statusCode(200).body("find { it.period == '2025-H1' }.backlog", equalTo(5)));
        }

        events.placement(split, coupled, 10, LocalDate.of(2024, 9, 1), null);

        for (String receiver : List.of(first, second)) {
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().get("/supervision/v1/municipalities/{code}/verdicts", receiver)
                    .then().statusCode(200).body("find { it.period == '2025-H1' }.backlog", equalTo(0))
                    .body("find { it.period == '2025-H1' }.history[-1].causeEventType",
                            equalTo(TestEvents.PLACEMENT + "placement-recorded.v1")));
        }
    }
}
