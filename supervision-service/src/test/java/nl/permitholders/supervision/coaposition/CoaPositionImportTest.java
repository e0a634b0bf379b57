package nl.permitholders.supervision.coaposition;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.TestEvents;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Province staff import COA's position file as they receive it: Dutch headers in any case and order, semicolons or
 * commas, a byte-order mark, thousands separators, Dutch and ISO dates, an .xlsx; all or nothing, every refused line
 * named. Through REST, on the real PostgreSQL; the register learns the municipalities from events on the real broker.
 */
@QuarkusTest
class CoaPositionImportTest {

    static final String IMPORT = "/supervision/v1/coa-position-imports";
    static final String IMPORTS = "/supervision/v1/provinces/{code}/coa-position-imports";
    static final String XLSX = CoaPositionResource.XLSX;
    /** One province for all tests: each counts only the imports it makes and the lines of its own municipalities. */
    private static final String PROVINCE = TestEvents.newProvince();

    private final TestEvents events = new TestEvents();

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    /** Two fresh municipalities of the province, known to the register. */
    static List<String> twoMunicipalitiesOf(TestEvents events, String province) {
        String first = TestEvents.newMunicipality();
        String second = TestEvents.newMunicipality();
        events.province(province, "Provincie " + province);
        events.municipality(first, "Gemeente " + first, province);
        events.municipality(second, "Gemeente " + second, province);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/supervision/v1/municipalities/{code}/ladder", second)
                .then().statusCode(200));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/supervision/v1/municipalities/{code}/ladder", first)
                .then().statusCode(200));
        return List.of(first, second);
    }

    static io.restassured.response.Response upload(String province, String contentType, byte[] file, String fileName) {
        return given().header("Authorization", Callers.as(Callers.issuer().province(province))).contentType(contentType)
                .queryParam("fileName", fileName).body(file).post(IMPORT);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aFileInTheRijksTypographicNotationIsReadThroughTheApi() {
        List<String> towns = twoMunicipalitiesOf(events, PROVINCE);
        // As the Rijk's table writes positions: an en dash or a plus, a space, thousands separated by points.
        String csv = "Gemeentecode;Gemeente;Peildatum;Taakstelling;Gecorrigeerde taakstelling;Afgemeld;Stand\n"
                + towns.get(0) + ";A;01-07-2019;6.000;8.934;6.372;\u2013 2.540\n"
                + towns.get(1) + ";B;01-01-2023;+ 9.000;10.000;11.793;+ 1.793\n";
        String id = upload(PROVINCE, "text/csv", utf8(csv), "rijk.csv").then().statusCode(201).extract().path("id");
        given().get(IMPORTS + "/{id}", PROVINCE, id).then().statusCode(200)
                .body("lines.position", equalTo(List.of(2540, -1793))).body("lines.stand", equalTo(List.of(-2540, 1793)))
                .body("lines.standDifference", equalTo(List.of(-22, 0)));
    }

    @Test
    void aCsvAsCoaWritesItIsImportedWithItsThousandsSeparatorsLeadsAndDutchDates() {
        List<String> towns = twoMunicipalitiesOf(events, PROVINCE);
        // A byte-order mark, semicolons, headers in COA's words in another order and case, a name and an extra column.
        String csv = "\uFEFFGemeente;GEMEENTECODE;peildatum;Taakstelling;Gecorrigeerde Taakstelling;Afgemeld;Stand;Opmerking\r\n"
                + "Gemeente A;" + towns.get(0) + ";31-12-2024;1.234;1.300;1.250;-50;\r\n"
                + "Gemeente B;" + towns.get(1).substring(2) + ";31-12-2024;40;30;42;12;voorsprong\r\n";

        String id = upload(PROVINCE, "text/csv", utf8(csv), "TVS-stand december 2024.csv").then().statusCode(201)
                .body("fileName", equalTo("TVS-stand december 2024.csv")).body("lines", equalTo(2))
                .extract().path("id");

        given().get(IMPORTS, PROVINCE).then().statusCode(200).body("id", hasItem(id));
        given().get(IMPORTS + "/{id}", PROVINCE, id).then().statusCode(200)
                .body("fileName", equalTo("TVS-stand december 2024.csv"))
                .body("importedBy", not(equalTo(null)))
                .body("lines.line", equalTo(List.of(2, 3)))
                .body("lines[0].municipalityCode", equalTo(towns.get(0)))
                .body("lines[0].municipalityName", equalTo("Gemeente A"))
                .body("lines[0].referenceDate", equalTo("2024-12-31"))
                .body("lines[0].quota", equalTo(1234))
                .body("lines[0].adjustedQuota", equalTo(1300))
                .body("lines[0].housed", equalTo(1250))
                .body("lines[0].position", equalTo(50))
                .body("lines[1].municipalityCode", equalTo(towns.get(1)))
                .body("lines[1].position", equalTo(-12));
    }

    @Test
    void aCommaSeparatedFileWithIsoDatesAndTheOtherHeadersIsImportedToo() {
        List<String> towns = twoMunicipalitiesOf(events, PROVINCE);
        String csv = "Gemeentecode,Peildatum,Taakstelling,Gecorrigeerde taakstelling,Gehuisvest,Achterstand\n"
                + towns.get(0) + ",2025-06-30,20,25,5,-20\n";

        String id = upload(PROVINCE, "text/csv", utf8(csv), "stand.csv").then().statusCode(201).extract().path("id");

        given().get(IMPORTS + "/{id}", PROVINCE, id).then().statusCode(200)
                .body("lines[0].referenceDate", equalTo("2025-06-30")).body("lines[0].housed", equalTo(5))
                .body("lines[0].position", equalTo(20));
    }

    @Test
    void anXlsxWithNumberDateAndTextCellsIsImported() throws IOException {
        List<String> towns = twoMunicipalitiesOf(events, PROVINCE);
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("Stand per gemeente");
            XSSFRow header = sheet.createRow(0);
            List<String> headers = List.of("Gemeentecode", "Gemeente", "Peildatum", "Taakstelling", "Gecorrigeerde taakstelling",
                    "Afgemeld", "Stand");
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd-mm-yyyy"));
            XSSFRow first = sheet.createRow(1);
            first.createCell(0).setCellValue(towns.get(0));
            first.createCell(1).setCellValue("Gemeente A");
            first.createCell(2).setCellValue(LocalDate.of(2024, 12, 31));
            first.getCell(2).setCellStyle(date);
            first.createCell(3).setCellValue(2345);
            first.createCell(4).setCellValue("2.400");
            first.createCell(5).setCellValue(2390);
            first.createCell(6).setCellValue(-10);
            XSSFRow second = sheet.createRow(2);
            second.createCell(0).setCellValue(Integer.parseInt(towns.get(1).substring(2)));
            second.createCell(2).setCellValue("01-07-2025");
            second.createCell(3).setCellValue(30);
            second.createCell(4).setCellValue(20);
            second.createCell(5).setCellValue(28);
            second.createCell(6).setCellValue(8);
            book.write(out);
            workbook = out.toByteArray();
        }

        String id = upload(PROVINCE, XLSX, workbook, "TVS.xlsx").then().statusCode(201).body("lines", equalTo(2)).extract().path("id");

        given().get(IMPORTS + "/{id}", PROVINCE, id).then().statusCode(200)
                .body("lines[0].municipalityCode", equalTo(towns.get(0))).body("lines[0].referenceDate", equalTo("2024-12-31"))
                .body("lines[0].quota", equalTo(2345)).body("lines[0].adjustedQuota", equalTo(2400)).body("lines[0].housed", equalTo(2390))
                .body("lines[1].municipalityCode", equalTo(towns.get(1))).body("lines[1].referenceDate", equalTo("2025-07-01"))
                .body("lines[1].position", equalTo(-8));
    }

    @Test
    void aFileWithBadLinesIsRefusedWholeNamingEveryRefusedLineAndFieldAndNothingIsStored() {
        List<String> towns = twoMunicipalitiesOf(events, PROVINCE);
        String otherProvince = "PV49";
        String foreign = TestEvents.newMunicipality();
        events.province(otherProvince, "Provincie " + otherProvince);
        events.municipality(foreign, "Gemeente " + foreign, otherProvince);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/supervision/v1/municipalities/{code}/ladder", foreign)
                .then().statusCode(200));
        String csv = "Gemeentecode;Peildatum;Taakstelling;Gecorrigeerde taakstelling;Afgemeld;Stand\n"
                + towns.get(0) + ";31-12-2024;10;12;4;-8\n"       // line 2: fine
                + towns.get(1) + ";31-12-2024;10;12;veel;-8\n"    // line 3: housed not a number
                + foreign + ";31-12-2024;10;12;4;-8\n"            // line 4: another province's municipality
                + towns.get(1) + ";31-02-2025;1,5;12;4;-8\n"      // line 5: no such date, quota not whole
                + towns.get(0) + ";31-12-2024;10;12;-4;-8\n";     // line 6: twice on one date, and housed negative
        int importsBefore = given().get(IMPORTS, PROVINCE).then().statusCode(200).extract().path("size()");

        upload(PROVINCE, "text/csv", utf8(csv), "fout.csv").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("line 3: Afgemeld", "line 4: Gemeentecode", "line 5: Peildatum",
                        "line 5: Taakstelling", "line 6: Afgemeld", "line 6: Gemeentecode"));

        // PostgreSQL cannot store a NUL character: a file with one is refused before anything is written.
        upload(PROVINCE, "text/csv", utf8("Gemeentecode;Gemeente;Peildatum;Taakstelling;Gecorrigeerde taakstelling;Afgemeld;Stand\n"
                + towns.get(0) + ";Alm\u0000elo;31-12-2024;1;1;1;0\n"), "nul.csv").then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams[0].name", equalTo("file"));

        given().get(IMPORTS, PROVINCE).then().statusCode(200).body("size()", equalTo(importsBefore))
                .body("fileName", not(hasItem("fout.csv")));
    }

    @Test
    void aFileWithoutTheColumnsItNeedsIsRefusedNamingThem() {
        upload(PROVINCE, "text/csv", utf8("Gemeente;Stand\nAlmelo;5\n"), "kolommen.csv").then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("line 1: Gemeentecode", "line 1: Peildatum", "line 1: Taakstelling",
                        "line 1: Gecorrigeerde taakstelling", "line 1: Afgemeld"));
        upload(PROVINCE, XLSX, utf8("no workbook"), "kapot.xlsx").then().statusCode(400).body("invalidParams[0].name", equalTo("file"));

    }
}
