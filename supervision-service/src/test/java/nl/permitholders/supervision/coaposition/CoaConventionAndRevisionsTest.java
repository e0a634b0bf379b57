package nl.permitholders.supervision.coaposition;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.FixedDay;
import nl.permitholders.platform.time.NetherlandsClock;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * COA's file read as COA writes it (docs/domain.md, re-anchoring), and its revisions followed in time. Almelo's case:
 * 52 carried into 2024, quotas 78 and 70, 40 and 43 housed: 117 behind at the end of 2024, which COA writes -117 on 1
 * January 2025. Through REST, on the real PostgreSQL and broker.
 */
@QuarkusTest
class CoaConventionAndRevisionsTest {

    private static final String FIGURES = "/supervision/v1/municipalities/{code}/periods/{period}";
    private static final String ADOPTIONS = "/supervision/v1/municipalities/{code}/coa-position-adoptions";
    private static final String HEADER = "Gemeentecode;Gemeente;Peildatum;Taakstelling;Gecorrigeerde taakstelling;Afgemeld;Stand\n";
    private static final String PROVINCE = TestEvents.newProvince();

    private final TestEvents events = new TestEvents();

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    /** A municipality with Almelo's figures up to the end of 2024 (117 behind) and a quota of 73 in 2025-I. */
    private String almelo() {
        return almelo(events);
    }

    /** Almelo's facts as {@code events} record them (registered now, or on a day of their own). */
    private static String almelo(TestEvents events) {
        String town = TestEvents.newMunicipality();
        events.province(PROVINCE, "Provincie " + PROVINCE);
        events.municipality(town, "Gemeente " + town, PROVINCE);
        events.openingBalance(town, "2024-H1", 52);
        events.quota(town, "2024-H1", 78, 1);
        events.quota(town, "2024-H2", 70, 1);
        events.quota(town, "2025-H1", 73, 1);
        events.placement(town, events.coupling(town, 40, LocalDate.of(2024, 2, 1)), 40, LocalDate.of(2024, 3, 14), null);
        events.placement(town, events.coupling(town, 43, LocalDate.of(2024, 10, 1)), 43, LocalDate.of(2024, 11, 20), null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(FIGURES, town, "2025-H1").then().statusCode(200)
                .body("carriedBacklog", equalTo(117)).body("quota", equalTo(73)));
        return town;
    }

    private static io.restassured.response.Response upload(String csv, String convention) {
        var request = given().header("Authorization", Callers.as(Callers.issuer().province(PROVINCE))).contentType("text/csv")
                .queryParam("fileName", "tvs.csv");
        if (convention != null) {
            request = request.queryParam("standConvention", convention);
        }
        return request.body(csv.getBytes(StandardCharsets.UTF_8)).post(CoaPositionImportTest.IMPORT);
    }

    private static String staff() {
        return Callers.as(Callers.issuer().province(PROVINCE));
    }

    private static String lineOf(String town, String date) {
        return "find { it.municipalityCode == '" + town + "' && it.referenceDate == '" + date + "' }";
    }

    @Test
    void aFileAsCoaWritesItAgreesAndOneWithTheOtherSignIsRefusedWholeNamingStandStoringNothing() {
        String town = almelo();
        int importsBefore = given().get(CoaPositionImportTest.IMPORTS, PROVINCE).then().statusCode(200).extract().path("size()");

        // Written with a backlog positive: refused as a whole, naming Stand and how COA writes it.
        upload(HEADER + town + ";Almelo;01-01-2025;70;160;43;117\n" + town + ";Almelo;01-07-2024;78;130;40;90\n", null).then()
                .statusCode(400).contentType("application/problem+json")
                .body("invalidParams", hasSize(1)).body("invalidParams[0].name", equalTo("Stand"))
                .body("invalidParams[0].reason", containsString("COA writes a backlog as a negative Stand"))
                .body("invalidParams[0].reason", containsString("standConvention=BACKLOG_POSITIVE"));
        upload(HEADER + town + ";Almelo;01-01-2025;70;160;43;117\n", "NEGATIVE").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("standConvention"));
        given().get(CoaPositionImportTest.IMPORTS, PROVINCE).then().statusCode(200).body("size()", equalTo(importsBefore));

        // As COA writes it: 1 January 2025 is the result of 2024-II (quota 70, not 2025-I's 73), 1 July 2024 of 2024-I (78).
        upload(HEADER + town + ";Almelo;01-01-2025;70;160;43;-117\n" + town + ";Almelo;01-07-2024;78;130;40;-90\n", null).then()
                .statusCode(201).body("standConvention", equalTo("COA"));
        given().header("Authorization", staff()).get(CoaReconciliationTest.RECONCILIATION, PROVINCE).then().statusCode(200)
                .body(lineOf(town, "2025-01-01") + ".period", equalTo("2024-H2"))
                .body(lineOf(town, "2025-01-01") + ".coa.position", equalTo(117))
                .body(lineOf(town, "2025-01-01") + ".stand", equalTo(-117))
                .body(lineOf(town, "2025-01-01") + ".system.position", equalTo(117))
                .body(lineOf(town, "2025-01-01") + ".system.quota", equalTo(70))
                .body(lineOf(town, "2025-01-01") + ".agrees", equalTo(true))
                .body(lineOf(town, "2024-07-01") + ".period", equalTo("2024-H1"))
                .body(lineOf(town, "2024-07-01") + ".system.quota", equalTo(78))
                .body(lineOf(town, "2024-07-01") + ".agrees", equalTo(true));

        // The explicit convention is kept with the import.
        String other = almelo();
        String id = upload(HEADER + other + ";Almelo;01-01-2025;70;160;43;117\n", "BACKLOG_POSITIVE").then().statusCode(201)
                .body("standConvention", equalTo("BACKLOG_POSITIVE")).extract().path("id");
        given().get(CoaPositionImportTest.IMPORTS + "/{id}", PROVINCE, id).then().statusCode(200)
                .body("standConvention", equalTo("BACKLOG_POSITIVE")).body("lines[0].position", equalTo(117))
                .body("lines[0].stand", equalTo(117));
    }

    @Test
    void aStandThatDiffersFromCoasOwnFiguresIsImportedAndMarked() {
        String town = almelo();
        // 160 - 43 = 117, but COA writes -120.
        upload(HEADER + town + ";Almelo;01-01-2025;70;160;43;-120\n", null).then().statusCode(201);
        given().header("Authorization", staff()).get(CoaReconciliationTest.RECONCILIATION, PROVINCE).then().statusCode(200)
                .body(lineOf(town, "2025-01-01") + ".standDifference", equalTo(3))
                .body(lineOf(town, "2025-01-01") + ".coa.position", equalTo(120));
    }

    @Test
    void coasRevisionOfTheAmountCarriedInIsAdoptedBesideItsEndPositionAndFiguresAsOfADateShowWhatWasKnownThen() {
        // Almelo's facts were registered before the adoptions of January and February 2025: none arrived after them, so
        // neither adoption is to review (a fact registered after an adoption would mark it, issue 68 point 4).
        String town = almelo(events.registeredOn(LocalDate.of(2025, 1, 2)));
        // 1 January 2025: COA's end position of 2024-II, -117. 1 February 2025: COA carries 120 into 2025-I (193 - 73).
        upload(HEADER + town + ";Almelo;01-01-2025;70;160;43;-117\n" + town + ";Almelo;01-02-2025;73;193;0;-193\n", null).then()
                .statusCode(201);
        // Province staff adopt COA's first figure on 10 January and its revision on 10 February 2025.
        FixedDay.install(LocalDate.of(2025, 1, 10));
        as(staff()).body(Map.of("deadline", "2025-01-01", "reason", "eindstand TVS 2024-II")).post(ADOPTIONS, town).then()
                .statusCode(201).body("figure", equalTo("END_POSITION")).body("position", equalTo(117))
                .body("referenceDate", equalTo("2025-01-01"));
        FixedDay.install(LocalDate.of(2025, 2, 10));
        as(staff()).body(Map.of("deadline", "2025-01-01", "reason", "TVS nam 120 mee in 2025-I", "figure", "CARRIED_IN"))
                .post(ADOPTIONS, town).then().statusCode(201).body("figure", equalTo("CARRIED_IN")).body("position", equalTo(120))
                .body("referenceDate", equalTo("2025-02-01")).body("reason", equalTo("TVS nam 120 mee in 2025-I"))
                .body("adoptedBy", equalTo("supervisor-" + PROVINCE));

        FixedDay.install(LocalDate.now(NetherlandsClock.NETHERLANDS));
        // Today's figures show the revision; as of 15 January 2025 COA's first figure.
        given().get(FIGURES, town, "2025-H1").then().statusCode(200).body("carriedBacklog", equalTo(120));
        given().queryParam("asOf", "2025-03-01").queryParam("view", "KNOWN_TODAY").get(FIGURES, town, "2025-H1").then().statusCode(200).body("carriedBacklog", equalTo(120));
        given().queryParam("asOf", "2025-01-15").queryParam("view", "KNOWN_TODAY").get(FIGURES, town, "2025-H1").then().statusCode(200).body("carriedBacklog", equalTo(117));
        // On 5 February COA had published its revision, but the province adopted it only on 10 February.
        given().queryParam("asOf", "2025-02-05").queryParam("view", "KNOWN_TODAY").get(FIGURES, town, "2025-H1").then().statusCode(200).body("carriedBacklog", equalTo(117));
        // Nothing is overwritten: both adoptions, and both in the ledger of 2025-I, the first and the revision.
        given().get(ADOPTIONS, town).then().statusCode(200).body("figure", equalTo(List.of("END_POSITION", "CARRIED_IN")));
        given().get(FIGURES + "/ledger", town, "2025-H1").then().statusCode(200)
                .body("findAll { it.kind == 'ANCHORED' }.eventType", equalTo(List.of("coa-position-adopted", "coa-carried-in-adopted")))
                .body("findAll { it.kind == 'ANCHORED' }.publishedOn", equalTo(List.of("2025-01-01", "2025-02-01")));
        given().header("Authorization", staff()).get(CoaReconciliationTest.RECONCILIATION, PROVINCE).then().statusCode(200)
                .body(lineOf(town, "2025-01-01") + ".adoptedFigure", equalTo("END_POSITION"))
                .body(lineOf(town, "2025-02-01") + ".adoptedFigure", equalTo("CARRIED_IN"))
                .body(lineOf(town, "2025-02-01") + ".adoptedAtDeadline", equalTo("2025-01-01"));
        // So do the figures and the judgement letter of 2025-I.
        given().get(FIGURES, town, "2025-H1").then().statusCode(200)
                .body("coaAdopted.revision", equalTo(List.of(false, true))).body("coaAdopted.position", equalTo(List.of(117, 120)))
                .body("coaAdopted.counts", equalTo(List.of(false, true)));
        byte[] letter = given().header("Authorization", staff()).accept("application/pdf")
                .get("/supervision/v1/municipalities/{code}/letters/{deadline}", town, "2025-07-01").then().statusCode(200)
                .extract().asByteArray();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(letter)) {
            org.assertj.core.api.Assertions.assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("eerste cijfer 117 (peildatum 1 januari 2025); herziening 120 (peildatum 1 februari 2025), telt");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anAdoptionJudgesTheDeadlinesItTouchesAgainWithTheAdoptionAsCause() {
        String town = almelo();
        events.placement(town, events.coupling(town, 10, LocalDate.of(2025, 1, 10)), 10, LocalDate.of(2025, 2, 1), null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(FIGURES, town, "2025-H1").then().statusCode(200)
                .body("housed", equalTo(10)));
        // COA had the municipality 90 ahead at 1 January 2025: 73 - 90 - 10 = -27 at 1 July 2025, met.
        upload(HEADER + town + ";Almelo;01-01-2025;70;-20;70;90\n", null).then().statusCode(201);
        String id = as(staff()).body(Map.of("deadline", "2025-01-01", "reason", "voorsprong volgens TVS")).post(ADOPTIONS, town).then()
                .statusCode(201).extract().path("id");

        String h1 = "find { it.period == '2025-H1' }";
        given().get("/supervision/v1/municipalities/{code}/verdicts", town).then().statusCode(200)
                .body(h1 + ".verdict", equalTo("MET")).body(h1 + ".backlog", equalTo(-27))
                .body(h1 + ".history[-1].verdict", equalTo("MET"))
                .body(h1 + ".history[-1].causeEventType", equalTo("coa-position-adopted"))
                .body(h1 + ".history[-1].causeEventId", equalTo(id))
                .body(h1 + ".history[0].verdict", not(equalTo("MET")));
        given().get("/supervision/v1/municipalities/{code}/ladder", town).then().statusCode(200)
                .body("advice.stage", equalTo("NONE"));
    }

    @Test
    void aPlacementRegisteredLateAndDatedBeforeAnAdoptedDeadlineMarksTheAdoptionToReviewUntilAdoptedAgain() {
        String town = almelo();
        upload(HEADER + town + ";Almelo;01-01-2025;70;160;43;-117\n", null).then().statusCode(201);
        as(staff()).body(Map.of("deadline", "2025-01-01", "reason", "eindstand TVS 2024-II")).post(ADOPTIONS, town).then().statusCode(201);
        given().header("Authorization", staff()).get(CoaReconciliationTest.RECONCILIATION, PROVINCE).then().statusCode(200)
                .body(lineOf(town, "2025-01-01") + ".toReview", equalTo(false));

        // A placement of 20 December 2024, registered only now.
        UUID coupling = events.coupling(town, 3, LocalDate.of(2024, 12, 1));
        events.placement(town, coupling, 3, LocalDate.of(2024, 12, 20), null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(FIGURES, town, "2024-H2").then().statusCode(200)
                .body("backlog", equalTo(114)));

        // Neither ignored nor counted twice: 2024-II counts it, 2025-I still counts from COA's 117, and the adoption is marked.
        given().get(FIGURES, town, "2025-H1").then().statusCode(200).body("carriedBacklog", equalTo(117));
        given().header("Authorization", staff()).get(CoaReconciliationTest.RECONCILIATION, PROVINCE).then().statusCode(200)
                .body(lineOf(town, "2025-01-01") + ".toReview", equalTo(true));
        given().get(FIGURES + "/ledger", town, "2025-H1").then().statusCode(200)
                .body("find { it.kind == 'ANCHORED' }.toReview", equalTo(true));

        // Province staff confirm by adopting again: the mark goes, both adoptions stay.
        as(staff()).body(Map.of("deadline", "2025-01-01", "reason", "bevestigd: het COA telde de plaatsing al")).post(ADOPTIONS, town)
                .then().statusCode(201);
        given().header("Authorization", staff()).get(CoaReconciliationTest.RECONCILIATION, PROVINCE).then().statusCode(200)
                .body(lineOf(town, "2025-01-01") + ".toReview", equalTo(false));
        given().get(ADOPTIONS, town).then().statusCode(200).body("reason", hasItem("eindstand TVS 2024-II")).body("", hasSize(2));
    }

    private static io.restassured.specification.RequestSpecification as(String token) {
        return given().header("Authorization", token).contentType(ContentType.JSON);
    }
}
