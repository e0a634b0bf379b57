package nl.permitholders.supervision.ledger;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R3, splits, counted once, through the real broker and database: a municipality (Haaren-like, on codes of its own) ends
 * 2010-II with 20 to house and is split over two receivers (1 : 1) on 1 January 2011, each 10 behind itself. No other
 * test has figures in 2010 or 2011, so the national series of those half-years is this test's alone. From 2011-I on the
 * split municipality's backlog is its receivers', in their parts: the province's timeline and the national series count
 * it once; an exchange agreement naming it is refused; COA's figure adopted for it moves its receivers' parts, while
 * their own arithmetic divides its own.
 */
@QuarkusTest
class SplitCountedOnceFlowTest {

    private static final String FIGURES = "/supervision/v1/municipalities/{code}/periods/{period}";

    private final TestEvents events = new TestEvents();

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    @Test
    void aSplitMunicipalityIsCountedOnceInTheNationalSeriesAndTheProvincesTimelineAndIsNoPartyAfterItsSplit() {
        String province = TestEvents.newProvince();
        String split = TestEvents.newMunicipality();
        String first = TestEvents.newMunicipality();
        String second = TestEvents.newMunicipality();
        events.province(province, "Provincie " + province);
        for (String code : List.of(split, first, second)) {
            events.municipality(code, "Gemeente " + code, province);
        }
        events.quota(split, "2010-H2", 20, 1);
        events.quota(first, "2010-H2", 10, 1);
        events.quota(second, "2010-H2", 10, 1);
        // quota-service's own figures of 2011-I: each receiver its own 5 and half of the split one's 10
        events.quota(first, "2011-H1", 10, 1);
        events.quota(second, "2011-H1", 10, 1);
        events.send("quota.events", split, TestEvents.QUOTA + "municipality-split.v1", """
                {"splitId":"%s","municipalityCode":"%s","receivers":[{"municipalityCode":"%s","share":1},\
                {"municipalityCode":"%s","share":1}],"effectiveDate":"2011-01-01","effectivePeriod":"2011-H1"}"""
                .formatted(UUID.randomUUID(), split, first, second));

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().get(FIGURES, first, "2011-H1").then().statusCode(200)
                .body("carriedBacklog", equalTo(10 + 10)));
        given().queryParam("from", "2010-H2").queryParam("until", "2011-H1").get("/supervision/v1/provinces/{code}/timeline", province)
                .then().statusCode(200)
                .body("deadlines[0].backlog", equalTo(40))
                .body("deadlines[1].adjustedQuota", equalTo(40 + 20)).body("deadlines[1].backlog", equalTo(40 + 20));
        given().queryParam("from", "2010-H2").queryParam("to", "2011-H1").get("/supervision/v1/national/series").then().statusCode(200)
                .body("[0].figures.position", equalTo(40))
                .body("[1].figures.adjustedQuota", equalTo(40 + 20)).body("[1].ownArithmetic.adjustedQuota", equalTo(40 + 20));

        // R2: the split municipality is no party to an agreement of 2011-I; its receivers are.
        given().header("Authorization", Callers.as(Callers.issuer().municipality(first))).contentType(ContentType.JSON)
                .body(Map.of("period", "2011-H1", "reason", "afspraak in de regio", "changes", List.of(
                        Map.of("municipalityCode", first, "delta", 5, "backlogTransfer", 0),
                        Map.of("municipalityCode", split, "delta", -5, "backlogTransfer", 0))))
                .post("/supervision/v1/exchanges").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("changes[1].municipalityCode"))
                .body("invalidParams[0].reason", containsString("split over"));

        // COA's end position of 30 adopted for the split municipality at 1 January 2011: its receivers carry 15 each, their
        // own arithmetic still 10 of its own 20.
        String staff = Callers.as(Callers.issuer().province(province));
        String csv = "Gemeentecode;Gemeente;Peildatum;Taakstelling;Gecorrigeerde taakstelling;Afgemeld;Stand\n"
                + split + ";Gemeente " + split + ";01-01-2011;20;20;0;-30\n";
        given().header("Authorization", staff).contentType("text/csv").queryParam("fileName", "januari 2011.csv")
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/supervision/v1/coa-position-imports").then().statusCode(201);
        given().header("Authorization", staff).contentType(ContentType.JSON)
                .body(Map.of("deadline", "2011-01-01", "reason", "stand TVS per 1 januari 2011"))
                .post("/supervision/v1/municipalities/{code}/coa-position-adoptions", split).then().statusCode(201);
        given().get(FIGURES, first, "2011-H1").then().statusCode(200)
                .body("carriedBacklog", equalTo(10 + 15))
                .body("verdict.backlog", equalTo(10 + 15 + 10)).body("verdict.ownBacklog", equalTo(10 + 10 + 10));
        given().queryParam("from", "2011-H1").queryParam("to", "2011-H1").get("/supervision/v1/national/series").then().statusCode(200)
                .body("[0].figures.adjustedQuota", equalTo(50 + 20)).body("[0].ownArithmetic.adjustedQuota", equalTo(40 + 20));
    }
}
