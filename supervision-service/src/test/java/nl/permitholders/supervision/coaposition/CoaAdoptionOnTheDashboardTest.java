package nl.permitholders.supervision.coaposition;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.DashboardForm;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Province staff adopt COA's position from the reconciliation page: the form offers the positions on the day before a
 * deadline that are not adopted yet, records the adoption in the signed-in name, and refuses a bad choice or reason
 * storing nothing.
 */
@QuarkusTest
class CoaAdoptionOnTheDashboardTest {

    private static final String PAGE = "/dashboard/provincies/{code}/afstemming-coa";
    private static final String FORM = "/dashboard/provincies/{code}/afstemming-coa/overnames";
    private static final String ADOPTIONS = "/supervision/v1/municipalities/{code}/coa-position-adoptions";

    private final TestEvents events = new TestEvents();

    private String province;
    private String town;

    @BeforeEach
    void aMunicipalityWhereCoaSaysSeventeenAndTheSystemFifteen() {
        Callers.theRijkByDefault();
        province = TestEvents.newProvince();
        town = CoaReconciliationTest.fifteenBehindWhereCoaSaysSeventeen(events, province);
        // From here each request names its caller: the Rijk's default header would stand beside the province's.
        RestAssured.requestSpecification = null;
    }

    private RequestSpecification signedIn() {
        return given().header("Authorization", Callers.as(Callers.issuer().province(province)));
    }

    private RequestSpecification form(String formToken, String cookieToken) {
        return DashboardForm.posted(signedIn(), formToken, cookieToken).header("Origin", "http://localhost:" + RestAssured.port);
    }

    @Test
    void theFormAdoptsCoasPositionInTheSignedInNameAndRefusesABadChoiceOrReasonStoringNothing() {
        Response opened = signedIn().get(PAGE, province);
        String html = opened.then().statusCode(200).extract().asString();
        assertThat(html).contains("Stand van het COA overnemen",
                "<option value=\"" + town + "/2025-01-01\">Gemeente " + town + ", stand per 31 december 2024: COA 17, systeem 15</option>");
        DashboardForm tokens = DashboardForm.of(opened);
        String formToken = tokens.formToken();
        String cookieToken = tokens.cookieToken();

        for (List<String> bad : List.of(List.of(town + "/2025-02-01", "reden", "fout=overname"),
                List.of(town + "/2025-07-01", "reden", "fout=overname"),
                List.of(town + "/0025-01-01", "reden", "fout=overname"),
                List.of("GM12/2025-01-01", "reden", "fout=overname"),
                List.of(town, "reden", "fout=overname"),
                List.of(town + "/2025-01-01", "  ", "fout=overname-reden"),
                List.of(town + "/2025-01-01", "x".repeat(CoaAdoptionService.REASON_MAX + 1), "fout=overname-reden"))) {
            form(formToken, cookieToken).formParam("overname", bad.get(0)).formParam("reden", bad.get(1))
                    .post(FORM, province).then().statusCode(303).header("Location", containsString(bad.get(2)));
        }
        signedIn().queryParam("fout", "overname-reden").get(PAGE, province).then().statusCode(200)
                .body(containsString("Vul de reden in waarom de provincie de stand van het COA overneemt"));
        // Without the page's CSRF token the form is refused.
        form(null, cookieToken).formParam("overname", town + "/2025-01-01").formParam("reden", "reden")
                .post(FORM, province).then().statusCode(400);
        // Another province's staff cannot adopt this province's position through their own page's form.
        String other = "PV49";
        DashboardForm.posted(given().header("Authorization", Callers.as(Callers.issuer().province(other))), formToken, cookieToken)
                .header("Origin", "http://localhost:" + RestAssured.port)
                .formParam("overname", town + "/2025-01-01").formParam("reden", "reden")
                .post(FORM, other).then().statusCode(org.hamcrest.Matchers.oneOf(403, 404));
        signedIn().get(ADOPTIONS, town).then().statusCode(200).body("", hasSize(0));

        form(formToken, cookieToken).formParam("overname", town + "/2025-01-01").formParam("reden", "stand TVS vastgesteld met het COA")
                .post(FORM, province).then().statusCode(303).header("Location", containsString("overname=vastgelegd"));

        signedIn().get(ADOPTIONS, town).then().statusCode(200).body("", hasSize(1))
                .body("[0].position", equalTo(17)).body("[0].adoptedBy", equalTo("supervisor-" + province))
                .body("[0].reason", equalTo("stand TVS vastgesteld met het COA"));
        signedIn().get("/supervision/v1/municipalities/{code}/periods/2025-H1", town).then().statusCode(200)
                .body("carriedBacklog", equalTo(17));
        signedIn().queryParam("overname", "vastgelegd").get(PAGE, province).then().statusCode(200)
                .body(containsString("De stand van het COA is overgenomen."))
                .body(containsString("per 1 januari 2025"))
                .body(not(containsString("value=\"" + town + "/2025-01-01\"")));
        // The Rijk reads the page but has no form.
        given().header("Authorization", Callers.as(Callers.issuer().rijk())).get(PAGE, province).then().statusCode(200)
                .body(not(containsString("Stand van het COA overnemen")));
    }
}
