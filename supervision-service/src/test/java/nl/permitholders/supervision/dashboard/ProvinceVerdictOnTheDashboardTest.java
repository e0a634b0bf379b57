package nl.permitholders.supervision.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.DashboardForm;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The detail page shows per deadline the computed verdict and the province's own, with grounds, date and author, and
 * marks the province's verdict "te herbeoordelen" once a late correction changed the computed one; its form records a
 * verdict in the name of the signed-in caller.
 */
@QuarkusTest
class ProvinceVerdictOnTheDashboardTest {


    private final TestEvents events = new TestEvents();

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", Callers.as(token));
    }

    @Test
    void theProvincesVerdictRecordedThroughTheFormIsShownAndMarkedForReviewAfterALateCorrection() {
        String province = TestEvents.newProvince();
        String town = TestEvents.newMunicipality();
        String staff = Callers.issuer().province(province);
        events.province(province, "Provincie " + province);
        events.municipality(town, "Gemeente " + town, province);
        events.quota(town, "2026-H1", 10, 1);
        UUID coupling = events.coupling(town, 30, LocalDate.of(2026, 1, 5));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(staff)
                .get("/supervision/v1/municipalities/{code}/verdicts/2026-07-01/province-verdict", town).then().statusCode(200)
                .body("computedVerdict", equalTo("NOT_MET")));

        Response opened = as(staff).get("/dashboard/gemeenten/{code}", town);
        opened.then().statusCode(200).body(containsString("Oordeel vastleggen"));
        DashboardForm tokens = DashboardForm.of(opened);
        DashboardForm.posted(as(staff), tokens.formToken(), tokens.cookieToken())
                .header("Origin", "http://localhost:" + RestAssured.port)
                .formParam("peildatum", "2026-07-01").formParam("oordeel", "NOT_MET_EXCUSABLE")
                .formParam("besloten-op", "2026-07-20").formParam("gronden", "verschoonbaar: afgesproken inhaalplan")
                .post("/dashboard/gemeenten/{code}/oordelen", town).then().statusCode(303)
                .header("Location", containsString("oordeel=vastgelegd"));

        as(staff).get("/dashboard/gemeenten/{code}?oordeel=vastgelegd", town).then().statusCode(200)
                .body(containsString("Het oordeel is vastgelegd."))
                .body(containsString("Oordelen per peildatum"))
                .body(containsString("verschoonbaar: afgesproken inhaalplan"))
                .body(containsString("20 juli 2026"))
                .body(containsString("supervisor-" + province))
                .body(containsString(">niet gehaald, verschoonbaar</td>"))
                .body(not(containsString(DetailPage.TO_REVIEW)));

        // Ten housed on 1 March 2026, registered only now: the computed verdict becomes MET, the province's stays.
        events.placement(town, coupling, 10, LocalDate.of(2026, 3, 1), "REGULAR");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(staff).get("/dashboard/gemeenten/{code}", town).then()
                .statusCode(200).body(containsString(DetailPage.TO_REVIEW)));
        as(staff).get("/dashboard/gemeenten/{code}", town).then().body(containsString("verschoonbaar: afgesproken inhaalplan"));
        // The Rijk sees the verdicts but has no form to record one.
        as(Callers.issuer().rijk()).get("/dashboard/gemeenten/{code}", town).then().statusCode(200)
                .body(containsString("verschoonbaar: afgesproken inhaalplan")).body(not(containsString("Oordeel vastleggen")));
    }
}
