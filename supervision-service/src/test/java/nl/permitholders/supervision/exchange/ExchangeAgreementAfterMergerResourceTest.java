package nl.permitholders.supervision.exchange;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R2 with R3 through REST and the broker: the continuing municipality takes over the exchange agreements of the
 * municipalities merged into it. A pending agreement naming a merged municipality is confirmed by its successor and
 * registered on its figures; a registered one keeps its flag on them; a municipality formed on 1 April is a party for
 * that half-year; a new agreement names the successor.
 */
@QuarkusTest
class ExchangeAgreementAfterMergerResourceTest {

    private static final String EXCHANGES = "/supervision/v1/exchanges";
    private static final String FIGURES = "/supervision/v1/municipalities/{code}/periods/{period}";
    /** A half-year whose deadline has passed; its mergers take effect on 1 April, in its middle. */
    private static final String PERIOD = "2026-H1";
    private static final LocalDate FIRST_OF_APRIL = LocalDate.of(2026, 4, 1);
    private static final Map<String, Object> CLOSED_CONFIRMED = Map.of("confirmClosedHalfYear", true);
    /** One province for the class: the tests read only their own municipalities' agreements and figures. */
    private static final String PROVINCE = TestEvents.newProvince();

    private final TestEvents events = new TestEvents();

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
        events.province(PROVINCE, "Provincie " + PROVINCE);
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", Callers.as(token)).contentType(ContentType.JSON);
    }

    private static String municipality(String code) {
        return Callers.issuer().municipality(code);
    }

    private static String staff() {
        return Callers.issuer().province(PROVINCE);
    }

    /** A fresh municipality of the class's province with a quota of {@code quota} in PERIOD. */
    private String town(int quota) {
        String code = TestEvents.newMunicipality();
        events.municipality(code, "Gemeente " + code, PROVINCE);
        events.quota(code, PERIOD, quota, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(FIGURES, code, PERIOD).then().statusCode(200)
                .body("quota", equalTo(quota)));
        return code;
    }

    private static Map<String, Object> change(String code, int delta) {
        return Map.of("municipalityCode", code, "delta", delta, "backlogTransfer", 0);
    }

    private static Map<String, Object> proposal(Map<String, Object> one, Map<String, Object> other) {
        return Map.of("period", PERIOD, "changes", List.of(one, other), "reason", "afspraak in de regio");
    }

    /**
     * R3 as quota-service states it: the merger, and the continuing municipality's quota of the half-year, its parts'
     * together. (It sets theirs to 0 too; left out here, so that a merged municipality's figures show the merger alone.)
     */
    private void merger(String continuing, List<String> merged, int summedQuota, int version) {
        events.merger(continuing, merged, FIRST_OF_APRIL);
        events.quota(continuing, PERIOD, summedQuota, version);
    }

    @Test
    void aPendingAgreementNamingAMunicipalityThatMergedIsConfirmedByItsSuccessorAndRegisteredOnItsFigures() {
        String weesp = town(20);
        String amsterdam = town(40);
        String zaanstad = town(10);
        String id = as(municipality(zaanstad)).body(proposal(change(zaanstad, 15), change(weesp, -15))).post(EXCHANGES)
                .then().statusCode(201).body("changes[1].heldBy", nullValue()).extract().path("id");

        merger(amsterdam, List.of(weesp), 60, 2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(EXCHANGES + "/{id}", id).then().statusCode(200)
                .body("changes[1].municipalityCode", equalTo(weesp)).body("changes[1].heldBy", equalTo(amsterdam)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(FIGURES, amsterdam, PERIOD).then()
                .body("quota", equalTo(60)));

        as(municipality(weesp)).post(EXCHANGES + "/{id}/confirm", id).then().statusCode(403).contentType("application/problem+json");
        as(municipality(amsterdam)).get("/supervision/v1/municipalities/{code}/exchanges", amsterdam).then().statusCode(200)
                .body("id", equalTo(List.of(id)));
        as(municipality(amsterdam)).post(EXCHANGES + "/{id}/confirm", id).then().statusCode(200)
                .body("state", equalTo("CONFIRMED")).body("awaiting", hasSize(0)).body("history[1].actingFor", equalTo(amsterdam));

        as(staff()).body(CLOSED_CONFIRMED).post(EXCHANGES + "/{id}/register", id).then().statusCode(200)
                .body("state", equalTo("REGISTERED")).body("noLongerHoldsFor", hasSize(0));

        given().get(FIGURES, amsterdam, PERIOD).then().statusCode(200)
                .body("quota", equalTo(60)).body("exchanges", equalTo(-15)).body("adjustedQuota", equalTo(45));
        given().get(FIGURES, zaanstad, PERIOD).then().body("exchanges", equalTo(15));
        // Weesp's staff still read the agreement, their municipality's history.
        as(municipality(weesp)).get(EXCHANGES + "/{id}", id).then().statusCode(200).body("state", equalTo("REGISTERED"));
    }

    @Test
    void aNewAgreementNamingAMunicipalityThatMergedIsRefusedNamingItsSuccessor() {
        String weesp = town(20);
        String amsterdam = town(40);
        String zaanstad = town(10);
        merger(amsterdam, List.of(weesp), 60, 2);
        // From its merger's half-year Weesp has no figures of its own: it answers with what it became.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(FIGURES, weesp, PERIOD).then().statusCode(410)
                .body("detail", org.hamcrest.Matchers.containsString("merged into " + amsterdam)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(FIGURES, amsterdam, PERIOD).then().body("quota", equalTo(60)));

        as(municipality(zaanstad)).body(proposal(change(zaanstad, 5), change(weesp, -5))).post(EXCHANGES).then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", equalTo(List.of("changes[1].municipalityCode")))
                .body("invalidParams[0].reason", equalTo(weesp + " merged into " + amsterdam + " in " + PERIOD + " and " + PERIOD
                        + " is " + amsterdam + "'s (R3): name " + amsterdam + " instead"));
        as(municipality(zaanstad)).get("/supervision/v1/municipalities/{code}/exchanges", zaanstad).then().body("", hasSize(0));
    }

    @Test
    void aRegisteredAgreementKeepsItsFlagOnTheContinuingMunicipalityAfterTheMunicipalityThatHandedOverMerged() {
        String leerdam = town(0);
        String zederik = town(5);
        String houten = town(10);
        // Leerdam's provisional quota of 20, handed over in full and registered.
        events.provisionalQuota(leerdam, PERIOD, 20, 2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(FIGURES, leerdam, PERIOD).then().body("quota", equalTo(20)));
        String id = as(municipality(leerdam)).body(proposal(change(leerdam, -20), change(houten, 20))).post(EXCHANGES)
                .then().statusCode(201).extract().path("id");
        as(municipality(houten)).post(EXCHANGES + "/{id}/confirm", id).then().statusCode(200);
        as(staff()).body(CLOSED_CONFIRMED).post(EXCHANGES + "/{id}/register", id).then().statusCode(200);

        // Leerdam and Zederik form a new municipality on 1 April, as they formed Vijfheerenlanden; the Rijk fixes its
        // quota, its parts' together, at 5: 0 + 5 - 20 = -15.
        String formed = TestEvents.newMunicipality();
        events.municipality(formed, "Gemeente " + formed, PROVINCE);
        merger(formed, List.of(leerdam, zederik), 5, 1);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(staff()).get(EXCHANGES + "/{id}", id).then().statusCode(200)
                .body("changes[0].heldBy", equalTo(formed))
                .body("noLongerHoldsFor.municipalityCode", equalTo(List.of(formed)))
                .body("noLongerHoldsFor[0].quota", equalTo(5)).body("noLongerHoldsFor[0].adjustedQuota", equalTo(-15)));
        given().get(FIGURES, formed, PERIOD).then().statusCode(200)
                .body("adjustedQuota", equalTo(-15)).body("exchangesNoLongerHold.handedOverIn", equalTo(List.of(id)));
        as(staff()).get("/supervision/v1/provinces/{code}/exchanges", PROVINCE).then().statusCode(200)
                .body("find { it.id == '" + id + "' }.noLongerHoldsFor[0].municipalityCode", equalTo(formed));
        as(municipality(formed)).get("/supervision/v1/municipalities/{code}/exchanges", formed).then().statusCode(200)
                .body("id", hasItem(id));
    }

    @Test
    void aMunicipalityFormedOnTheFirstOfAprilIsAPartyForThatHalfYear() {
        String partOne = town(20);
        String partTwo = town(10);
        String neighbour = town(10);
        String formed = TestEvents.newMunicipality();
        events.municipality(formed, "Gemeente " + formed, PROVINCE);
        merger(formed, List.of(partOne, partTwo), 30, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(FIGURES, formed, PERIOD).then().statusCode(200)
                .body("quota", equalTo(30)));

        String id = as(municipality(formed)).body(proposal(change(formed, -10), change(neighbour, 10))).post(EXCHANGES)
                .then().statusCode(201).extract().path("id");
        as(municipality(neighbour)).post(EXCHANGES + "/{id}/confirm", id).then().statusCode(200);
        as(staff()).body(CLOSED_CONFIRMED).post(EXCHANGES + "/{id}/register", id).then().statusCode(200).body("state", equalTo("REGISTERED"));

        given().get(FIGURES, formed, PERIOD).then().body("exchanges", equalTo(-10)).body("adjustedQuota", equalTo(20));
    }
}
