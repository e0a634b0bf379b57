package nl.permitholders.supervision.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.DashboardForm;
import nl.permitholders.supervision.TestEvents;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import nl.permitholders.display.DutchFormat;

/**
 * The supervision regime the province recorded, on the dashboard: beside the schedule colour in the overview and its
 * exports, and on the detail page with its date, reason, author and history, and a form to record one.
 */
@QuarkusTest
class RegimeOnTheDashboardTest {

    private static final String REGIME = "/supervision/v1/municipalities/{code}/supervision-regime";

    private final TestEvents events = new TestEvents();
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    private String province;
    private String town;

    @BeforeEach
    void aMunicipalityOfAProvince() {
        RestAssured.requestSpecification = null;
        province = TestEvents.newProvince();
        town = TestEvents.newMunicipality();
        events.province(province, "Testprovincie " + province);
        events.municipality(town, "Dorp " + town, province);
        events.openingBalance(town, Period.containing(today).toString(), 1200);
        events.quota(town, Period.containing(today).toString(), 34, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> signedIn()
                .get("/supervision/v1/municipalities/{code}/periods/{period}", town, Period.containing(today).toString())
                .then().statusCode(200).body("municipalityName", equalTo("Dorp " + town)));
    }

    private RequestSpecification signedIn() {
        return given().header("Authorization", Callers.as(Callers.issuer().province(province)));
    }

    private static String element(String html, String id) {
        Matcher matcher = Pattern.compile("id=\"" + id + "\">(.*?)</dd>").matcher(html);
        assertThat(matcher.find()).as(id).isTrue();
        return matcher.group(1);
    }

    private void recorded(String regime, LocalDate on, String reason) {
        signedIn().contentType(ContentType.JSON).body(Map.of("regime", regime, "decidedOn", on.toString(), "reason", reason))
                .post(REGIME, town).then().statusCode(201);
    }

    @Test
    void theDetailPageShowsTheRegimeInForceWithDateReasonAuthorAndHistory() {
        String before = signedIn().get("/dashboard/gemeenten/{code}", town).then().statusCode(200).extract().asString();
        assertThat(element(before, "regime-nu")).isEqualTo("geen regime vastgelegd");

        recorded("MEDIUM", today.minusDays(40), "achterstand loopt op; ambtelijk gesprek");
        recorded("HIGH", today.minusDays(5), "geen verbetering; bestuurlijk gesprek");
        String html = signedIn().get("/dashboard/gemeenten/{code}", town).then().statusCode(200).extract().asString();

        assertThat(element(html, "regime-nu")).isEqualTo("hoog (rood)");
        assertThat(element(html, "regime-sinds")).isEqualTo(DutchFormat.date(today.minusDays(5)));
        assertThat(element(html, "regime-waarom")).isEqualTo("geen verbetering; bestuurlijk gesprek");
        assertThat(element(html, "regime-door")).isEqualTo("supervisor-" + province);
        assertThat(html).contains("Besluiten toezichtregime", "midden (oranje)", "achterstand loopt op; ambtelijk gesprek",
                "Toezichtregime vastleggen", "<option value=\"LOW\">laag (groen)</option>");
        // The Rijk sees the regime but has no form to record one.
        given().header("Authorization", Callers.as(Callers.issuer().rijk())).get("/dashboard/gemeenten/{code}", town).then()
                .statusCode(200).body(containsString("hoog (rood)")).body(org.hamcrest.Matchers.not(containsString("Toezichtregime vastleggen")));
    }

    @Test
    void theOverviewAndItsExportsShowTheRecordedRegimeBesideTheScheduleColour() throws Exception {
        recorded("LOW", today.minusDays(3), "op schema");

        String html = signedIn().get("/dashboard/provincies/{code}", province).then().statusCode(200).extract().asString();
        assertThat(html).contains("<td class=\"schemakleur schemakleur-rood\"", "<td class=\"regime regime-low\"");
        assertThat(html).contains(">Schemakleur<", ">Toezichtregime<");

        String csv = signedIn().get("/dashboard/provincies/{code}/overzicht.csv", province).then().statusCode(200).extract().asString();
        assertThat(csv).contains(";rood;laag (groen);");
        byte[] xlsx = signedIn().get("/dashboard/provincies/{code}/overzicht.xlsx", province).then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            XSSFRow headers = sheet.getRow(0);
            assertThat(headers.getCell(7).getStringCellValue()).isEqualTo("Schemakleur");
            assertThat(headers.getCell(8).getStringCellValue()).isEqualTo("Toezichtregime");
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("laag (groen)");
        }
    }

    @Test
    void theFormRecordsTheRegimeInTheSignedInNameAndRefusesABadReasonStoringNothing() {
        String origin = "http://localhost:" + RestAssured.port;
        io.restassured.response.Response opened = signedIn().get("/dashboard/gemeenten/{code}", town);
        DashboardForm tokens = DashboardForm.of(opened);
        String formToken = tokens.formToken();
        String cookieToken = tokens.cookieToken();

        for (List<String> bad : List.of(List.of("EXTREEM", today.toString(), "reden", "fout=regime"),
                List.of("HIGH", today.plusDays(1).toString(), "reden", "fout=toekomst"),
                List.of("HIGH", "0025-03-01", "reden", "fout=datum"),
                List.of("HIGH", today.toString(), "x".repeat(501), "fout=regime-reden"),
                List.of("HIGH", today.toString(), "  ", "fout=regime-reden"))) {
            form(formToken, cookieToken).formParam("regime", bad.get(0)).formParam("besloten-op", bad.get(1))
                    .formParam("reden", bad.get(2)).header("Origin", origin)
                    .post("/dashboard/gemeenten/{code}/regime-besluiten", town).then().statusCode(303)
                    .header("Location", containsString(bad.get(3)));
        }
        signedIn().queryParam("fout", "regime-reden").get("/dashboard/gemeenten/{code}", town).then().statusCode(200)
                .body(containsString("Vul de reden van het toezichtregime in (hoogstens 500 tekens)."));
        // Without the page's CSRF token the form is refused.
        form(null, cookieToken).formParam("regime", "HIGH").formParam("besloten-op", today.toString())
                .formParam("reden", "reden").header("Origin", origin)
                .post("/dashboard/gemeenten/{code}/regime-besluiten", town).then().statusCode(400);
        signedIn().get(REGIME, town).then().statusCode(200).body("decisions", hasSize(0));

        form(formToken, cookieToken).formParam("regime", "MEDIUM").formParam("besloten-op", today.toString())
                .formParam("reden", "ambtelijk gesprek gepland").header("Origin", origin)
                .post("/dashboard/gemeenten/{code}/regime-besluiten", town).then().statusCode(303)
                .header("Location", containsString("besluit=regime-vastgelegd"));
        signedIn().get(REGIME, town).then().statusCode(200)
                .body("current.regime", equalTo("MEDIUM")).body("current.decidedBy", equalTo("supervisor-" + province))
                .body("current.reason", equalTo("ambtelijk gesprek gepland"));
        signedIn().get("/dashboard/gemeenten/{code}?besluit=regime-vastgelegd", town).then().statusCode(200)
                .body(containsString("Het toezichtregime is vastgelegd.")).body(containsString("midden (oranje)"));
    }

    private RequestSpecification form(String formToken, String cookieToken) {
        return DashboardForm.posted(signedIn(), formToken, cookieToken);
    }
}
