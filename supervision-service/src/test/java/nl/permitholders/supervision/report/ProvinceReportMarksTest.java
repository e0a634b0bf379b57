package nl.permitholders.supervision.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.FixedDay;
import nl.permitholders.supervision.TestEvents;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The province's report says what counts (R1, the province's verdict): a quota still provisional is marked as such, and
 * a province's verdict that a late correction put at odds with R7 is shown with that mark, beside the verdict that counts.
 * A province of its own, on 15 March 2025.
 */
@QuarkusTest
class ProvinceReportMarksTest {

    private static final String REPORT = "/supervision/v1/provinces/{code}/reports/{deadline}";
    private static final String PROVINCE = TestEvents.newProvince();

    private final TestEvents events = new TestEvents();

    @BeforeEach
    void onTheFifteenthOfMarch2025() {
        Callers.theRijkByDefault();
        FixedDay.install(LocalDate.of(2025, 3, 15));
    }

    private static RequestSpecification asTheProvince() {
        return given().header("Authorization", Callers.as(Callers.issuer().province(PROVINCE))).contentType(ContentType.JSON);
    }

    private static String pdfText() throws IOException {
        byte[] pdf = asTheProvince().accept("application/pdf").get(REPORT, PROVINCE, "2025-01-01").then().statusCode(200)
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aProvisionalQuotaAndAProvinceVerdictAtOddsWithR7AreMarked() throws IOException {
        String town = TestEvents.newMunicipality();
        events.province(PROVINCE, "Provincie " + PROVINCE);
        events.municipality(town, "Voorlopig " + town, PROVINCE);
        // The Rijk's provisional 30 for 2024-H2, all coupled before the reference date, 10 housed: 20 behind, not met.
        events.provisionalQuota(town, "2024-H2", 30, 1);
        events.placement(town, events.coupling(town, 30, LocalDate.of(2024, 8, 1)), 10, LocalDate.of(2024, 11, 1), null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asTheProvince()
                .get("/supervision/v1/municipalities/{code}/periods/2024-H2", town).then().statusCode(200)
                .body("backlog", equalTo(20)).body("quotaStatus", equalTo("PROVISIONAL")));
        asTheProvince().body(Map.of("verdict", "NOT_MET", "grounds", "geen inhaalplan", "decidedOn", "2025-01-20"))
                .post("/supervision/v1/municipalities/{code}/verdicts/{deadline}/province-verdict", town, "2025-01-01")
                .then().statusCode(201);

        // Beside the system's backlog (20) the position judged at the deadline (20: no figure of COA's adopted)
        assertThat(pdfText()).contains("Voorlopig " + town + " 0 30 (voorlopig) 0 30 10 20 20 niet gehaald niet gehaald",
                "Totaal 0 30 (voorlopig)").doesNotContain("in strijd met de cijfers van nu;");

        // The other 20 housed in December, registered late: no shortfall at 1 January 2025 after all.
        events.placement(town, events.coupling(town, 20, LocalDate.of(2024, 11, 1)), 20, LocalDate.of(2024, 12, 15), null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asTheProvince()
                .get("/supervision/v1/municipalities/{code}/periods/2024-H2", town).then().body("backlog", equalTo(0)));

        assertThat(pdfText()).contains("Voorlopig " + town + " 0 30 (voorlopig) 0 30 30 0 0 gehaald (oordeel van de provincie in strijd "
                + "met de cijfers van nu; het berekende telt) gehaald");
        byte[] workbook = asTheProvince().accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .get(REPORT, PROVINCE, "2025-01-01").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet municipalities = book.getSheetAt(0);
            Row line = municipalities.getRow(1);
            assertThat(line.getCell(0).getStringCellValue()).isEqualTo(town);
            assertThat(line.getCell(ProvinceReportTables.MUNICIPALITY_HEADERS.indexOf("Oordeel")).getStringCellValue())
                    .isEqualTo("gehaald (oordeel van de provincie in strijd met de cijfers van nu; het berekende telt)");
        }
    }
}
