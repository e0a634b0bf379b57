package nl.permitholders.supervision.merger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R3: a municipality that has ended says so. Haaren-like (split over two on 1 January 2021) and Weesp-like (merged into
 * another on 24 March 2022), on codes of their own: their lifespan names the date and what they became, with links; their
 * figures of a half-year after their end answer with that, not with zeros; their own half-years up to then stay readable.
 */
@QuarkusTest
class EndedMunicipalityTest {

    private static final String FIGURES = "/supervision/v1/municipalities/{code}/periods/{period}";
    private static final String LIFESPAN = "/supervision/v1/municipalities/{code}/lifespan";
    private static final String PROVINCE = TestEvents.SPLITS_PROVINCE;

    private final TestEvents events = new TestEvents();

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
        events.province(PROVINCE, "Provincie " + PROVINCE);
    }

    private String town(String name) {
        String code = TestEvents.newMunicipality();
        events.municipality(code, name, PROVINCE);
        return code;
    }

    @Test
    void aSplitMunicipalitySaysWhenItEndedAndOverWhomAndItsLaterFiguresAnswerSo() {
        String haaren = town("Haaren");
        String boxtel = town("Boxtel");
        String vught = town("Vught");
        events.quota(haaren, "2020-H2", 20, 1);
        events.send("quota.events", haaren, TestEvents.QUOTA + "municipality-split.v1", """
                {"splitId":"%s","municipalityCode":"%s","receivers":[{"municipalityCode":"%s","share":4000},\
                {"municipalityCode":"%s","share":3000}],"effectiveDate":"2021-01-01","effectivePeriod":"2021-H1"}"""
                .formatted(UUID.randomUUID(), haaren, boxtel, vught));

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().get(LIFESPAN, haaren).then().statusCode(200)
                .body("exists", equalTo(false)).body("name", equalTo("Haaren"))
                .body("firstPeriod", equalTo("2020-H2")).body("lastPeriod", equalTo("2020-H2"))
                .body("ended.on", equalTo("2021-01-01")).body("ended.became", equalTo("SPLIT_OVER"))
                .body("ended.effectivePeriod", equalTo("2021-H1"))
                .body("ended.successors[0].municipalityCode", equalTo(boxtel)).body("ended.successors[0].name", equalTo("Boxtel"))
                .body("ended.successors[0].share", equalTo(4000))
                .body("ended.successors[1].figures", equalTo("/supervision/v1/municipalities/" + vught + "/periods/2021-H1")));

        Response ended = given().get(FIGURES, haaren, "2026-H2");
        ended.then().statusCode(410).contentType("application/problem+json")
                .body("detail", containsString(haaren + " (Haaren) ended on 2021-01-01: split over " + boxtel + " (Boxtel), " + vught
                        + " (Vught)"))
                .body("detail", containsString("its own half-years end with 2020-H2"));
        assertThat(ended.headers().getValues("Link")).contains(
                "</supervision/v1/municipalities/" + boxtel + "/periods/2021-H1>; rel=\"successor-version\"",
                "</supervision/v1/municipalities/" + haaren + "/lifespan>; rel=\"describedby\"");
        given().get(FIGURES, haaren, "2020-H2").then().statusCode(200).body("backlog", equalTo(20));
    }

    @Test
    void aMergedMunicipalitySaysWhatItMergedIntoAndAnExistingOneThatItExists() {
        String weesp = town("Weesp");
        String amsterdam = town("Amsterdam");
        events.quota(weesp, "2021-H2", 3, 1);
        events.merger(amsterdam, List.of(weesp), LocalDate.of(2022, 3, 24));

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().get(LIFESPAN, weesp).then().statusCode(200)
                .body("exists", equalTo(false)).body("lastPeriod", equalTo("2021-H2"))
                .body("ended.on", equalTo("2022-03-24")).body("ended.became", equalTo("MERGED_INTO"))
                .body("ended.successors[0].municipalityCode", equalTo(amsterdam)).body("ended.successors[0].share", nullValue()));
        given().get(FIGURES, weesp, "2022-H1").then().statusCode(410).body("detail", containsString("merged into " + amsterdam));
        given().get(LIFESPAN, amsterdam).then().statusCode(200).body("exists", equalTo(true)).body("ended", nullValue());
        given().get(LIFESPAN, TestEvents.newMunicipality()).then().statusCode(404);
    }
}
