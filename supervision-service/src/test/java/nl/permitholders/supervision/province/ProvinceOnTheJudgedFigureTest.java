package nl.permitholders.supervision.province;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.permitholders.supervision.Callers;
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
 * docs/domain.md, re-anchoring: a province's totals, standings, timeline, report and letters rest on the figure it judges,
 * COA's end position where it adopted it at the deadline, with the system's own arithmetic and the difference beside it
 * (Overijssel's letter of 11 July 2024 quotes the province at −679: the sum of COA's positions). A province of its own
 * with four municipalities in 2025-I: A housed its quota by the system's figures where COA says 3 behind; B is 10
 * behind by both; C is 5 ahead by the system's figures where COA says 2 ahead; D housed its quota where COA says 4
 * behind. The province reads the lines that differ (A, C and D) and adopts A's alone, leaving the others: the province
 * stands at 3 + 10 − 5 + 0 = 8 judged, 5 by its own arithmetic. Then it confirms C's and D's in one step: 15, COA's sum.
 * Through REST, on events from the real broker.
 */
@QuarkusTest
class ProvinceOnTheJudgedFigureTest {

    private static final String PROVINCE_ADOPTIONS = "/supervision/v1/provinces/{code}/coa-position-adoptions";
    private static final String DIFFERENCES = PROVINCE_ADOPTIONS + "/{deadline}/differences";
    private static final String OVERVIEW = "/supervision/v1/provinces/{code}/periods/2025-H1";

    private final TestEvents events = new TestEvents();

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    private static RequestSpecification asStaff(String province) {
        return given().header("Authorization", Callers.as(Callers.issuer().province(province))).contentType(ContentType.JSON);
    }

    private record Province(String code, String a, String b, String c, String d) {
    }

    private Province threeMunicipalitiesWithCoasFile() {
        Province p = new Province(TestEvents.newProvince(), TestEvents.newMunicipality(), TestEvents.newMunicipality(),
                TestEvents.newMunicipality(), TestEvents.newMunicipality());
        events.province(p.code(), "Provincie " + p.code());
        int[][] quotaAndHoused = {{20, 20}, {30, 20}, {10, 15}, {10, 10}};
        List<String> towns = List.of(p.a(), p.b(), p.c(), p.d());
        for (int i = 0; i < towns.size(); i++) {
            String town = towns.get(i);
            events.municipality(town, "Gemeente " + town, p.code());
            events.quota(town, "2025-H1", quotaAndHoused[i][0], 1);
            // COA coupled five more than the quota: no coupling deficit on 1 April to excuse a shortfall (R7)
            events.placement(town, events.coupling(town, quotaAndHoused[i][0] + 5, LocalDate.of(2025, 1, 15)), quotaAndHoused[i][1],
                    LocalDate.of(2025, 5, 1), null);
        }
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().get(OVERVIEW, p.code()).then().statusCode(200)
                .body("municipalities", equalTo(4)).body("totals.backlog", equalTo(5)));
        String csv = "Gemeentecode;Gemeente;Peildatum;Taakstelling;Gecorrigeerde taakstelling;Afgemeld;Stand\n"
                + p.a() + ";Gemeente " + p.a() + ";01-07-2025;20;20;17;-3\n"
                + p.b() + ";Gemeente " + p.b() + ";01-07-2025;30;30;20;-10\n"
                + p.c() + ";Gemeente " + p.c() + ";01-07-2025;10;10;12;2\n"
                + p.d() + ";Gemeente " + p.d() + ";01-07-2025;10;10;6;-4\n";
        given().header("Authorization", Callers.as(Callers.issuer().province(p.code()))).contentType("text/csv")
                .queryParam("fileName", "juli.csv").body(csv.getBytes(StandardCharsets.UTF_8)).post("/supervision/v1/coa-position-imports")
                .then().statusCode(201);
        return p;
    }

    @Test
    void theProvinceAdoptsTheLinesItConfirmsInOneStepAndItsTotalsStandingsTimelineAndReportShowTheJudgedFigure() throws IOException {
        Province p = threeMunicipalitiesWithCoasFile();

        JsonPath differences = asStaff(p.code()).get(DIFFERENCES, p.code(), "2025-07-01").then().statusCode(200)
                .body("agreeing", equalTo(1)).body("lines", hasSize(3))
                .body("lines[0].municipalityCode", equalTo(p.a())).body("lines[0].coaFigure", equalTo(3))
                .body("lines[0].countsNow", equalTo(0)).body("lines[0].difference", equalTo(3))
                .body("lines[1].municipalityCode", equalTo(p.c())).body("lines[1].coaFigure", equalTo(-2))
                .body("lines[1].countsNow", equalTo(-5))
                .body("lines[2].municipalityCode", equalTo(p.d())).body("lines[2].coaFigure", equalTo(4)).extract().jsonPath();
        String importId = differences.getString("lines[0].importId");
        Map<String, Object> lineOfA = Map.of("municipalityCode", p.a(), "importId", importId, "line", differences.getInt("lines[0].line"));
        Map<String, Object> lineOfC = Map.of("municipalityCode", p.c(), "importId", importId, "line", differences.getInt("lines[1].line"));
        Map<String, Object> lineOfD = Map.of("municipalityCode", p.d(), "importId", importId, "line", differences.getInt("lines[2].line"));

        // One wrong line (C's line named as A's) refuses the whole confirmation: nothing is adopted.
        asStaff(p.code()).body(Map.of("deadline", "2025-07-01", "reason", "stand TVS", "lines", List.of(lineOfA,
                        Map.of("municipalityCode", p.a(), "importId", importId, "line", differences.getInt("lines[1].line")))))
                .post(PROVINCE_ADOPTIONS, p.code()).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("lines[1].municipalityCode"));
        given().get(OVERVIEW, p.code()).then().statusCode(200).body("totals.judged.onCoasFigure", equalTo(0))
                .body("totals.judged.backlog", equalTo(5));
        // Another province's staff neither read nor adopt this province's lines; a deadline that is none is named.
        asStaff("PV49").get(DIFFERENCES, p.code(), "2025-07-01").then().statusCode(403);
        asStaff("PV49").body(Map.of("deadline", "2025-07-01", "reason", "stand TVS", "lines", List.of(lineOfA)))
                .post(PROVINCE_ADOPTIONS, p.code()).then().statusCode(403);
        asStaff(p.code()).get(DIFFERENCES, p.code(), "2025-07-02").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("deadline"));

        // Only A's line is confirmed; C's and D's are left.
        asStaff(p.code()).body(Map.of("deadline", "2025-07-01", "reason", "stand TVS per 1 juli 2025", "lines", List.of(lineOfA)))
                .post(PROVINCE_ADOPTIONS, p.code()).then().statusCode(201).body("", hasSize(1))
                .body("[0].municipalityCode", equalTo(p.a())).body("[0].position", equalTo(3));
        asStaff(p.code()).get(DIFFERENCES, p.code(), "2025-07-01").then().statusCode(200)
                .body("agreeing", equalTo(2)).body("lines", hasSize(2)).body("lines[0].municipalityCode", equalTo(p.c()));

        // The totals add up the half-year's figures (5) and, beside them, the positions judged at its deadline (8).
        given().get(OVERVIEW, p.code()).then().statusCode(200)
                .body("totals.backlog", equalTo(5))
                .body("totals.judged.deadline", equalTo("2025-07-01")).body("totals.judged.municipalities", equalTo(4))
                .body("totals.judged.backlog", equalTo(8)).body("totals.judged.grossBacklog", equalTo(13))
                .body("totals.judged.ownBacklog", equalTo(5)).body("totals.judged.difference", equalTo(3))
                .body("totals.judged.onCoasFigure", equalTo(1))
                .body("standings.judgedAtLastDeadline.backlog", equalTo(8))
                .body("standings.judgedAtLastDeadline.ownBacklog", equalTo(5))
                .body("standings.notMet", equalTo(2)).body("standings.met", equalTo(2));
        given().get("/supervision/v1/provinces/{code}/timeline", p.code()).then().statusCode(200)
                .body("deadlines.find { it.period == '2025-H1' }.backlog", equalTo(8))
                .body("deadlines.find { it.period == '2025-H1' }.ownBacklog", equalTo(5))
                .body("deadlines.find { it.period == '2025-H1' }.difference", equalTo(3))
                .body("deadlines.find { it.period == '2025-H1' }.onCoasFigure", equalTo(1));
        given().get("/supervision/v1/national/periods/2025-H1").then().statusCode(200)
                .body("provinces.find { it.provinceCode == '" + p.code() + "' }.totals.judged.backlog", equalTo(8))
                .body("provinces.find { it.provinceCode == '" + p.code() + "' }.standings.judgedAtLastDeadline.ownBacklog", equalTo(5));

        String report = text(asStaff(p.code()).accept("application/pdf").get("/supervision/v1/provinces/{code}/reports/{deadline}",
                p.code(), "2025-07-01").then().statusCode(200).extract().asByteArray());
        assertThat(report).contains("bedroeg de achterstand van de provincie 8 personen", "Netto achterstand 8",
                "Eigen berekening, netto 5", "Verschil (overgenomen cijfers van het COA) 3", "1 juli 2025: 8 (eigen berekening 5)");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(asStaff(p.code())
                .accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .get("/supervision/v1/provinces/{code}/reports/{deadline}", p.code(), "2025-07-01").then().statusCode(200)
                .extract().asByteArray()))) {
            Sheet standings = workbook.getSheetAt(1);
            Row row = standings.getRow(1);
            assertThat(List.of((int) row.getCell(1).getNumericCellValue(), (int) row.getCell(3).getNumericCellValue(),
                    (int) row.getCell(5).getNumericCellValue())).as("judged, own, difference").containsExactly(8, 5, 3);
        }

        // A's letter plots the judged position, its own arithmetic beside it.
        String letter = text(asStaff(p.code()).accept("application/pdf").get("/supervision/v1/municipalities/{code}/letters/{deadline}",
                p.a(), "2025-07-01").then().statusCode(200).extract().asByteArray());
        assertThat(letter).contains("1 juli 2025: 3 (eigen berekening 0)");

        // The lines left are confirmed together, in one step: the judged total is COA's sum, 3 + 10 − 2 + 4 = 15.
        asStaff(p.code()).body(Map.of("deadline", "2025-07-01", "reason", "stand TVS per 1 juli 2025", "lines", List.of(lineOfD, lineOfC)))
                .post(PROVINCE_ADOPTIONS, p.code()).then().statusCode(201).body("", hasSize(2))
                .body("[0].municipalityCode", equalTo(p.d())).body("[0].position", equalTo(4))
                .body("[1].municipalityCode", equalTo(p.c())).body("[1].position", equalTo(-2));
        asStaff(p.code()).get(DIFFERENCES, p.code(), "2025-07-01").then().statusCode(200)
                .body("agreeing", equalTo(4)).body("lines", hasSize(0));
        given().get(OVERVIEW, p.code()).then().statusCode(200)
                .body("totals.backlog", equalTo(5))
                .body("totals.judged.backlog", equalTo(15)).body("totals.judged.grossBacklog", equalTo(17))
                .body("totals.judged.ownBacklog", equalTo(5)).body("totals.judged.difference", equalTo(10))
                .body("totals.judged.onCoasFigure", equalTo(3))
                .body("standings.judgedAtLastDeadline.backlog", equalTo(15));
        given().get("/supervision/v1/provinces/{code}/timeline", p.code()).then().statusCode(200)
                .body("deadlines.find { it.period == '2025-H1' }.backlog", equalTo(15))
                .body("deadlines.find { it.period == '2025-H1' }.ownBacklog", equalTo(5));
    }

    /** The PDF's text, every run of white space one space. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
