package nl.permitholders.supervision.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import nl.permitholders.display.DutchFormat;

/** The pages say the ladder, the verdict, the advice's reason and the schedule colours in Dutch, from the message bundle (Labels). */
@QuarkusTest
class DashboardWordingTest {

    private final TestEvents events = new TestEvents();
    private final Period current = Period.containing(LocalDate.now(ZoneId.of("Europe/Amsterdam")));

    private String province;
    private String town;

    /** A municipality that joined this half-year 1,200 behind: the deadline that opened its chain has passed, not met. */
    @BeforeEach
    void aMunicipalityThatJoinedBehind() {
        RestAssured.requestSpecification = null;
        province = TestEvents.newProvince();
        town = TestEvents.newMunicipality();
        events.province(province, "Testprovincie " + province);
        events.municipality(town, "Dorp " + town, province);
        events.openingBalance(town, current.toString(), 1200);
        events.quota(town, current.toString(), 34, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> signedIn()
                .get("/supervision/v1/municipalities/{code}/ladder", town).then().statusCode(200)
                .body("advice.reasonCode", equalTo("NOT_MET_AT_LAST")));
    }

    private io.restassured.specification.RequestSpecification signedIn() {
        return given().header("Authorization", "Bearer " + Callers.issuer().province(province));
    }

    private static String element(String html, String id) {
        Matcher matcher = Pattern.compile("id=\"" + id + "\">(.*?)</dd>").matcher(html);
        assertThat(matcher.find()).as(id).isTrue();
        return matcher.group(1);
    }

    @Test
    void theDetailPageSaysTheStagesAndTheAdvicesReasonInDutch() {
        String html = signedIn().get("/dashboard/gemeenten/{code}", town).then().statusCode(200).extract().asString();

        assertThat(element(html, "oordeel")).isEqualTo("nog geen oordeel: de peildatum is niet voorbij");
        assertThat(element(html, "trede-nu")).isEqualTo("geen");
        assertThat(element(html, "trede-advies")).isEqualTo("signaal — niet gehaald op de laatste peildatum; meegeteld is de "
                + "peildatum waarop de reeks begon, " + DutchFormat.date(current.firstDay()) + ", met een achterstand (beginstand) van 1.200");
        assertThat(html).contains("<option value=\"ADMINISTRATIVE_AGREEMENTS\">bestuurlijke afspraken</option>");
    }

    @Test
    void theDetailPageSaysTheVerdictAtAPassedDeadlineInDutch() {
        String other = TestEvents.newMunicipality();
        Period previous = current.previous();
        events.municipality(other, "Stad " + other, province);
        events.quota(other, previous.toString(), 10, 1);
        // Coupled and not housed: the shortfall is the municipality's, not excusable.
        events.coupling(other, 10, previous.firstDay());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> signedIn()
                .get("/supervision/v1/municipalities/{code}/periods/{period}", other, previous.toString()).then().statusCode(200)
                .body("verdict.verdict", equalTo("NOT_MET")));

        String html = signedIn().queryParam("periode", previous.toString()).get("/dashboard/gemeenten/{code}", other)
                .then().statusCode(200).extract().asString();

        assertThat(element(html, "oordeel")).isEqualTo("niet gehaald");
        assertThat(element(html, "trede-advies")).isEqualTo("signaal — niet gehaald op de laatste peildatum");
    }

    @Test
    void theOverviewFiltersByTheScheduleColoursItColoursTheRowsWith() {
        String html = signedIn().get("/dashboard/provincies/{code}", province).then().statusCode(200).extract().asString();

        assertThat(html).contains("<option value=\"\">alle</option><option value=\"groen\">groen</option>"
                + "<option value=\"oranje\">oranje</option><option value=\"rood\">rood</option>");
        assertThat(html).contains("<td class=\"schemakleur schemakleur-rood\"")
                .contains("schemakleur (Opnieuw Thuis: 1/6 van de taakstelling inclusief achterstand per maand): groen op schema, "
                        + "oranje tot een maand achter, rood meer dan een maand achter.");
    }
}
