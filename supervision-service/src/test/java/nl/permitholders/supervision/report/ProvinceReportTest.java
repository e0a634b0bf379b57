package nl.permitholders.supervision.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.FixedDay;
import nl.permitholders.supervision.TestEvents;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The province's report about a deadline (docs/supervision-round.md), as PDF and .xlsx, on 15 March 2025 about 1
 * January 2025. The province (PV87) is this class's own: no other test puts municipalities in it, so its totals are
 * exactly those of the three municipalities here. Almelo-like: 117 behind, computed not met, judged excusable by the
 * province, up to "signal" since the previous deadline, one coupling of 7 persons overdue. One ahead by 10 (met). One
 * 20 behind (not met) that came down from "signal", 20 persons overdue. Net 127, gross 137.
 */
@QuarkusTest
class ProvinceReportTest {

    private static final String REPORT = "/supervision/v1/provinces/{code}/reports/{deadline}";
    private static final String PDF = "application/pdf";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PROVINCE = "PV87";
    private static final String JANUARY_2025 = "2025-01-01";

    private static String almelo;
    private static String ahead;
    private static String behind;

    private final TestEvents events = new TestEvents();

    @BeforeEach
    void threeMunicipalitiesOnTheFifteenthOfMarch2025() {
        Callers.theRijkByDefault();
        FixedDay.install(LocalDate.of(2025, 3, 15));
        if (almelo != null) {
            return;
        }
        almelo = TestEvents.newMunicipality();
        ahead = TestEvents.newMunicipality();
        behind = TestEvents.newMunicipality();
        events.province(PROVINCE, "Provincie " + PROVINCE);
        events.municipality(almelo, "Almelo " + almelo, PROVINCE);
        events.municipality(ahead, "Voorop " + ahead, PROVINCE);
        events.municipality(behind, "Achter " + behind, PROVINCE);
        // Almelo: 52 behind at the start of 2024, quotas of 78 and 70, 40 and 43 housed: 90 behind on 1 July 2024, 117 on 1 January 2025.
        events.openingBalance(almelo, "2024-H1", 52);
        events.quota(almelo, "2024-H1", 78, 1);
        events.quota(almelo, "2024-H2", 70, 1);
        UUID almeloCoupling = events.coupling(almelo, 90, LocalDate.of(2024, 1, 8));
        events.placement(almelo, almeloCoupling, 40, LocalDate.of(2024, 3, 14), null);
        events.placement(almelo, almeloCoupling, 43, LocalDate.of(2024, 11, 20), null);
        // Ahead: a quota of 10, 20 housed.
        events.quota(ahead, "2024-H2", 10, 1);
        events.placement(ahead, events.coupling(ahead, 20, LocalDate.of(2024, 8, 1)), 20, LocalDate.of(2024, 9, 1), null);
        // Behind: a quota of 30, all 30 coupled before the reference date, 10 housed after it: 20 behind, no coupling deficit.
        events.quota(behind, "2024-H2", 30, 1);
        events.placement(behind, events.coupling(behind, 30, LocalDate.of(2024, 8, 1)), 10, LocalDate.of(2024, 11, 1), null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asTheProvince().get("/supervision/v1/provinces/{code}/periods/2024-H2",
                PROVINCE).then().statusCode(200).body("municipalities", equalTo(3)).body("totals.backlog", equalTo(127)));

        asTheProvince().body(Map.of("verdict", "NOT_MET_EXCUSABLE", "grounds", "woningen vertraagd opgeleverd", "decidedOn", "2025-01-20"))
                .post("/supervision/v1/municipalities/{code}/verdicts/{deadline}/province-verdict", almelo, JANUARY_2025)
                .then().statusCode(201);
        ladder(almelo, "SIGNAL", "2025-02-01");
        ladder(behind, "SIGNAL", "2024-03-01");
        ladder(behind, "NONE", "2025-02-10");
        asTheProvince().body(Map.of("regime", "HIGH", "decidedOn", "2025-02-01", "reason", "achterstand van 117 personen"))
                .post("/supervision/v1/municipalities/{code}/supervision-regime", almelo).then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asTheProvince().get("/supervision/v1/provinces/{code}/periods/2024-H2",
                PROVINCE).then().statusCode(200).body("standings.notMetExcusable", equalTo(1)));
    }

    private void ladder(String code, String stage, String decidedOn) {
        asTheProvince().body(Map.of("stage", stage, "decidedOn", decidedOn, "reason", "besluit van " + decidedOn))
                .post("/supervision/v1/municipalities/{code}/ladder-decisions", code).then().statusCode(201);
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", Callers.as(token)).contentType(ContentType.JSON);
    }

    private static RequestSpecification asTheProvince() {
        return as(Callers.issuer().province(PROVINCE));
    }

    private static byte[] report(RequestSpecification caller, String accept) {
        Response response = caller.accept(accept).get(REPORT, PROVINCE, JANUARY_2025);
        response.then().statusCode(200).contentType(accept)
                .header("Content-Disposition", containsString("rapportage-" + PROVINCE + "-2025-01-01"));
        return response.asByteArray();
    }

    /** The PDF's text, every run of white space one space: a sentence may wrap anywhere. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void thePdfHoldsEveryMunicipalityTheTotalsTheStandingsTheChartTheMovesAndTheOverdueCouplings() throws IOException {
        String text = text(report(asTheProvince(), PDF));

        assertThat(text).contains("Provincie " + PROVINCE, "peildatum 1 januari 2025", "Datum: 15 maart 2025");
        assertThat(text).contains("Almelo " + almelo + " 90 70 0 160 43 117", "Achter " + behind + " 0 30 0 30 10 20",
                "Voorop " + ahead);
        assertThat(text).contains("Totaal 90 110 0 200 73 127");
        assertThat(text).contains("bedroeg de achterstand van de provincie 127 personen", "Netto achterstand 127",
                "Bruto achterstand 137", "Gehaald 1", "Niet gehaald, verschoonbaar 1", "Niet gehaald 1", "Nog geen oordeel 0",
                "Met voorsprong 1");
        assertThat(text).contains("verschoonbaar", "hoog (rood)");
        assertThat(text).contains("1 juli 2024: 90; 1 januari 2025: 127");
        assertThat(text).contains("sinds 1 juli 2024", "Almelo " + almelo + " geen signaal omhoog", "Achter " + behind + " signaal geen omlaag");
        assertThat(text).doesNotContain("Voorop " + ahead + " geen");
        assertThat(text).contains("Koppelingen over termijn op 15 maart 2025", "Almelo " + almelo + " 1 7", "Achter " + behind + " 1 20",
                "Totaal 2 27");
    }

    @Test
    void theWorkbookHoldsTheSameRows() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report(asTheProvince(), XLSX)))) {
            Sheet municipalities = workbook.getSheetAt(0);
            assertThat(municipalities.getSheetName()).isEqualTo("Gemeenten per 1 januari 2025");
            assertThat(values(municipalities.getRow(0))).isEqualTo(List.copyOf(ProvinceReportTables.MUNICIPALITY_HEADERS));
            assertThat(values(row(municipalities, almelo))).isEqualTo(List.of(almelo, "Almelo " + almelo, 90, 70, 0, 160, 43, 117, 117, 117,
                    "niet gehaald, verschoonbaar", "niet gehaald", "hoog (rood)", "signaal", 1, 7));
            assertThat(values(row(municipalities, ahead))).isEqualTo(List.of(ahead, "Voorop " + ahead, 0, 10, 0, 10, 20, -10, -10, -10,
                    "gehaald", "gehaald", "", "geen", 0, 0));
            assertThat(values(row(municipalities, behind))).isEqualTo(List.of(behind, "Achter " + behind, 0, 30, 0, 30, 10, 20, 20, 20,
                    "niet gehaald", "niet gehaald", "", "geen", 1, 20));
            assertThat(values(row(municipalities, "Totaal"))).isEqualTo(List.of("Totaal", "Provincie " + PROVINCE, 90, 110, 0, 200, 73,
                    127, 127, 127, "", "", "", "", 2, 27));

            Sheet standings = workbook.getSheetAt(1);
            // judged net and gross, own arithmetic net and gross, the difference, on COA's figure, ahead, the verdicts
            assertThat(values(standings.getRow(1))).isEqualTo(List.of("Provincie " + PROVINCE, 127, 137, 127, 137, 0, 0, 1, 1, 1, 1, 0));

            Sheet deadlines = workbook.getSheetAt(2);
            assertThat(deadlines.getLastRowNum()).isEqualTo(2);
            assertThat(values(deadlines.getRow(1)).get(4)).isEqualTo(90);
            assertThat(values(deadlines.getRow(2)).get(4)).isEqualTo(127);

            Sheet moves = workbook.getSheetAt(3);
            assertThat(values(moves.getRow(0))).contains("Trede op 1 juli 2024");
            assertThat(values(row(moves, almelo))).isEqualTo(List.of(almelo, "Almelo " + almelo, "geen", "signaal", "omhoog"));
            assertThat(values(row(moves, behind))).isEqualTo(List.of(behind, "Achter " + behind, "signaal", "geen", "omlaag"));
            assertThat(moves.getLastRowNum()).isEqualTo(2);

            Sheet overdue = workbook.getSheetAt(4);
            assertThat(values(row(overdue, almelo))).isEqualTo(List.of(almelo, "Almelo " + almelo, 1, 7));
            assertThat(values(row(overdue, behind))).isEqualTo(List.of(behind, "Achter " + behind, 1, 20));
            assertThat(values(row(overdue, "Totaal"))).isEqualTo(List.of("Totaal", "Provincie " + PROVINCE, 2, 27));
            assertThat(overdue.getLastRowNum()).isEqualTo(3);
        }
    }

    /** The row whose first cell is {@code first}. */
    private static Row row(Sheet sheet, String first) {
        for (Row row : sheet) {
            if (first.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + first + " in " + sheet.getSheetName());
    }

    /** The row's cells, numbers as integers, an absent cell as empty text. */
    private static List<Object> values(Row row) {
        List<Object> values = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            values.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC ? (Object) (int) cell.getNumericCellValue()
                    : cell.getStringCellValue());
        }
        return values;
    }

    @Test
    void theRijkReadsItTooAndWithoutAcceptGetsThePdf() {
        report(as(Callers.issuer().rijk()), XLSX);
        as(Callers.issuer().rijk()).get(REPORT, PROVINCE, JANUARY_2025).then().statusCode(200).contentType(PDF);
        asTheProvince().accept("application/json").get(REPORT, PROVINCE, JANUARY_2025).then().statusCode(406);
    }

    @Test
    void onlyTheProvincesOwnStaffAndTheRijkReadIt() {
        String otherProvince = Callers.issuer().province("PV49");
        String ownMunicipality = Callers.issuer().municipality(almelo);
        String coa = Callers.issuer().coa();
        String administrator = Callers.issuer().token("bestuurder-" + PROVINCE, "province-administrator", Map.of("province", PROVINCE));
        for (String refused : new String[] {otherProvince, ownMunicipality, coa, administrator}) {
            for (String accept : new String[] {PDF, XLSX}) {
                as(refused).accept(accept).get(REPORT, PROVINCE, JANUARY_2025).then().statusCode(403)
                        .contentType("application/problem+json");
            }
        }
        RestAssured.requestSpecification = null;
        given().accept(PDF).get(REPORT, PROVINCE, JANUARY_2025).then().statusCode(401);
        // Another province's staff learn nothing, not even whether their deadline was valid.
        as(otherProvince).accept(PDF).get(REPORT, PROVINCE, "2025-02-01").then().statusCode(403);
    }

    @Test
    void aReportIsAboutADeadlineThatHasPassed() {
        for (String accept : new String[] {PDF, XLSX}) {
            asTheProvince().accept(accept).get(REPORT, PROVINCE, "2025-02-01").then().statusCode(400)
                    .contentType("application/problem+json").body("invalidParams[0].name", equalTo("deadline"));
            asTheProvince().accept(accept).get(REPORT, PROVINCE, "2025-07-01").then().statusCode(400)
                    .body("invalidParams[0].name", equalTo("deadline")).body("invalidParams[0].reason", containsString("not passed"));
            asTheProvince().accept(accept).get(REPORT, PROVINCE, "1 januari").then().statusCode(400)
                    .body("invalidParams[0].name", equalTo("deadline"));
        }
    }
}
