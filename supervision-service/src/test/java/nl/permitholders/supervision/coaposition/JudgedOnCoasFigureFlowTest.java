package nl.permitholders.supervision.coaposition;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.TestEvents;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import static nl.permitholders.platform.time.NetherlandsClock.NETHERLANDS;
import org.junit.jupiter.api.Test;

/**
 * docs/domain.md, re-anchoring: COA's end position adopted at a deadline is the position judged there. Quota 20 in
 * 2025-I (none after it), COA coupled 25 persons on 15 January, 20 housed on 1 May: the system's own arithmetic ends the half-year level;
 * COA's Stand on 1 July 2025 is −3. Through REST, on events from the real broker.
 */
@QuarkusTest
class JudgedOnCoasFigureFlowTest {

    private static final String ADOPTIONS = "/supervision/v1/municipalities/{code}/coa-position-adoptions";
    private static final String FIGURES = "/supervision/v1/municipalities/{code}/periods/{period}";
    private static final String VERDICTS = "/supervision/v1/municipalities/{code}/verdicts";
    private static final String PROVINCE_VERDICT = VERDICTS + "/{deadline}/province-verdict";
    private static final String LADDER = "/supervision/v1/municipalities/{code}/ladder";
    private static final String SERIES = "/supervision/v1/national/series";
    private static final String PROVINCE = TestEvents.newProvince();

    private final TestEvents events = new TestEvents();

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    private static RequestSpecification asStaff() {
        return given().header("Authorization", Callers.as(Callers.issuer().province(PROVINCE))).contentType(ContentType.JSON);
    }

    private String levelByOwnArithmeticThreeBehindByCoa() {
        return levelByOwnArithmeticThreeBehindByCoa(PROVINCE);
    }

    private String levelByOwnArithmeticThreeBehindByCoa(String province) {
        String town = TestEvents.newMunicipality();
        events.province(province, "Provincie " + province);
        events.municipality(town, "Gemeente " + town, province);
        events.quota(town, "2025-H1", 20, 1);
        UUID coupling = events.coupling(town, 25, LocalDate.of(2025, 1, 15));
        events.placement(town, coupling, 20, LocalDate.of(2025, 5, 1), null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(FIGURES, town, "2025-H1").then().statusCode(200)
                .body("housed", equalTo(20)).body("backlog", equalTo(0)));
        String csv = "Gemeentecode;Gemeente;Peildatum;Taakstelling;Gecorrigeerde taakstelling;Afgemeld;Stand\n"
                + town + ";Gemeente " + town + ";01-07-2025;20;20;17;-3\n";
        CoaPositionImportTest.upload(province, "text/csv", csv.getBytes(StandardCharsets.UTF_8), "juli.csv").then().statusCode(201);
        return town;
    }

    @Test
    void theProvincesStandingsAsOfADateCountTheVerdictsOnTheAdoptionsDecidedByThen() {
        // A province of its own, so that its standings count this one municipality.
        String province = TestEvents.newProvince();
        String town = levelByOwnArithmeticThreeBehindByCoa(province);
        given().header("Authorization", Callers.as(Callers.issuer().province(province))).contentType(ContentType.JSON)
                .body(Map.of("deadline", "2025-07-01", "reason", "stand TVS per 1 juli 2025")).post(ADOPTIONS, town).then()
                .statusCode(201);
        String overview = "/supervision/v1/provinces/{code}/periods/2025-H1";

        given().get(overview, province).then().statusCode(200)
                .body("standings.notMet", equalTo(1)).body("standings.met", equalTo(0));
        given().queryParam("asOf", LocalDate.now(NETHERLANDS).minusDays(1).toString()).queryParam("view", "KNOWN_TODAY").get(overview, province).then().statusCode(200)
                .body("standings.met", equalTo(1)).body("standings.notMet", equalTo(0));
    }

    @Test
    void theAdoptedEndPositionDecidesTheVerdictAtItsDeadlineWithOwnArithmeticBesideIt() throws IOException {
        String town = levelByOwnArithmeticThreeBehindByCoa();
        given().get(VERDICTS, town).then().statusCode(200)
                .body("find { it.period == '2025-H1' }.verdict", equalTo("MET"))
                .body("find { it.period == '2025-H1' }.coaEndPosition", nullValue());
        // Before the adoption the province cannot judge NOT_MET: by the system's own figures nobody is behind.
        asStaff().body(Map.of("verdict", "NOT_MET", "grounds", "stand TVS", "decidedOn", LocalDate.now(NETHERLANDS).toString()))
                .post(PROVINCE_VERDICT, town, "2025-07-01").then().statusCode(400);

        // The province decided on the ladder on the verdicts as they stood: nothing to do.
        asStaff().body(Map.of("stage", "NONE", "decidedOn", LocalDate.now(NETHERLANDS).toString(), "reason", "op schema"))
                .post(LADDER + "-decisions", town).then().statusCode(201);
        given().get(LADDER, town).then().statusCode(200).body("decisions[0].toReview", equalTo(false));

        asStaff().body(Map.of("deadline", "2025-07-01", "reason", "stand TVS per 1 juli 2025")).post(ADOPTIONS, town).then()
                .statusCode(201).body("position", equalTo(3));
        // The decision rests on a verdict the adoption changed: to review.
        given().get(LADDER, town).then().statusCode(200).body("decisions[0].toReview", equalTo(true));

        given().get(VERDICTS, town).then().statusCode(200)
                .body("find { it.period == '2025-H1' }.verdict", equalTo("NOT_MET"))
                .body("find { it.period == '2025-H1' }.backlog", equalTo(3))
                .body("find { it.period == '2025-H1' }.ownBacklog", equalTo(0))
                .body("find { it.period == '2025-H1' }.coaEndPosition", equalTo(3))
                .body("find { it.period == '2025-H1' }.history.causeEventType", hasItem("coa-position-adopted"));
        given().get(FIGURES, town, "2025-H1").then().statusCode(200)
                .body("backlog", equalTo(0))
                .body("verdict.verdict", equalTo("NOT_MET")).body("verdict.backlog", equalTo(3))
                .body("verdict.ownBacklog", equalTo(0)).body("verdict.difference", equalTo(3));
        given().get(FIGURES, town, "2025-H2").then().statusCode(200).body("carriedBacklog", equalTo(3));
        // The ladder counts the deadline as missed, and the 3 carried to every deadline since; as of the day before the
        // adoption nothing was missed.
        given().get(LADDER, town).then().statusCode(200).body("advice.missedInARow", equalTo(3));
        given().queryParam("asOf", LocalDate.now(NETHERLANDS).minusDays(1).toString()).queryParam("view", "KNOWN_TODAY").get(LADDER, town).then().statusCode(200)
                .body("advice.missedInARow", equalTo(0));
        given().queryParam("asOf", LocalDate.now(NETHERLANDS).minusDays(1).toString()).queryParam("view", "KNOWN_TODAY").get(FIGURES, town, "2025-H1").then().statusCode(200)
                .body("verdict.verdict", equalTo("MET")).body("verdict.coaEndPosition", nullValue());
        // The judgement letter of 1 July 2025 says it judges on COA's figure, with the system's own beside it.
        byte[] letter = given().header("Authorization", Callers.as(Callers.issuer().province(PROVINCE))).accept("application/pdf")
                .get("/supervision/v1/municipalities/{code}/letters/{deadline}", town, "2025-07-01").then().statusCode(200)
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(letter)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Wij oordelen op de eindstand van het COA op 1 juli 2025, die de provincie heeft overgenomen: een "
                            + "achterstand van 3. De eigen berekening hierboven komt op 0 (verschil 3).");
        }
        // And the province can now judge on COA's figure.
        asStaff().body(Map.of("verdict", "NOT_MET", "grounds", "stand TVS per 1 juli 2025: 3 achter", "decidedOn", LocalDate.now(NETHERLANDS).toString()))
                .post(PROVINCE_VERDICT, town, "2025-07-01").then().statusCode(201);
    }

    @Test
    void theNationalSeriesAsOfADateCountsTheAdoptionsDecidedByThen() {
        // The same case in 2023-I, a half-year no other test of this service adopts in.
        String town = TestEvents.newMunicipality();
        events.province(PROVINCE, "Provincie " + PROVINCE);
        events.municipality(town, "Gemeente " + town, PROVINCE);
        events.quota(town, "2023-H1", 20, 1);
        events.placement(town, events.coupling(town, 25, LocalDate.of(2023, 1, 15)), 20, LocalDate.of(2023, 5, 1), null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(FIGURES, town, "2023-H1").then().statusCode(200)
                .body("housed", equalTo(20)));
        String csv = "Gemeentecode;Gemeente;Peildatum;Taakstelling;Gecorrigeerde taakstelling;Afgemeld;Stand\n"
                + town + ";Gemeente " + town + ";01-07-2023;20;20;17;-3\n";
        CoaPositionImportTest.upload(PROVINCE, "text/csv", csv.getBytes(StandardCharsets.UTF_8), "juli-2023.csv").then().statusCode(201);
        String yesterday = LocalDate.now(NETHERLANDS).minusDays(1).toString();
        int before = seriesPosition(null);
        int beforeAsOfYesterday = seriesPosition(yesterday);

        asStaff().body(Map.of("deadline", "2023-07-01", "reason", "stand TVS per 1 juli 2023")).post(ADOPTIONS, town).then()
                .statusCode(201);

        assertThat(seriesPosition(null)).isEqualTo(before + 3);
        assertThat(seriesPosition(yesterday)).isEqualTo(beforeAsOfYesterday);
        given().queryParam("from", "2023-H1").queryParam("to", "2023-H1").queryParam("asOf", "2023-13-01").queryParam("view", "KNOWN_TODAY").get(SERIES).then()
                .statusCode(400).body("invalidParams[0].name", equalTo("asOf"));
    }

    private static int seriesPosition(String asOf) {
        RequestSpecification request = given().queryParam("from", "2023-H1").queryParam("to", "2023-H1");
        if (asOf != null) {
            request = request.queryParam("asOf", asOf).queryParam("view", "KNOWN_TODAY");
        }
        return request.get(SERIES).then().statusCode(200).extract().path("[0].figures.position");
    }

    @Test
    void aLetterSentBeforeTheAdoptionStaysAsSentIsMarkedToReviewAndACorrectedLetterGoesBesideIt() throws Exception {
        String town = levelByOwnArithmeticThreeBehindByCoa();
        String letter = "/supervision/v1/municipalities/{code}/letters/{deadline}";
        for (String state : new String[] {"REVIEWED", "SENT"}) {
            asStaff().body(Map.of("state", state)).post(letter + "/states", town, "2025-07-01").then().statusCode(201);
        }
        String sha256 = asStaff().get(letter + "/state", town, "2025-07-01").then().statusCode(200)
                .body("sent.verdict", equalTo("MET")).body("sent.backlog", equalTo(0)).body("toReview", equalTo(false))
                .extract().path("sent.sha256");

        asStaff().body(Map.of("deadline", "2025-07-01", "reason", "stand TVS per 1 juli 2025")).post(ADOPTIONS, town).then()
                .statusCode(201);

        // The sent letter is never changed; it is marked to review beside the verdict that stands now.
        asStaff().get(letter + "/state", town, "2025-07-01").then().statusCode(200)
                .body("sent.sha256", equalTo(sha256)).body("sent.verdict", equalTo("MET"))
                .body("liveVerdict", equalTo("NOT_MET")).body("liveBacklog", equalTo(3)).body("toReview", equalTo(true));
        asStaff().get("/supervision/v1/municipalities/{code}/sent-letters", town).then().statusCode(200)
                .body("[0].deadline", equalTo("2025-07-01")).body("[0].toReview", equalTo(true));

        // The province writes a corrected letter beside it: reviewed and sent like the first, which stays as it was sent.
        asStaff().body(Map.of("state", "DRAFT")).post(letter + "/states", town, "2025-07-01").then().statusCode(400);
        for (String state : new String[] {"CORRECTING", "REVIEWED", "SENT"}) {
            asStaff().body(Map.of("state", state)).post(letter + "/states", town, "2025-07-01").then().statusCode(201);
        }
        String corrected = asStaff().get(letter + "/state", town, "2025-07-01").then().statusCode(200)
                .body("sent.number", equalTo(2)).body("sent.verdict", equalTo("NOT_MET")).body("sent.backlog", equalTo(3))
                .body("toReview", equalTo(false)).extract().path("sent.sha256");
        assertThat(corrected).isNotEqualTo(sha256);
        byte[] toTheMunicipality = given().header("Authorization", Callers.as(Callers.issuer().municipality(town))).accept("application/pdf")
                .get(letter, town, "2025-07-01").then().statusCode(200).extract().asByteArray();
        assertThat(text(toTheMunicipality)).contains("Deze brief verbetert en vervangt onze brief van");
        // The letters as sent: the corrected one first, not to review, the first replaced by it and readable as it was sent.
        asStaff().get("/supervision/v1/municipalities/{code}/sent-letters", town).then().statusCode(200)
                .body("number", equalTo(List.of(2, 1))).body("[0].toReview", equalTo(false)).body("[1].replacedBy", equalTo(2));
        byte[] first = given().header("Authorization", Callers.as(Callers.issuer().municipality(town)))
                .get("/supervision/v1/municipalities/{code}/sent-letters/{deadline}/{number}", town, "2025-07-01", 1).then()
                .statusCode(200).extract().asByteArray();
        assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(first))).isEqualTo(sha256);
    }

    private static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
