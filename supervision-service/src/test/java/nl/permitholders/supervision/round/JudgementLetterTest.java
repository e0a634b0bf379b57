package nl.permitholders.supervision.round;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.FixedDay;
import nl.permitholders.supervision.TestEvents;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The supervision round's judgement letter (docs/supervision-round.md): written from the live figures with the
 * province's template as a concept PDF, reviewed, sent and then kept as it was sent; only the province's own staff,
 * and the municipality once the letter is sent to it.
 */
@QuarkusTest
class JudgementLetterTest {

    private static final String LETTER = "/supervision/v1/municipalities/{code}/letters/{deadline}";
    private static final String STATE = LETTER + "/state";
    private static final String STATES = LETTER + "/states";
    private static final String TEMPLATE = "/supervision/v1/provinces/{code}/letter-template";
    private static final String JANUARY_2025 = "2025-01-01";
    /** The province of every test but the one that changes its template: they read only their own municipality's letters. */
    private static final String SHARED_PROVINCE = TestEvents.newProvince();

    private final TestEvents events = new TestEvents();

    private String province;
    private String town;
    private UUID coupling;

    @BeforeEach
    void almeloLikeOnTheFifteenthOfMarch2025() {
        Callers.theRijkByDefault();
        FixedDay.install(LocalDate.of(2025, 3, 15));
        almeloLikeIn(SHARED_PROVINCE);
    }

    private void almeloLikeIn(String province) {
        this.province = province;
        town = TestEvents.newMunicipality();
        events.province(province, "Provincie " + province);
        events.municipality(town, "Almelo " + town, province);
        // Almelo: 52 behind at the start of 2024, quotas of 78 and 70, 40 and 43 housed: 90 behind on 1 July 2024, 117 on 1 January 2025.
        events.openingBalance(town, "2024-H1", 52);
        events.quota(town, "2024-H1", 78, 1);
        events.quota(town, "2024-H2", 70, 1);
        coupling = events.coupling(town, 90, LocalDate.of(2024, 1, 8));
        events.placement(town, coupling, 40, LocalDate.of(2024, 3, 14), null);
        events.placement(town, coupling, 43, LocalDate.of(2024, 11, 20), null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asTheProvince().get(STATE, town, JANUARY_2025).then()
                .statusCode(200).body("liveBacklog", equalTo(117)));
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", Callers.as(token)).contentType(ContentType.JSON);
    }

    private RequestSpecification asTheProvince() {
        return as(Callers.issuer().province(province));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private byte[] letter(RequestSpecification caller) {
        Response response = caller.get(LETTER, town, JANUARY_2025);
        response.then().statusCode(200).contentType("application/pdf");
        return response.asByteArray();
    }

    private void record(String state) {
        asTheProvince().body(Map.of("state", state)).post(STATES, town, JANUARY_2025).then().statusCode(201)
                .header("Location", containsString("/letters/2025-01-01/state")).body("state", equalTo(state));
    }

    @Test
    void theConceptLetterHoldsTheFiguresAtTheDeadlineTheVerdictsTheLadderAndTheChart() throws IOException {
        asTheProvince().body(Map.of("verdict", "NOT_MET", "grounds", "geen inhaalplan ondanks toezeggingen", "decidedOn", "2025-01-20"))
                .post("/supervision/v1/municipalities/{code}/verdicts/{deadline}/province-verdict", town, JANUARY_2025)
                .then().statusCode(201);
        asTheProvince().body(Map.of("stage", "SIGNAL", "decidedOn", "2025-02-01", "reason", "achterstand van 117 personen"))
                .post("/supervision/v1/municipalities/{code}/ladder-decisions", town).then().statusCode(201);

        byte[] pdf = letter(asTheProvince());
        String text = text(pdf);

        assertThat(text).contains("CONCEPT", "Almelo " + town, "peildatum 1 januari 2025");
        assertThat(text).contains("Achterstand uit het vorige halfjaar 90", "Taakstelling 70", "Bijgestelde taakstelling 160",
                "Gehuisvest 43", "Achterstand op 1 januari 2025 117");
        assertThat(text).contains("Berekend oordeel: niet gehaald", "koppeltekort van 110", "Gronden: geen inhaalplan");
        assertThat(text).contains("trede: signaal, sinds 1 februari 2025", "achterstand van 117 personen");
        assertThat(text).contains("Er is geen plan van aanpak vastgelegd.");
        assertThat(text).contains("1 juli 2024: 90; 1 januari 2025: 117", "financiële");
        // The chart: the SVG drawn as a vector form on the page.
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int forms = 0;
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    forms += page.getResources().getXObject(name) instanceof PDFormXObject ? 1 : 0;
                }
            }
            assertThat(forms).isPositive();
        }
    }

    @Test
    void aSentLetterIsKeptByteForByteAndALaterCorrectionIsShownBesideIt() throws IOException {
        asTheProvince().body(Map.of("state", "SENT")).post(STATES, town, JANUARY_2025).then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams.name", hasItem("state"));
        record("REVIEWED");
        String hash = asTheProvince().body(Map.of("state", "SENT")).post(STATES, town, JANUARY_2025).then().statusCode(201)
                .body("state", equalTo("SENT")).body("history.state", equalTo(java.util.List.of("REVIEWED", "SENT")))
                .body("history[1].changedBy", equalTo("supervisor-" + province))
                .body("sent.backlog", equalTo(117)).body("sent.sentBy", equalTo("supervisor-" + province))
                .body("liveBacklog", equalTo(117)).body("liveDiffersFromSent", equalTo(false))
                .extract().path("sent.sha256");

        byte[] sent = letter(asTheProvince());
        assertThat(SentLetter.sha256(sent)).isEqualTo(hash);
        assertThat(text(sent)).doesNotContain("CONCEPT").contains("Achterstand op 1 januari 2025 117");

        // A placement in November 2024 registered late: the live backlog at 1 January 2025 is now 112.
        events.placement(town, coupling, 5, LocalDate.of(2024, 11, 25), null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asTheProvince().get(STATE, town, JANUARY_2025).then()
                .statusCode(200).body("liveBacklog", equalTo(112)).body("liveDiffersFromSent", equalTo(true))
                .body("sent.backlog", equalTo(117)).body("sent.sha256", equalTo(hash)));
        assertThat(letter(asTheProvince())).isEqualTo(sent);
        assertThat(letter(as(Callers.issuer().municipality(town)))).isEqualTo(sent);

        asTheProvince().body(Map.of("state", "DRAFT")).post(STATES, town, JANUARY_2025).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("state"));
        asTheProvince().get(STATE, town, JANUARY_2025).then().body("history", hasSize(2));
    }

    @Test
    void aQuotaStillProvisionalIsMarkedAsSuch() throws IOException {
        events.provisionalQuota(town, "2024-H2", 70, 2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asTheProvince()
                .get("/supervision/v1/municipalities/{code}/periods/2024-H2", town).then().body("quotaStatus", equalTo("PROVISIONAL")));

        assertThat(text(letter(asTheProvince())).replaceAll("\\s+", " "))
                .contains("Taakstelling (voorlopig: het Rijk heeft haar nog niet vastgesteld) 70");
    }

    @Test
    void aProvinceVerdictThatALateCorrectionOvertookIsShownWithThatMarkNotAsIfItStood() throws IOException {
        asTheProvince().body(Map.of("verdict", "NOT_MET_EXCUSABLE", "grounds", "woningen vertraagd opgeleverd", "decidedOn", "2025-01-20"))
                .post("/supervision/v1/municipalities/{code}/verdicts/{deadline}/province-verdict", town, JANUARY_2025)
                .then().statusCode(201);
        assertThat(text(letter(asTheProvince())).replaceAll("\\s+", " ")).contains("Gronden: woningen vertraagd opgeleverd")
                .doesNotContain("Te herbeoordelen", "in strijd met de cijfers van nu");

        // Ten persons coupled after the reference date, housed in December and registered late: 107 behind, within the
        // coupling deficit of 110, so the computed verdict is now excusable too: the province's verdict is to review.
        events.placement(town, events.coupling(town, 10, LocalDate.of(2024, 10, 15)), 10, LocalDate.of(2024, 12, 20), null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asTheProvince().get(STATE, town, JANUARY_2025).then()
                .body("liveBacklog", equalTo(107)));
        assertThat(text(letter(asTheProvince())).replaceAll("\\s+", " ")).contains("Gronden: woningen vertraagd opgeleverd",
                "Te herbeoordelen: een latere correctie heeft het berekende oordeel veranderd");

        // The rest housed in December too, registered late: no shortfall at all, so nothing is left to excuse (R7).
        events.placement(town, events.coupling(town, 107, LocalDate.of(2024, 10, 20)), 107, LocalDate.of(2024, 12, 21), null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asTheProvince().get(STATE, town, JANUARY_2025).then()
                .body("liveBacklog", equalTo(0)));
        assertThat(text(letter(asTheProvince())).replaceAll("\\s+", " ")).contains("Berekend oordeel: gehaald",
                "Dit oordeel is in strijd met de cijfers van nu", "telt het berekende oordeel");
    }

    @Test
    void onlyTheProvincesOwnStaffAndOnceSentTheMunicipalityItselfReachALetter() {
        String ownMunicipality = Callers.issuer().municipality(town);
        String otherMunicipality = Callers.issuer().municipality(TestEvents.newMunicipality());
        String otherProvince = Callers.issuer().province(province.equals("PV49") ? "PV48" : "PV49");
        String rijk = Callers.issuer().rijk();

        as(ownMunicipality).get(LETTER, town, JANUARY_2025).then().statusCode(404).contentType("application/problem+json");
        as(ownMunicipality).get(STATE, town, JANUARY_2025).then().statusCode(404);
        for (String refused : new String[] {otherMunicipality, otherProvince, rijk}) {
            as(refused).get(LETTER, town, JANUARY_2025).then().statusCode(403).contentType("application/problem+json");
            as(refused).get(STATE, town, JANUARY_2025).then().statusCode(403);
        }
        for (String refused : new String[] {ownMunicipality, otherMunicipality, otherProvince, rijk}) {
            as(refused).body(Map.of("state", "REVIEWED")).post(STATES, town, JANUARY_2025).then().statusCode(403);
            as(refused).get(TEMPLATE, province).then().statusCode(403);
            as(refused).body(Map.of("template", "<html><body>{#if letter.concept}concept{/if}</body></html>"))
                    .put(TEMPLATE, province).then().statusCode(403);
        }
        asTheProvince().get(STATE, town, JANUARY_2025).then().statusCode(200).body("state", equalTo("DRAFT")).body("history", hasSize(0));

        record("REVIEWED");
        as(ownMunicipality).get(STATE, town, JANUARY_2025).then().statusCode(404);
        record("SENT");
        as(ownMunicipality).get(LETTER, town, JANUARY_2025).then().statusCode(200).contentType("application/pdf");
        as(ownMunicipality).get(STATE, town, JANUARY_2025).then().statusCode(200).body("state", equalTo("SENT"));
        as(otherMunicipality).get(LETTER, town, JANUARY_2025).then().statusCode(403);
        as(otherProvince).get(LETTER, town, JANUARY_2025).then().statusCode(403);
    }

    @Test
    void aLetterIsAboutADeadlineThatHasPassed() {
        asTheProvince().get(LETTER, town, "2025-02-01").then().statusCode(400).body("invalidParams[0].name", equalTo("deadline"));
        asTheProvince().get(LETTER, town, "2025-07-01").then().statusCode(400).body("invalidParams[0].reason", containsString("not passed"));
        asTheProvince().body(Map.of("state", "REVIEWED")).post(STATES, town, "1 januari").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("deadline"));
    }

    @Test
    void aTemplateThatDoesNotServeIsRefusedNamingItAndTheLine() {
        asTheProvince().body(Map.of("template", "<html>\n<body>\n{#if letter.concept}concept\n</body></html>")).put(TEMPLATE, province)
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("template")).body("invalidParams[0].reason", containsString("line"));
        asTheProvince().body(Map.of("template", "<html><body>{letter.noSuchThing}</body></html>")).put(TEMPLATE, province)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("template"));
        asTheProvince().body(Map.of("template", "<p>{#if letter.concept}concept{/if}</p>")).put(TEMPLATE, province)
                .then().statusCode(400).body("invalidParams[0].reason", containsString("<html>"));
        asTheProvince().body(Map.of("template", "<html><body>brief</body></html>")).put(TEMPLATE, province)
                .then().statusCode(400).body("invalidParams[0].reason", containsString("concept"));
        asTheProvince().body(Map.of("template", "<html><body>{#if letter.concept}<b>concept{/if}</body></html>")).put(TEMPLATE, province)
                .then().statusCode(400).body("invalidParams[0].reason", containsString("well-formed"));

        // Nothing beyond the letter's data: not the service's settings, beans or other templates.
        for (String reaching : new String[] {"{config:['kafka.bootstrap.servers']}", "{#let servers=config:['kafka.bootstrap.servers']}{servers}{/let}",
                "{#include dashboard/overview /}", "{#eval letter.municipalityName /}"}) {
            asTheProvince().body(Map.of("template", "<html><body>{#if letter.concept}concept{/if}\n" + reaching + "</body></html>"))
                    .put(TEMPLATE, province).then().statusCode(400)
                    .body("invalidParams[0].name", equalTo("template")).body("invalidParams[0].reason", containsString("line 2"));
        }

        asTheProvince().get(TEMPLATE, province).then().statusCode(200).body("version", equalTo(0)).body("history", hasSize(0));
    }

    @Test
    void aProvincesChangedTemplateChangesTheNextLetterAndKeepsTheHistory() throws IOException {
        // A province of its own: its changed template would change the other tests' letters and template version.
        almeloLikeIn(TestEvents.newProvince());
        String standard = asTheProvince().get(TEMPLATE, province).then().statusCode(200).extract().path("template");
        assertThat(text(letter(asTheProvince()))).contains("Geacht college,");

        String changed = standard.replace("Geacht college,", "Beste college van {letter.municipalityName},");
        asTheProvince().body(Map.of("template", changed)).put(TEMPLATE, province).then().statusCode(200)
                .body("version", equalTo(1)).body("changedBy", equalTo("supervisor-" + province))
                .body("history", hasSize(1)).body("history[0].version", equalTo(1));

        assertThat(text(letter(asTheProvince()))).contains("Beste college van Almelo " + town + ",").doesNotContain("Geacht college,");
        asTheProvince().get(TEMPLATE, province).then().body("template", equalTo(changed)).body("version", equalTo(1));
    }
}
