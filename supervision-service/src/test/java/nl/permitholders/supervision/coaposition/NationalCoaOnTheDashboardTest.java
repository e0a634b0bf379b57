package nl.permitholders.supervision.coaposition;

import static io.restassured.RestAssured.given;
import static nl.permitholders.supervision.DashboardForm.CSRF_COOKIE;
import static nl.permitholders.supervision.DashboardForm.CSRF_FIELD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.DashboardForm;
import nl.permitholders.supervision.FixedDay;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.Test;

/**
 * The Rijk reads COA's file of the whole country in on its own page and adopts COA's end position at a deadline for
 * every municipality, from forms: all or nothing, each refused line named in Dutch. COA's lines of 1 January 2021 are
 * this test's own: no other test in this JVM has any, so the national adoption touches only its municipalities.
 */
@QuarkusTest
class NationalCoaOnTheDashboardTest {

    private static final String PAGE = "/dashboard/nederland/afstemming-coa";
    private static final String HEADER = "Gemeentecode;Gemeente;Peildatum;Taakstelling;Gecorrigeerde taakstelling;Afgemeld;Stand\r\n";

    private final TestEvents events = new TestEvents();

    private static RequestSpecification asTheRijk() {
        return given().header("Authorization", Callers.as(Callers.issuer().rijk()));
    }

    @Test
    void theRijkReadsCoasFileOfTheCountryInAndAdoptsItsEndPositionsFromThePage() {
        FixedDay.install(LocalDate.of(2021, 3, 1));
        Callers.theRijkByDefault();
        String north = TestEvents.newProvince();
        String south = TestEvents.newProvince();
        String inNorth = TestEvents.newMunicipality();
        String inSouth = TestEvents.newMunicipality();
        for (String[] town : List.of(new String[] {inNorth, north}, new String[] {inSouth, south})) {
            events.province(town[1], "Provincie " + town[1]);
            events.municipality(town[0], "Gemeente " + town[0], town[1]);
            events.quota(town[0], "2020-H2", 10, 1);
            events.quota(town[0], "2021-H1", 5, 1);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/supervision/v1/municipalities/{code}/periods/2021-H1",
                    town[0]).then().statusCode(200).body("carriedBacklog", equalTo(10)));
        }
        RestAssured.requestSpecification = null;

        // Province staff have no business here: the Dutch page that says so.
        given().header("Authorization", Callers.as(Callers.issuer().province(north))).accept("text/html").get(PAGE).then()
                .statusCode(403).contentType(containsString("text/html"));

        Response opened = asTheRijk().get(PAGE);
        String html = opened.then().statusCode(200).extract().asString();
        assertThat(html).contains("Landelijk bestand van het COA inlezen", "<option value=\"2021-01-01\">",
                "href=\"/dashboard/provincies/" + north + "/afstemming-coa\"");
        DashboardForm tokens = DashboardForm.of(opened);
        String formToken = tokens.formToken();
        String cookieToken = tokens.cookieToken();

        String country = HEADER + inNorth + ";Noord;01-01-2021;10;10;0;-14\r\n" + inSouth + ";Zuid;01-01-2021;10;10;3;-7\r\n";
        String unknown = TestEvents.newMunicipality();
        String refused = upload(formToken, cookieToken, country + unknown + ";Onbekend;01-01-2021;1;1;0;-1\r\n").then().statusCode(400)
                .extract().asString();
        assertThat(refused).contains("Het bestand is niet ingelezen: niets ervan is opgeslagen.",
                "regel 4, Gemeentecode: " + unknown + " is geen gemeente die het systeem kent");
        for (String province : List.of(north, south)) {
            asTheRijk().get("/supervision/v1/provinces/{code}/coa-position-imports", province).then().statusCode(200).body("", hasSize(0));
        }

        upload(formToken, cookieToken, country).then().statusCode(303)
                .header("Location", containsString("ingelezen=2&provincies=2"));
        for (String province : List.of(north, south)) {
            asTheRijk().get("/supervision/v1/provinces/{code}/coa-position-imports", province).then().statusCode(200).body("", hasSize(1));
        }

        // A choice that is no deadline, or no reason: refused in Dutch, nothing adopted.
        adopt(formToken, cookieToken, "2021-02-30", "landelijk").then().statusCode(303).header("Location", containsString("fout=overname#"));
        adopt(formToken, cookieToken, "2021-01-01", " ").then().statusCode(303).header("Location", containsString("fout=overname-reden"));
        asTheRijk().queryParam("fout", "overname-reden").get(PAGE).then().statusCode(200)
                .body(containsString("Vul de reden in waarom het Rijk de standen van het COA overneemt"));
        asTheRijk().get("/supervision/v1/municipalities/{code}/coa-position-adoptions", inNorth).then().statusCode(200).body("", hasSize(0));

        adopt(formToken, cookieToken, "2021-01-01", "landelijke stand TVS").then().statusCode(303)
                .header("Location", containsString("overgenomen=2"));
        asTheRijk().get("/supervision/v1/municipalities/{code}/coa-position-adoptions", inNorth).then().statusCode(200)
                .body("position", equalTo(List.of(14))).body("[0].reason", equalTo("landelijke stand TVS"))
                .body("[0].adoptedBy", notNullValue());
        asTheRijk().get("/supervision/v1/municipalities/{code}/periods/2021-H1", inSouth).then().statusCode(200)
                .body("carriedBacklog", equalTo(7));
        asTheRijk().queryParam("overgenomen", "2").get(PAGE).then().statusCode(200)
                .body(containsString("De standen van het COA zijn overgenomen voor 2 gemeenten."));
        // The national page leads here.
        asTheRijk().get("/dashboard/nederland").then().statusCode(200).body(containsString("href=\"" + PAGE + "\""));
    }

    private static Response upload(String formToken, String cookieToken, String csv) {
        return asTheRijk().redirects().follow(false).header("Origin", "http://localhost:" + RestAssured.port)
                .multiPart(CSRF_FIELD, formToken).cookie(CSRF_COOKIE, cookieToken).multiPart("stand", "coa")
                .multiPart("bestand", "landelijk.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv").post(PAGE + "/bestanden");
    }

    private static Response adopt(String formToken, String cookieToken, String chosen, String reason) {
        return DashboardForm.posted(asTheRijk(), formToken, cookieToken).header("Origin", "http://localhost:" + RestAssured.port)
                .formParam("overname", chosen).formParam("reden", reason).post(PAGE + "/overnames");
    }
}
