package nl.permitholders.supervision.dashboard;

import static io.restassured.RestAssured.given;
import static nl.permitholders.supervision.DashboardForm.CSRF_COOKIE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.DashboardForm;
import nl.permitholders.supervision.TestEvents;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import nl.permitholders.display.DutchFormat;

/**
 * The dashboard's pages in Dutch, exports with the page's numbers, the decision form guarded against CSRF, and the
 * live stream of changed municipalities. Signed in with the API's bearer tokens, which the pages accept too; the sign-in
 * through the OIDC provider's login page is DashboardInBrowserIT's (deploy/local-stack).
 */
@QuarkusTest
class DashboardTest {

    /**
     * The province of every test but the two that read the overview's totals and rows: the others read only their own
     * municipality's figures, pages and rows.
     */
    private static final String SHARED_PROVINCE = TestEvents.newProvince();

    private final TestEvents events = new TestEvents();
    private final Period current = Period.containing(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")));

    private String province;
    private String town;
    private String signedIn;

    @BeforeEach
    void aMunicipalityOfTheSharedProvince() {
        // Signed in per request: no default Authorization header.
        RestAssured.requestSpecification = null;
        aMunicipalityIn(SHARED_PROVINCE);
    }

    private void aMunicipalityIn(String province) {
        this.province = province;
        town = TestEvents.newMunicipality();
        signedIn = Callers.issuer().province(province);
        events.province(province, "Testprovincie " + province);
        events.municipality(town, "Dorp " + town, province);
        events.openingBalance(town, current.toString(), 1200);
        events.quota(town, current.toString(), 34, 1);
        UUID coupling = events.coupling(town, 4, current.firstDay());
        events.placement(town, coupling, 4, current.firstDay(), "INTERMEDIATE");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(provinceToken())
                .get("/supervision/v1/municipalities/{code}/periods/{period}", town, current.toString())
                .then().statusCode(200).body("housed", equalTo(4)).body("municipalityName", equalTo("Dorp " + town)));
    }

    private String provinceToken() {
        return signedIn;
    }

    private static io.restassured.specification.RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private JsonPath figures() {
        return as(provinceToken()).get("/supervision/v1/municipalities/{code}/periods/{period}", town, current.toString())
                .then().statusCode(200).extract().jsonPath();
    }

    /** One test rather than three: a province of its own is one of the few free codes (TestEvents.newProvince). */
    @Test
    void theStartPageLeadsToTheOverviewWhichShowsTheMunicipalityInDutchToItsProvinceOnlyAndItsRowOnItsOwn() {
        // A province of its own: the overview's figures are those of its one municipality.
        aMunicipalityIn(TestEvents.newProvince());
        as(provinceToken()).redirects().follow(false).get("/dashboard").then().statusCode(303)
                .header("Location", endsWith("/dashboard/provincies/" + province));
        // The Rijk lands on the country's page, which leads to every province.
        as(Callers.issuer().rijk()).redirects().follow(false).get("/dashboard").then().statusCode(303)
                .header("Location", endsWith("/dashboard/nederland"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(Callers.issuer().rijk()).get("/dashboard/nederland").then()
                .statusCode(200).body(containsString("/dashboard/provincies/" + province + "?periode=")));

        JsonPath f = figures();
        as(provinceToken()).get("/dashboard/provincies/{code}", province).then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"nl\">"))
                .body(containsString("Dorp " + town))
                // 1200 + 34 adjusted, with the Dutch thousands separator
                .body(containsString(">1.234<"))
                .body(containsString(">" + DutchFormat.number(f.getInt("backlog")) + "<"))
                .body(containsString(Dashboard.dutchPeriod(current)));

        given().get("/dashboard/provincies/{code}", province).then().statusCode(401);
        as(Callers.issuer().province("PV01")).get("/dashboard/provincies/{code}", province).then().statusCode(403);
        as(Callers.issuer().municipality(town)).get("/dashboard/provincies/{code}", province).then().statusCode(403);
        as(Callers.issuer().province("PV01")).get("/dashboard/gemeenten/{code}", town).then().statusCode(403);
        as(Callers.issuer().rijk()).get("/dashboard/provincies/{code}", province).then().statusCode(200);

        // The row the live update fetches when the municipality's figures change.
        as(provinceToken()).get("/dashboard/provincies/{code}/rijen/{municipality}", province, town).then().statusCode(200)
                .body(containsString("Dorp " + town)).body(containsString(">1.234<")).body(containsString("Totaal"));
        as(provinceToken()).get("/dashboard/provincies/{code}/rijen/{municipality}", province, TestEvents.newMunicipality())
                .then().statusCode(404);
    }

    /**
     * R3, splits: a municipality split over this test's town and another; of its two open couplings COA divided one to
     * the other receiver. The town's page and the province overview show the other as te verdelen, with the split
     * municipality it comes from, so province staff see it although no municipality's figures count it.
     */
    @Test
    void theCouplingsToBeDividedAfterASplitShowOnTheReceiversPageAndTheProvinceOverview() {
        String split = TestEvents.newMunicipality();
        String other = TestEvents.newMunicipality();
        events.municipality(split, "Opgesplitst " + split, province);
        events.municipality(other, "Buurdorp " + other, province);
        UUID divided = events.coupling(split, 2, current.firstDay().minusWeeks(2));
        events.coupling(split, 5, current.firstDay().minusWeeks(1));
        events.send("quota.events", split, "nl.permitholders.quota.municipality-split.v1", """
                {"splitId":"%s","municipalityCode":"%s","receivers":[{"municipalityCode":"%s","share":600},\
                {"municipalityCode":"%s","share":400}],"effectiveDate":"%s","effectivePeriod":"%s"}"""
                .formatted(UUID.randomUUID(), split, town, other, current.firstDay(), current));
        events.send("placement.events", split, "nl.permitholders.placement.coupling-divided.v1", """
                {"couplingId":"%s","municipalityCode":"%s","receivingMunicipalityCode":"%s"}""".formatted(divided, split, other));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(provinceToken())
                .get("/supervision/v1/municipalities/{code}/periods/{period}", other, current.toString()).then().statusCode(200)
                .body("coupledUnhousedPersons", equalTo(2)).body("toBeDivided[0].persons", equalTo(5)));

        String page = as(provinceToken()).get("/dashboard/gemeenten/{code}", town).then().statusCode(200).extract().asString();
        assertThat(page).contains("<table class=\"data\" id=\"te-verdelen\">", "Te verdelen koppelingen na opsplitsing",
                "Opgesplitst " + split + " (" + split + ")", "als te verdelen");
        String table = page.substring(page.indexOf("id=\"te-verdelen\""));
        table = table.substring(0, table.indexOf("</table>"));
        assertThat(table).contains(">1<", ">5<").doesNotContain(">2<");

        String overview = as(provinceToken()).get("/dashboard/provincies/{code}", province).then().statusCode(200).extract().asString();
        String listed = overview.substring(overview.indexOf("id=\"te-verdelen\""));
        listed = listed.substring(0, listed.indexOf("</table>"));
        assertThat(listed).contains("Opgesplitst " + split + " (" + split + ")", ">5<", "Dorp " + town, "Buurdorp " + other,
                "Ontvangende gemeenten in Testprovincie " + province);
        // a municipality page without a split shows no such table
        as(provinceToken()).get("/dashboard/gemeenten/{code}", split).then().statusCode(200).body(not(containsString("id=\"te-verdelen\"")));
    }

    @Test
    void thePagesMayRunOnlyTheServicesOwnScripts() {
        for (String page : List.of("/dashboard/provincies/" + province, "/dashboard/gemeenten/" + town)) {
            List<String> policies = as(provinceToken()).get(page).then().statusCode(200)
                    .extract().headers().getValues("Content-Security-Policy");
            assertThat(policies).as(page).containsExactly("default-src 'self'; script-src 'self'; object-src 'none'; "
                    + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
        }
        // The API and everything else keep theirs.
        assertThat(as(provinceToken()).get("/supervision/v1/municipalities/{code}/ladder", town)
                .then().statusCode(200).extract().headers().getValues("Content-Security-Policy")).containsExactly("frame-ancestors 'none'");
        assertThat(given().get("/q/health/live").then().extract().headers().getValues("Content-Security-Policy"))
                .containsExactly("frame-ancestors 'none'");
    }

    @Test
    void theExportsHoldTheSameNumbersAsTheApiAndThePage() throws Exception {
        // A province of its own: the exports' first row and total are those of its one municipality.
        aMunicipalityIn(TestEvents.newProvince());
        JsonPath f = figures();
        byte[] xlsx = as(provinceToken()).get("/dashboard/provincies/{code}/overzicht.xlsx", province)
                .then().statusCode(200).header("Content-Disposition", containsString(".xlsx")).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<String> headers = cells(sheet.getRow(0));
            assertThat(headers).startsWith("Gemeente", "Taakstelling", "Achterstand overgenomen", "Taakstelling inclusief achterstand",
                    "Gehuisvest", "Nog te huisvesten", "Achter op schema", "Schemakleur");
            XSSFRow row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Dorp " + town);
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(f.getInt("quota"));
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(f.getInt("carriedBacklog"));
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(1234);
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(4);
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(1230);
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(f.getInt("scheduleGap"));
            // The forecast column is the forecast API's unchanged-policy backlog at the end of the half-year.
            int forecastColumn = headers.indexOf("Prognose achterstand einde halfjaar");
            int forecast = as(provinceToken()).queryParam("until", current.toString())
                    .get("/supervision/v1/municipalities/{code}/forecast", town).then().statusCode(200).extract().jsonPath().getInt("backlog");
            assertThat(row.getCell(forecastColumn).getNumericCellValue()).isEqualTo(forecast);
            assertThat(sheet.getRow(2).getCell(forecastColumn).getNumericCellValue()).isEqualTo(forecast);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).startsWith("Totaal");
            assertThat(sheet.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(1230);
            int followUpColumn = headers.indexOf("Wacht op vervolghuisvesting");
            assertThat(row.getCell(followUpColumn).getNumericCellValue()).isEqualTo(f.getInt("personsInTemporaryHousing")).isPositive();
            assertThat(sheet.getRow(2).getCell(followUpColumn).getNumericCellValue()).isEqualTo(f.getInt("personsInTemporaryHousing"));
        }
        String csv = as(provinceToken()).get("/dashboard/provincies/{code}/overzicht.csv", province)
                .then().statusCode(200).extract().asString();
        assertThat(csv).contains("Dorp " + town + ";34;1200;1234;4;1230;" + f.getInt("scheduleGap") + ";");

        byte[] detail = as(provinceToken()).get("/dashboard/gemeenten/{code}/detail.xlsx", town)
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(detail))) {
            XSSFSheet figures = workbook.getSheetAt(0);
            assertThat(figures.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Taakstelling inclusief achterstand");
            assertThat(figures.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(1234);
            assertThat(workbook.getSheet("Waar de cijfers uit bestaan")).isNotNull();
        }
    }

    @Test
    void thePagesAndExportsSayWhetherAQuotaIsProvisionalOrFinal() throws Exception {
        String announced = TestEvents.newMunicipality();
        events.municipality(announced, "Dorp " + announced, province);
        events.provisionalQuota(announced, current.toString(), 20, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(provinceToken())
                .get("/supervision/v1/municipalities/{code}/periods/{period}", announced, current.toString())
                .then().statusCode(200).body("quotaStatus", equalTo("PROVISIONAL")));

        String overview = as(provinceToken()).get("/dashboard/provincies/{code}/overzicht.csv", province)
                .then().statusCode(200).extract().asString();
        assertThat(overview.lines().filter(l -> l.startsWith("Gemeente;"))).singleElement()
                .satisfies(header -> assertThat(header).endsWith(";Soort taakstelling"));
        assertThat(overview.lines().filter(l -> l.startsWith("Dorp " + announced + ";"))).singleElement()
                .satisfies(line -> assertThat(line).endsWith(";voorlopig"));
        assertThat(overview.lines().filter(l -> l.startsWith("Dorp " + town + ";"))).singleElement()
                .satisfies(line -> assertThat(line).endsWith(";definitief"));
        assertThat(overview.lines().filter(l -> l.startsWith("Totaal"))).singleElement()
                .satisfies(line -> assertThat(line).endsWith(";voorlopig"));

        String detail = as(provinceToken()).get("/dashboard/gemeenten/{code}/detail.csv", announced)
                .then().statusCode(200).extract().asString();
        assertThat(detail).contains("Taakstelling (voorlopig);20", "taakstelling: voorlopig",
                "Prognose achterstand einde halfjaar (huidig tempo, op voorlopige taakstelling)");
        as(provinceToken()).get("/dashboard/gemeenten/{code}", town).then().statusCode(200)
                .body(containsString("Taakstelling (definitief)"));
    }

    @Test
    void theDetailCountsWaitingPersonsByTheHouseholdTypeTheirCouplingEventsCarry() throws Exception {
        int waitingBefore = figures().getInt("coupledUnhousedPersons");
        events.coupling(town, 1, current.firstDay());
        UUID family = events.coupling(town, 3, current.firstDay());
        events.couplingCorrected(town, family, 5, current.firstDay());
        await().atMost(Duration.ofSeconds(30)).until(() -> figures().getInt("coupledUnhousedPersons") == waitingBefore + 6);

        byte[] detail = as(provinceToken()).get("/dashboard/gemeenten/{code}/detail.xlsx", town)
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(detail))) {
            XSSFSheet waiting = null;
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                if ("Huishoudtype".equals(workbook.getSheetAt(i).getRow(0).getCell(0).getStringCellValue())) {
                    waiting = workbook.getSheetAt(i);
                }
            }
            assertThat(waiting).as("a sheet of waiting couplings by household type").isNotNull();
            // The single waits alone; the family was corrected to 5 persons; the set-up's family of 4 is housed.
            assertThat(cells(waiting.getRow(1))).first().isEqualTo("Alleenstaande");
            assertThat(cells(waiting.getRow(1))).last().isEqualTo("1");
            assertThat(cells(waiting.getRow(2))).first().isEqualTo("Gezin (meerpersoonshuishouden)");
            assertThat(cells(waiting.getRow(2))).last().isEqualTo("5");
            assertThat(cells(waiting.getRow(3))).first().isEqualTo("Totaal");
            assertThat(cells(waiting.getRow(3))).last().isEqualTo("6");
        }
    }

    @Test
    void aDecisionFromTheFormIsRecordedInTheNameOfTheSignedInCallerAndOnlyFromTheDashboardItself() {
        String origin = "http://localhost:" + RestAssured.port;
        io.restassured.response.Response opened = as(provinceToken()).get("/dashboard/gemeenten/{code}", town);
        opened.then().statusCode(200)
                .body(containsString("Besluit vastleggen")).body(containsString("Waar komen deze cijfers vandaan?"));
        DashboardForm tokens = DashboardForm.of(opened);
        String formToken = tokens.formToken();
        String cookieToken = tokens.cookieToken();
        assertThat(cookieToken).as("the page sets the CSRF cookie").isEqualTo(formToken);
        assertThat(opened.getDetailedCookie(CSRF_COOKIE).isHttpOnly()).isTrue();
        as(Callers.issuer().rijk()).get("/dashboard/gemeenten/{code}", town).then().statusCode(200)
                .body(not(containsString("Besluit vastleggen")));
        String yesterday = LocalDate.now().minusDays(1).toString();

        // Being signed in is not enough: a form posted from another site, or without the page's token, is refused.
        decision(provinceToken(), formToken, cookieToken).formParam("trede", "SIGNAL").formParam("besloten-op", yesterday)
                .formParam("reden", "x").header("Origin", "https://elders.example.org")
                .post("/dashboard/gemeenten/{code}/trede-besluiten", town).then().statusCode(403);
        decision(provinceToken(), null, cookieToken).formParam("trede", "SIGNAL").formParam("besloten-op", yesterday)
                .formParam("reden", "x").header("Origin", origin)
                .post("/dashboard/gemeenten/{code}/trede-besluiten", town).then().statusCode(400);
        decision(provinceToken(), formToken, null).formParam("trede", "SIGNAL").formParam("besloten-op", yesterday)
                .formParam("reden", "x").header("Origin", origin)
                .post("/dashboard/gemeenten/{code}/trede-besluiten", town).then().statusCode(400);
        decision(provinceToken(), "bedacht", cookieToken).formParam("trede", "SIGNAL").formParam("besloten-op", yesterday)
                .formParam("reden", "x").header("Origin", origin)
                .post("/dashboard/gemeenten/{code}/trede-besluiten", town).then().statusCode(400);
        decision(provinceToken(), formToken, cookieToken).formParam("trede", "SIGNAL")
                .formParam("besloten-op", LocalDate.now().plusDays(3).toString()).formParam("reden", "x").header("Origin", origin)
                .post("/dashboard/gemeenten/{code}/trede-besluiten", town).then().statusCode(303)
                .header("Location", containsString("fout=toekomst"));
        decision(provinceToken(), formToken, cookieToken).formParam("trede", "SIGNAL").formParam("besloten-op", "0025-03-01")
                .formParam("reden", "x").header("Origin", origin)
                .post("/dashboard/gemeenten/{code}/trede-besluiten", town).then().statusCode(303)
                .header("Location", containsString("fout=datum"));
        decision(provinceToken(), formToken, cookieToken).formParam("trede", "SIGNAL").formParam("besloten-op", yesterday)
                .formParam("reden", "sig\u0000naal").header("Origin", origin)
                .post("/dashboard/gemeenten/{code}/trede-besluiten", town).then().statusCode(303)
                .header("Location", containsString("fout=reden"));

        // An opaque origin ("null", what a browser sends under Referrer-Policy no-referrer) is refused even with the token:
        // hence the dashboard's pages have Referrer-Policy same-origin, and the browser names their own origin.
        decision(provinceToken(), formToken, cookieToken).formParam("trede", "SIGNAL").formParam("besloten-op", yesterday)
                .formParam("reden", "x").header("Origin", "null")
                .post("/dashboard/gemeenten/{code}/trede-besluiten", town).then().statusCode(403);
        as(provinceToken()).get("/dashboard/gemeenten/{code}", town).then()
                .header("Referrer-Policy", "same-origin");
        as(provinceToken()).get("/supervision/v1/municipalities/{code}/ladder", town).then()
                .header("Referrer-Policy", "no-referrer");

        decision(provinceToken(), formToken, cookieToken).formParam("trede", "SIGNAL").formParam("besloten-op", yesterday)
                .formParam("reden", "signaal na achterstand").header("Origin", origin)
                .post("/dashboard/gemeenten/{code}/trede-besluiten", town).then().statusCode(303)
                .header("Location", containsString("besluit=vastgelegd"));
        as(provinceToken()).get("/supervision/v1/municipalities/{code}/ladder", town).then().statusCode(200)
                .body("currentStage", equalTo("SIGNAL"))
                .body("decisions[0].decidedBy", equalTo("supervisor-" + province))
                .body("decisions[0].reason", equalTo("signaal na achterstand"));
        as(provinceToken()).get("/dashboard/gemeenten/{code}?besluit=vastgelegd", town).then().statusCode(200)
                .body(containsString("Het besluit is vastgelegd.")).body(containsString("supervisor-" + province))
                .body(containsString("signaal na achterstand"));

        // The Rijk may look but not decide.
        decision(Callers.issuer().rijk(), formToken, cookieToken).formParam("trede", "SIGNAL")
                .formParam("besloten-op", LocalDate.now().toString()).formParam("reden", "x").header("Origin", origin)
                .post("/dashboard/gemeenten/{code}/trede-besluiten", town).then().statusCode(403);
    }

    /** The decision form as a browser posts it: the CSRF token in the form and its cookie, either left out when null. */
    private static io.restassured.specification.RequestSpecification decision(String token, String formToken, String cookieToken) {
        return DashboardForm.posted(as(token), formToken, cookieToken);
    }

    @Test
    void theLiveStreamNamesAMunicipalityWhoseFiguresChanged() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/dashboard/provincies/" + province + "/wijzigingen"))
                .header("Authorization", "Bearer " + provinceToken()).header("Accept", "text/event-stream").build();
        CompletableFuture<HttpResponse<java.util.stream.Stream<String>>> stream = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        HttpResponse<java.util.stream.Stream<String>> response = stream.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        Thread reader = new Thread(() -> {
            try {
                response.body().forEach(lines::add);
            } catch (RuntimeException closed) {
                // the test closed the stream
            }
        }, "sse-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains("event:verbonden") || lines.contains("event: verbonden"));
            UUID coupling = events.coupling(town, 2, current.firstDay());
            events.placement(town, coupling, 2, current.firstDay(), null);
            await().atMost(Duration.ofSeconds(30)).until(() -> lines.stream().anyMatch(l -> l.replace(" ", "").equals("data:" + town)));
        } finally {
            // Closes the connection: a stream left open holds the service's graceful shutdown for its whole timeout.
            response.body().close();
        }
    }

    private static List<String> cells(XSSFRow row) {
        DataFormatter format = new DataFormatter();
        List<String> cells = new java.util.ArrayList<>();
        row.forEach(c -> cells.add(format.formatCellValue(c)));
        return cells;
    }

    @SuppressWarnings("unused")
    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
