package nl.permitholders.supervision.coaposition;

import static io.restassured.RestAssured.given;
import static nl.permitholders.supervision.DashboardForm.CSRF_COOKIE;
import static nl.permitholders.supervision.DashboardForm.CSRF_FIELD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.DashboardForm;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Province staff read COA's file in on the reconciliation page (CSV or .xlsx): all or nothing, each refused line named in
 * Dutch; and adopt COA's revision of the amount carried in beside its end position from the same page.
 */
@QuarkusTest
class CoaFileOnTheDashboardTest {

    private static final String PAGE = "/dashboard/provincies/{code}/afstemming-coa";
    private static final String UPLOAD = "/dashboard/provincies/{code}/afstemming-coa/bestanden";
    private static final String ADOPT = "/dashboard/provincies/{code}/afstemming-coa/overnames";
    private static final String HEADER = "Gemeentecode;Gemeente;Peildatum;Taakstelling;Gecorrigeerde taakstelling;Afgemeld;Stand\r\n";

    private final TestEvents events = new TestEvents();
    private String province;
    private String town;
    private String formToken;
    private String cookieToken;

    @BeforeEach
    void aProvinceWithOneMunicipalityAndTheFormsTokens() {
        Callers.theRijkByDefault();
        province = TestEvents.newProvince();
        town = CoaPositionImportTest.twoMunicipalitiesOf(events, province).get(0);
        RestAssured.requestSpecification = null;
        Response opened = signedIn().get(PAGE, province);
        String html = opened.then().statusCode(200).extract().asString();
        assertThat(html).contains("Bestand van het COA inlezen");
        DashboardForm tokens = DashboardForm.of(opened);
        formToken = tokens.formToken();
        cookieToken = tokens.cookieToken();
    }

    private RequestSpecification signedIn() {
        return given().header("Authorization", Callers.as(Callers.issuer().province(province)));
    }

    private RequestSpecification upload(String fileName, String csv, String convention) {
        return signedIn().redirects().follow(false).header("Origin", "http://localhost:" + RestAssured.port)
                .multiPart(CSRF_FIELD, formToken).cookie(CSRF_COOKIE, cookieToken)
                .multiPart("stand", convention)
                .multiPart("bestand", fileName, csv.getBytes(StandardCharsets.UTF_8), "text/csv");
    }

    @Test
    void aFileAsCoaWritesItIsReadInAndABadOneIsRefusedWholeWithEveryLineNamedInDutch() {
        int before = signedIn().get(CoaPositionImportTest.IMPORTS, province).then().statusCode(200).extract().path("size()");

        String html = upload("fout.csv", HEADER + town + ";A;01-01-2025;70;160;veel;-117\r\n" + town + ";A;31-02-2025;70;160;43;-117\r\n",
                "coa").post(UPLOAD, province).then().statusCode(400).extract().asString();
        assertThat(html).contains("Het bestand is niet ingelezen: niets ervan is opgeslagen.",
                "regel 2, Afgemeld: &#39;veel&#39; is geen geheel getal", "regel 3, Peildatum: &#39;31-02-2025&#39; is geen datum");
        String otherSign = upload("teken.csv", HEADER + town + ";A;01-01-2025;70;160;43;117\r\n", "coa").post(UPLOAD, province).then()
                .statusCode(400).extract().asString();
        assertThat(otherSign).contains("kolom Stand: de meeste regels (regels 2) hebben het andere teken: het COA schrijft een achterstand negatief");
        signedIn().get(CoaPositionImportTest.IMPORTS, province).then().statusCode(200).body("size()", equalTo(before));
        // Without the page's CSRF token the upload is refused.
        signedIn().redirects().follow(false).header("Origin", "http://localhost:" + RestAssured.port).cookie(CSRF_COOKIE, cookieToken)
                .multiPart("bestand", "stand.csv", (HEADER + town + ";A;01-01-2025;70;160;43;-117\r\n").getBytes(StandardCharsets.UTF_8),
                        "text/csv").post(UPLOAD, province).then().statusCode(400);

        // As COA writes it: -117 for 117 behind. And a file with a backlog positive, read with that convention chosen.
        upload("TVS januari 2025.csv", HEADER + town + ";A;01-01-2025;70;160;43;-117\r\n", "coa").post(UPLOAD, province).then()
                .statusCode(303).header("Location", containsString("ingelezen=1"));
        upload("eigen.csv", HEADER + town + ";A;01-02-2025;73;193;0;193\r\n", "achterstand-positief").post(UPLOAD, province).then()
                .statusCode(303);
        signedIn().get(CoaPositionImportTest.IMPORTS, province).then().statusCode(200).body("size()", equalTo(before + 2))
                .body("[0].standConvention", equalTo("BACKLOG_POSITIVE")).body("[1].fileName", equalTo("TVS januari 2025.csv"));
        signedIn().queryParam("ingelezen", "1").get(PAGE, province).then().statusCode(200)
                .body(containsString("Het bestand van het COA is ingelezen: 1 regels."));
    }

    @Test
    void theRevisionOfTheAmountCarriedInIsAdoptedBesideTheEndPosition() {
        upload("TVS.csv", HEADER + town + ";A;01-01-2025;70;160;43;-117\r\n" + town + ";A;01-02-2025;73;193;0;-193\r\n", "coa")
                .post(UPLOAD, province).then().statusCode(303);
        String html = signedIn().get(PAGE, province).then().statusCode(200).extract().asString();
        assertThat(html).contains("<option value=\"" + town + "/2025-01-01\">",
                "<option value=\"" + town + "/2025-01-01/meegenomen\">Gemeente " + town + ", herziening: meegenomen in het 1e halfjaar 2025 volgens de "
                        + "peildatum 1 februari 2025: COA 120, systeem 0</option>");

        for (String chosen : new String[] {town + "/2025-01-01", town + "/2025-01-01/meegenomen"}) {
            DashboardForm.posted(signedIn(), formToken, cookieToken).header("Origin", "http://localhost:" + RestAssured.port)
                    .formParam("overname", chosen).formParam("reden", "TVS").post(ADOPT, province).then().statusCode(303)
                    .header("Location", containsString("overname=vastgelegd"));
        }
        signedIn().get("/supervision/v1/municipalities/{code}/coa-position-adoptions", town).then().statusCode(200).body("", hasSize(2))
                .body("figure", org.hamcrest.Matchers.contains("END_POSITION", "CARRIED_IN"));
        signedIn().get("/supervision/v1/municipalities/{code}/periods/2025-H1", town).then().statusCode(200)
                .body("carriedBacklog", equalTo(120));
    }
}
