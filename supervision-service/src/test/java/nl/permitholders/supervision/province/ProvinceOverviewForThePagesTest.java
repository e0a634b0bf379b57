package nl.permitholders.supervision.province;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the province overview's page reads from the API alone (the dashboard is an application of its own): each
 * municipality's schedule colour (R6) and the province's, and the forecast of each backlog at the end of a running
 * half-year; documented in the OpenAPI document as integrators get them.
 */
@QuarkusTest
class ProvinceOverviewForThePagesTest {

    private static final String OVERVIEW = "/supervision/v1/provinces/{code}/periods/{period}";

    private final TestEvents events = new TestEvents();

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    @Test
    void everyLineAndTheTotalsCarryTheirScheduleColour() {
        String province = TestEvents.newProvince();
        events.province(province, "Kleur-" + province);
        String onSchedule = town(province, 12);
        String aMonthBehind = town(province, 10);
        String furtherBehind = town(province, 0);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(OVERVIEW, province, "2025-H1")
                .then().statusCode(200).body("municipalities", equalTo(3)).body("totals.housed", equalTo(22)));

        JsonPath overview = given().get(OVERVIEW, province, "2025-H1").then().statusCode(200).extract().jsonPath();
        assertThat(colourOf(overview, onSchedule)).isEqualTo("GREEN");
        // 2 behind on 12: one month's share (12 / 6)
        assertThat(colourOf(overview, aMonthBehind)).isEqualTo("ORANGE");
        assertThat(colourOf(overview, furtherBehind)).isEqualTo("RED");
        // 14 behind on 36: more than a month's share of the province's
        assertThat(overview.getString("totals.scheduleColour")).isEqualTo("RED");
        given().get("/supervision/v1/municipalities/{code}/periods/2025-H1", aMonthBehind).then().statusCode(200)
                .body("scheduleColour", equalTo("ORANGE"));
        // An ended half-year has no forecast.
        assertThat(overview.getList("lines.forecastBacklog")).containsOnlyNulls();
    }

    @Test
    void aRunningHalfYearsLinesCarryTheForecastOfTheBacklogAtItsEnd() {
        String province = TestEvents.newProvince();
        events.province(province, "Prognose-" + province);
        String running = Period.containing(LocalDate.now()).toString();
        String town = TestEvents.newMunicipality();
        events.municipality(town, "Prognose " + town, province);
        events.quota(town, running, 12, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(OVERVIEW, province, running)
                .then().statusCode(200).body("totals.quota", equalTo(12)));
        // Nobody housed in the trailing months: unchanged policy houses nobody, so the whole quota is the backlog at the end.
        given().get(OVERVIEW, province, running).then().statusCode(200).body("lines[0].forecastBacklog", equalTo(12));
    }

    @Test
    void theDocumentDescribesTheColoursAndTheForecast() {
        JsonPath document = given().get("/supervision/v1/openapi.json").then().statusCode(200).extract().jsonPath();
        Map<String, Object> figures = document.getMap("components.schemas.FiguresView.properties");
        Map<String, Object> totals = document.getMap("components.schemas.Totals.properties");
        Map<String, Object> line = document.getMap("components.schemas.MunicipalityLine.properties");
        assertThat(figures).containsKey("scheduleColour");
        assertThat(totals).containsKey("scheduleColour");
        assertThat(line).containsKey("forecastBacklog");
        assertThat(document.getList("components.schemas.FiguresView.required")).contains("scheduleColour");
    }

    /** A municipality of the province with 12 to house in 2025-H1, of whom {@code housed} housed. */
    private String town(String province, int housed) {
        String town = TestEvents.newMunicipality();
        events.municipality(town, "Kleur " + town, province);
        events.quota(town, "2025-H1", 12, 1);
        if (housed > 0) {
            events.placement(town, events.coupling(town, housed, LocalDate.of(2025, 1, 6)), housed, LocalDate.of(2025, 2, 10), null);
        }
        return town;
    }

    private static String colourOf(JsonPath overview, String town) {
        return overview.getString("lines.find { it.figures.municipalityCode == '" + town + "' }.figures.scheduleColour");
    }
}
