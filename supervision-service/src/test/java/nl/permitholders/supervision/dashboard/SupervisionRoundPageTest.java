package nl.permitholders.supervision.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.DashboardForm;
import nl.permitholders.supervision.FixedDay;
import nl.permitholders.supervision.TestEvents;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The supervision round's page of the dashboard (docs/supervision-round.md): every municipality of the province with
 * the state of its judgement letter, each letter and all of them as one zip to download, and a form per line that
 * records a state as the API does. Only the province's own staff download and record; the Rijk reads the page.
 */
@QuarkusTest
class SupervisionRoundPageTest {

    private static final String JANUARY_2025 = "2025-01-01";
    private static final String ROUND = "/dashboard/provincies/{code}/toezichtronde";
    private static final String ZIP = ROUND + "/brieven.zip";
    private static final String LETTER = "/dashboard/gemeenten/{code}/brieven/{deadline}";
    private static final String FORM = LETTER + "/staten";
    private static final String SENT_LETTER = "/dashboard/gemeenten/{code}/verzonden-brieven/{deadline}";
    private static final String API_STATE = "/supervision/v1/municipalities/{code}/letters/{deadline}/state";
    /** The province of every test but the one that downloads all its letters: they read only their own municipalities' lines. */
    private static final String SHARED_PROVINCE = TestEvents.newProvince();

    private final TestEvents events = new TestEvents();

    private String province;
    private String town;
    private String neighbour;

    @BeforeEach
    void twoMunicipalitiesOnTheFifteenthOfMarch2025() {
        // Signed in per request: no default Authorization header.
        RestAssured.requestSpecification = null;
        FixedDay.install(LocalDate.of(2025, 3, 15));
        twoMunicipalitiesIn(SHARED_PROVINCE);
    }

    private void twoMunicipalitiesIn(String province) {
        this.province = province;
        town = TestEvents.newMunicipality();
        neighbour = TestEvents.newMunicipality();
        events.province(province, "Provincie " + province);
        // Almelo's figures: 117 behind on 1 January 2025.
        events.municipality(town, "Almelo " + town, province);
        events.openingBalance(town, "2024-H1", 52);
        events.quota(town, "2024-H1", 78, 1);
        events.quota(town, "2024-H2", 70, 1);
        UUID coupling = events.coupling(town, 90, LocalDate.of(2024, 1, 8));
        events.placement(town, coupling, 40, LocalDate.of(2024, 3, 14), null);
        events.placement(town, coupling, 43, LocalDate.of(2024, 11, 20), null);
        events.municipality(neighbour, "Buurdorp " + neighbour, province);
        events.openingBalance(neighbour, "2024-H2", 10);
        events.quota(neighbour, "2024-H2", 20, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            asTheProvince().get(API_STATE, town, JANUARY_2025).then().statusCode(200).body("liveBacklog", equalTo(117));
            asTheProvince().get(API_STATE, neighbour, JANUARY_2025).then().statusCode(200).body("liveBacklog", equalTo(30));
        });
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private RequestSpecification asTheProvince() {
        return as(Callers.issuer().province(province));
    }

    private void record(String municipality, String state) {
        asTheProvince().contentType(ContentType.JSON).body(Map.of("state", state))
                .post("/supervision/v1/municipalities/{code}/letters/{deadline}/states", municipality, JANUARY_2025)
                .then().statusCode(201);
    }

    /** The cells of a municipality's line of the round page, as text. */
    private static List<String> line(String page, String municipality) {
        Matcher row = Pattern.compile("<tr data-key=\"" + municipality + "\"[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(page);
        assertThat(row.find()).as("the line of %s", municipality).isTrue();
        List<String> cells = new ArrayList<>();
        Matcher cell = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL).matcher(row.group(1));
        while (cell.find()) {
            cells.add(cell.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip());
        }
        return cells;
    }

    private static List<String> linesOf(String page) {
        List<String> keys = new ArrayList<>();
        Matcher key = Pattern.compile("<tr data-key=\"([^\"]+)\"").matcher(page);
        while (key.find()) {
            keys.add(key.group(1));
        }
        return keys;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void theRoundListsEveryMunicipalityWithItsLettersStateAuthorAndDateAndIsLinkedFromTheOverview() {
        asTheProvince().get("/dashboard/provincies/{code}", province).then().statusCode(200)
                .body(containsString("href=\"/dashboard/provincies/" + province + "/toezichtronde\""));
        record(town, "REVIEWED");

        // Without a deadline: the last one passed.
        String page = asTheProvince().get(ROUND, province).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("toezichtronde over de peildatum 1 januari 2025"))
                .body(containsString("<option value=\"2025-01-01\" selected>1 januari 2025</option>"))
                .body(containsString("<option value=\"2024-07-01\">1 juli 2024</option>"))
                // A deadline not passed yet is not offered.
                .body(not(containsString("2025-07-01")))
                .body(containsString("href=\"/dashboard/provincies/" + province + "/toezichtronde/brieven.zip?peildatum=2025-01-01\""))
                .extract().asString();
        assertThat(line(page, town)).startsWith("Almelo " + town, "nagekeken", "supervisor-" + province, "15 maart 2025", "PDF");
        assertThat(line(page, town).get(5)).contains("Terug naar concept", "Verzonden").doesNotContain("Nagekeken");
        assertThat(line(page, neighbour)).startsWith("Buurdorp " + neighbour, "concept", "", "", "PDF");
        assertThat(line(page, neighbour).get(5)).isEqualTo("Nagekeken");
        assertThat(page).contains("href=\"/dashboard/gemeenten/" + town + "/brieven/2025-01-01\"");

        // An older deadline: nothing recorded about it.
        String older = asTheProvince().queryParam("peildatum", "2024-07-01").get(ROUND, province).then().statusCode(200)
                .body(containsString("<option value=\"2024-07-01\" selected>1 juli 2024</option>")).extract().asString();
        assertThat(line(older, town)).startsWith("Almelo " + town, "concept");

        asTheProvince().queryParam("peildatum", "2025-02-01").get(ROUND, province).then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams[0].name", equalTo("peildatum"));
        asTheProvince().queryParam("peildatum", "2025-07-01").get(ROUND, province).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("peildatum"));
    }

    @Test
    void aLetterDownloadsAsThePdfTheApiGives() throws Exception {
        Response download = asTheProvince().get(LETTER, town, JANUARY_2025);
        download.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", equalTo("attachment; filename=\"" + town + "-2025-01-01.pdf\""));
        byte[] pdf = download.asByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(text(pdf)).contains("CONCEPT", "Almelo " + town, "Achterstand op 1 januari 2025 117");

        asTheProvince().get(LETTER, town, "2025-07-01").then().statusCode(400).body("invalidParams[0].name", equalTo("deadline"));
    }

    @Test
    void allLettersComeAsOneZipTheSentOneAsItWasSentTheOthersAsConcept() throws Exception {
        // A province of its own: the zip holds a letter for every municipality of the province.
        twoMunicipalitiesIn(TestEvents.newProvince());
        record(town, "REVIEWED");
        record(town, "SENT");
        String sentHash = asTheProvince().get(API_STATE, town, JANUARY_2025).then().statusCode(200).extract().path("sent.sha256");
        List<String> onThePage = linesOf(asTheProvince().get(ROUND, province).then().statusCode(200).extract().asString());

        Response download = asTheProvince().queryParam("peildatum", JANUARY_2025).get(ZIP, province);
        download.then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", equalTo("attachment; filename=\"brieven-" + province + "-2025-01-01.zip\""));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(download.asByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }

        // A letter for every municipality on the page, named as its own download is.
        assertThat(entries.keySet()).containsExactlyElementsOf(onThePage.stream().map(code -> code + "-2025-01-01.pdf").toList());
        assertThat(entries).containsKeys(town + "-2025-01-01.pdf", neighbour + "-2025-01-01.pdf");
        byte[] sent = entries.get(town + "-2025-01-01.pdf");
        assertThat(sha256(sent)).isEqualTo(sentHash);
        assertThat(text(sent)).doesNotContain("CONCEPT").contains("Achterstand op 1 januari 2025 117");
        byte[] concept = entries.get(neighbour + "-2025-01-01.pdf");
        assertThat(new String(concept, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(text(concept)).contains("CONCEPT", "Buurdorp " + neighbour);
        assertThat(text(concept)).isEqualTo(text(asTheProvince().get(LETTER, neighbour, JANUARY_2025).then().statusCode(200)
                .extract().asByteArray()));
    }

    @Test
    void theFormRecordsAStateAsTheApiDoesInTheSignedInNameAndOnlyFromTheDashboardItself() {
        String origin = "http://localhost:" + RestAssured.port;
        Response opened = asTheProvince().get(ROUND, province);
        DashboardForm tokens = DashboardForm.of(opened);
        String formToken = tokens.formToken();
        String cookieToken = tokens.cookieToken();
        assertThat(cookieToken).as("the page sets the CSRF cookie").isEqualTo(formToken);
        String staff = Callers.issuer().province(province);

        form(staff, formToken, cookieToken).formParam("staat", "REVIEWED").header("Origin", "https://elders.example.org")
                .post(FORM, town, JANUARY_2025).then().statusCode(403);
        form(staff, null, cookieToken).formParam("staat", "REVIEWED").header("Origin", origin)
                .post(FORM, town, JANUARY_2025).then().statusCode(400);
        form(staff, "bedacht", cookieToken).formParam("staat", "REVIEWED").header("Origin", origin)
                .post(FORM, town, JANUARY_2025).then().statusCode(400);
        form(staff, formToken, cookieToken).formParam("staat", "VERSTUURD").header("Origin", origin)
                .post(FORM, town, JANUARY_2025).then().statusCode(303)
                .header("Location", containsString("/dashboard/provincies/" + province + "/toezichtronde?peildatum=2025-01-01&fout=staat"));
        form(staff, formToken, cookieToken).formParam("staat", "SENT").header("Origin", origin)
                .post(FORM, town, JANUARY_2025).then().statusCode(303).header("Location", containsString("fout=volgorde"));
        asTheProvince().get(API_STATE, town, JANUARY_2025).then().body("state", equalTo("DRAFT")).body("history.size()", equalTo(0));
        asTheProvince().queryParam("peildatum", JANUARY_2025).queryParam("fout", "volgorde").get(ROUND, province).then().statusCode(200)
                .body(containsString("Een brief wordt pas verzonden als hij is nagekeken"));

        form(staff, formToken, cookieToken).formParam("staat", "REVIEWED").header("Origin", origin)
                .post(FORM, town, JANUARY_2025).then().statusCode(303)
                .header("Location", containsString("/dashboard/provincies/" + province + "/toezichtronde?peildatum=2025-01-01&staat=vastgelegd"));
        form(staff, formToken, cookieToken).formParam("staat", "SENT").header("Origin", origin)
                .post(FORM, town, JANUARY_2025).then().statusCode(303).header("Location", containsString("staat=vastgelegd"));
        asTheProvince().get(API_STATE, town, JANUARY_2025).then().statusCode(200).body("state", equalTo("SENT"))
                .body("history.state", equalTo(List.of("REVIEWED", "SENT")))
                .body("history[1].changedBy", equalTo("supervisor-" + province))
                .body("sent.backlog", equalTo(117)).body("sent.sentBy", equalTo("supervisor-" + province));
        // A sent letter stays sent: the page says so and offers no form for it.
        form(staff, formToken, cookieToken).formParam("staat", "DRAFT").header("Origin", origin)
                .post(FORM, town, JANUARY_2025).then().statusCode(303).header("Location", containsString("fout=volgorde"));
        String after = asTheProvince().queryParam("peildatum", JANUARY_2025).queryParam("staat", "vastgelegd").get(ROUND, province)
                .then().statusCode(200).body(containsString("De staat van de brief is vastgelegd.")).extract().asString();
        // A sent letter stays as it was sent; the one step left is to write a corrected letter beside it.
        assertThat(line(after, town)).startsWith("Almelo " + town, "verzonden", "supervisor-" + province, "15 maart 2025", "PDF",
                "Verbeterde brief schrijven");

        // Another province's staff, the municipality and the Rijk record nothing, even with the page's token.
        for (String refused : new String[] {Callers.issuer().province(province.equals("PV49") ? "PV48" : "PV49"),
                Callers.issuer().municipality(neighbour), Callers.issuer().rijk()}) {
            form(refused, formToken, cookieToken).formParam("staat", "REVIEWED").header("Origin", origin)
                    .post(FORM, neighbour, JANUARY_2025).then().statusCode(403);
        }
        asTheProvince().get(API_STATE, neighbour, JANUARY_2025).then().body("history.size()", equalTo(0));
    }

    /** The state form as a browser posts it: the CSRF token in the form (left out when null) and its cookie. */
    private static RequestSpecification form(String token, String formToken, String cookieToken) {
        return DashboardForm.posted(as(token), formToken, cookieToken);
    }

    @Test
    void theMunicipalityReadsItsLetterOnItsOwnPageOnceSentAsItWasSentAndNotBefore() throws Exception {
        String municipality = Callers.issuer().municipality(town);
        as(municipality).get(SENT_LETTER, town, JANUARY_2025).then().statusCode(404);
        as(municipality).get("/dashboard/gemeenten/{code}", town).then().statusCode(200)
                .body(containsString("De provincie heeft nog geen oordeelsbrief aan deze gemeente verzonden."));
        record(town, "REVIEWED");
        record(town, "SENT");
        String sentHash = asTheProvince().get(API_STATE, town, JANUARY_2025).then().statusCode(200).extract().path("sent.sha256");

        byte[] pdf = as(municipality).get(SENT_LETTER, town, JANUARY_2025).then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        assertThat(sha256(pdf)).isEqualTo(sentHash);
        as(municipality).get("/dashboard/gemeenten/{code}", town).then().statusCode(200)
                .body(containsString("href=\"/dashboard/gemeenten/" + town + "/verzonden-brieven/2025-01-01\""))
                .body(containsString("Oordeelsbrief over de peildatum 1 januari 2025 (PDF)"));
        // Another municipality's letter is not its to read; the concept stays the province's.
        as(Callers.issuer().municipality(neighbour)).get(SENT_LETTER, town, JANUARY_2025).then().statusCode(403);
        as(municipality).get(LETTER, town, JANUARY_2025).then().statusCode(403);
    }

    @Test
    void onlyTheProvincesOwnStaffDownloadTheLettersAndTheRijkOnlyReadsTheStates() {
        String otherProvince = Callers.issuer().province(province.equals("PV49") ? "PV48" : "PV49");
        String municipality = Callers.issuer().municipality(town);
        String rijk = Callers.issuer().rijk();

        given().get(ROUND, province).then().statusCode(401);
        given().get(ZIP, province).then().statusCode(401);
        given().get(LETTER, town, JANUARY_2025).then().statusCode(401);
        for (String refused : new String[] {otherProvince, municipality}) {
            as(refused).get(ROUND, province).then().statusCode(403);
            as(refused).get(ZIP, province).then().statusCode(403);
            as(refused).get(LETTER, town, JANUARY_2025).then().statusCode(403);
        }
        as(rijk).get(ZIP, province).then().statusCode(403);
        as(rijk).get(LETTER, town, JANUARY_2025).then().statusCode(403);

        String page = as(rijk).get(ROUND, province).then().statusCode(200).extract().asString();
        assertThat(line(page, town)).containsExactly("Almelo " + town, "concept", "", "");
        assertThat(page).doesNotContain("brieven.zip", "/brieven/2025-01-01", "<form method=\"post\"");
    }
}
