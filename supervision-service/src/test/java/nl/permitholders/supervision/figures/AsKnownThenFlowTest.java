package nl.permitholders.supervision.figures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
import org.junit.jupiter.api.Test;

/**
 * As known on a date, through the real broker and database: a province defends what it knew. In 2012 (a year no other
 * test has figures in, so the national series is this test's alone) a municipality has a quota of 10 in 2012-I and 20
 * coupled in January; it housed 10 on 1 May, but the placement was registered on 15 August. Asked as of 10 July 2012
 * the figures, the verdict at 1 July, the ladder, the province's standings, the national series and the province's
 * report count what was registered by then: 10 behind, not met. Today's view of 10 July stays available beside it: met.
 * COA's end position adopted with the day it was decided (20 July 2012, recorded today) counts from that day.
 */
@QuarkusTest
class AsKnownThenFlowTest {

    private static final String FIGURES = "/supervision/v1/municipalities/{code}/periods/{period}";

    private final TestEvents events = new TestEvents();

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    @Test
    void aBackDatedPlacementDoesNotCountInTheVerdictAsKnownOnAnEarlierDateAndTodaysViewStandsBeside() throws IOException {
        String province = TestEvents.newProvince();
        String town = TestEvents.newMunicipality();
        TestEvents before = events.registeredOn(LocalDate.of(2011, 12, 1));
        before.province(province, "Provincie " + province);
        before.municipality(town, "Gemeente " + town, province);
        before.quota(town, "2012-H1", 10, 1);
        UUID coupling = events.registeredOn(LocalDate.of(2012, 1, 16)).coupling(town, 20, LocalDate.of(2012, 1, 15));
        events.registeredOn(LocalDate.of(2012, 8, 15)).placement(town, coupling, 10, LocalDate.of(2012, 5, 1), null);
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().get(FIGURES, town, "2012-H1").then().statusCode(200)
                .body("housed", equalTo(10)).body("verdict.verdict", equalTo("MET")));

        given().queryParam("asOf", "2012-07-10").get(FIGURES, town, "2012-H1").then().statusCode(200)
                .body("view", equalTo("KNOWN_THEN")).body("housed", equalTo(0)).body("backlog", equalTo(10))
                .body("verdict.verdict", equalTo("NOT_MET")).body("verdict.backlog", equalTo(10));
        given().queryParam("asOf", "2012-07-10").queryParam("view", "KNOWN_TODAY").get(FIGURES, town, "2012-H1").then().statusCode(200)
                .body("view", equalTo("KNOWN_TODAY")).body("housed", equalTo(10)).body("verdict.verdict", equalTo("MET"));
        given().queryParam("asOf", "2012-08-15").get(FIGURES, town, "2012-H1").then().statusCode(200).body("housed", equalTo(10));

        given().queryParam("asOf", "2012-07-10").get("/supervision/v1/municipalities/{code}/ladder", town).then().statusCode(200)
                .body("view", equalTo("KNOWN_THEN")).body("advice.stage", equalTo("SIGNAL"));
        given().queryParam("asOf", "2012-07-10").queryParam("view", "KNOWN_TODAY").get("/supervision/v1/municipalities/{code}/ladder", town)
                .then().statusCode(200).body("advice.stage", equalTo("NONE"));
        given().queryParam("asOf", "2012-07-10").get("/supervision/v1/provinces/{code}/periods/2012-H1", province).then().statusCode(200)
                .body("view", equalTo("KNOWN_THEN")).body("standings.notMet", equalTo(1))
                .body("totals.judged.backlog", equalTo(10));
        given().queryParam("from", "2012-H1").queryParam("to", "2012-H1").queryParam("asOf", "2012-07-10")
                .get("/supervision/v1/national/series").then().statusCode(200)
                .body("[0].view", equalTo("KNOWN_THEN")).body("[0].figures.housed", equalTo(0)).body("[0].figures.position", equalTo(10));
        given().queryParam("from", "2012-H1").queryParam("to", "2012-H1").queryParam("asOf", "2012-07-10").queryParam("view", "KNOWN_TODAY")
                .get("/supervision/v1/national/series").then().statusCode(200)
                .body("[0].figures.housed", equalTo(10)).body("[0].figures.position", equalTo(0));

        String staff = Callers.as(Callers.issuer().province(province));
        String report = text(given().header("Authorization", staff).accept("application/pdf").queryParam("asOf", "2012-07-10")
                .get("/supervision/v1/provinces/{code}/reports/{deadline}", province, "2012-07-01").then().statusCode(200)
                .extract().asByteArray());
        assertThat(report).contains("zoals de cijfers bekend waren op 10 juli 2012", "Netto achterstand 10");

        // COA's end position of 12, adopted today with the day it was decided: 20 July 2012.
        String csv = "Gemeentecode;Gemeente;Peildatum;Taakstelling;Gecorrigeerde taakstelling;Afgemeld;Stand\n"
                + town + ";Gemeente " + town + ";01-07-2012;10;10;0;-12\n";
        given().header("Authorization", staff).contentType("text/csv").queryParam("fileName", "juli 2012.csv")
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/supervision/v1/coa-position-imports").then().statusCode(201);
        given().header("Authorization", staff).contentType(ContentType.JSON)
                .body(Map.of("deadline", "2012-07-01", "reason", "stand TVS per 1 juli 2012", "decidedOn", "2012-07-20"))
                .post("/supervision/v1/municipalities/{code}/coa-position-adoptions", town).then().statusCode(201)
                .body("decidedOn", equalTo("2012-07-20"));
        given().queryParam("asOf", "2012-07-31").get(FIGURES, town, "2012-H1").then().statusCode(200)
                .body("verdict.backlog", equalTo(12)).body("verdict.coaEndPosition", equalTo(12)).body("verdict.ownBacklog", equalTo(10));
        given().queryParam("asOf", "2012-07-15").get(FIGURES, town, "2012-H1").then().statusCode(200)
                .body("verdict.backlog", equalTo(10));
        given().header("Authorization", staff).contentType(ContentType.JSON)
                .body(Map.of("deadline", "2012-07-01", "reason", "te vroeg", "decidedOn", "2012-06-20"))
                .post("/supervision/v1/municipalities/{code}/coa-position-adoptions", town).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("decidedOn"));

        // The Rijk's national series, loaded today with its adoption decided on 31 December 2012, reads as it stood:
        // the province's 12 until then (only it had adopted), COA's 14 the Rijk adopted from that day on.
        given().contentType("text/csv").queryParam("fileName", "landelijk juli 2012.csv")
                .body(csv.replace(";-12\n", ";-14\n").getBytes(StandardCharsets.UTF_8))
                .post("/supervision/v1/national/coa-position-imports").then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("deadline", "2012-07-01", "reason", "landelijke reeks", "decidedOn", "2012-12-31"))
                .post("/supervision/v1/national/coa-position-adoptions").then().statusCode(201)
                .body("findAll { it.municipalityCode == '" + town + "' }.decidedOn", equalTo(List.of("2012-12-31")));
        given().queryParam("from", "2012-H1").queryParam("to", "2012-H1").queryParam("asOf", "2012-12-30")
                .get("/supervision/v1/national/series").then().statusCode(200).body("[0].figures.position", equalTo(12));
        given().queryParam("from", "2012-H1").queryParam("to", "2012-H1").queryParam("asOf", "2012-12-31")
                .get("/supervision/v1/national/series").then().statusCode(200).body("[0].figures.position", equalTo(14));
    }

    /** The PDF's text, every run of white space one space. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
