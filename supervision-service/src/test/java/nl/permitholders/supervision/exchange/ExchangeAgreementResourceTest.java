package nl.permitholders.supervision.exchange;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.time.NetherlandsClock;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R2, exchange agreements between municipalities through REST: each municipality with its own token proposes and
 * confirms, the province of the parties or the Rijk registers; the check on the adjusted quota at proposal and at
 * registration; role, tenant and state refusals that store nothing; and the registered agreement in the figures and
 * the ledger of its half-year.
 */
@QuarkusTest
class ExchangeAgreementResourceTest {

    private static final String EXCHANGES = "/supervision/v1/exchanges";
    private static final String FIGURES = "/supervision/v1/municipalities/{code}/periods/{period}";
    private static final String VERDICTS = "/supervision/v1/municipalities/{code}/verdicts";
    /** A half-year whose deadline (1 July 2026) has passed, so that its verdicts are given. */
    private static final String PERIOD = "2026-H1";
    /** What a registration for PERIOD, closed since 1 July 2026, must say: its verdicts change (docs/domain.md R2). */
    private static final Map<String, Object> CLOSED_CONFIRMED = Map.of("confirmClosedHalfYear", true);
    /** This test's own municipality codes: GM9700–GM9785 (GM9789 and GM9797 are the rebuild test's). */
    private static final AtomicInteger NEXT = new AtomicInteger(9700);
    /** The province of the tests that do not list its exchanges: they read only their own municipalities' exchanges and figures. */
    private static final String SHARED_PROVINCE = TestEvents.newProvince();

    private final TestEvents events = new TestEvents();

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", Callers.as(token)).contentType(ContentType.JSON);
    }

    private static String municipality(String code) {
        return Callers.issuer().municipality(code);
    }

    /** A municipality of {@code province} carrying {@code carried} into 2026-H1, with a quota of {@code quota} there. */
    private String town(String province, int carried, int quota) {
        String code = String.format("GM%04d", NEXT.getAndIncrement());
        if (NEXT.get() > 9786) {
            throw new IllegalStateException("this test's municipality codes run to GM9785");
        }
        events.municipality(code, "Gemeente " + code, province);
        if (carried != 0) {
            events.openingBalance(code, PERIOD, carried);
        }
        events.quota(code, PERIOD, quota, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(FIGURES, code, PERIOD).then().statusCode(200)
                .body("carriedBacklog", equalTo(carried)).body("quota", equalTo(quota)));
        return code;
    }

    /** A province of its own, for a test that lists the province's exchanges. */
    private static String province() {
        return registered(TestEvents.newProvince());
    }

    private static String registered(String province) {
        new TestEvents().province(province, "Provincie " + province);
        return province;
    }

    private static Map<String, Object> change(String code, int delta, int backlogTransfer) {
        return Map.of("municipalityCode", code, "delta", delta, "backlogTransfer", backlogTransfer);
    }

    private static Map<String, Object> proposal(Map<String, Object>... changes) {
        return Map.of("period", PERIOD, "changes", List.of(changes), "reason", "afspraak regio Twente");
    }

    private static String proposed(String proposer, Map<String, Object> proposal) {
        return as(municipality(proposer)).body(proposal).post(EXCHANGES).then().statusCode(201).extract().path("id");
    }

    @Test
    void theMunicipalitiesAgreeTheProvinceRegistersAndTheFiguresAndTheLedgerShowIt() {
        String province = province();
        String almelo = town(province, 30, 20);
        String hengelo = town(province, 0, 40);
        String staff = Callers.issuer().province(province);

        // Almelo hands over 35 persons, more than its own quota of 20, and 10 of the 30 it carries in: 30 + 20 - 35 - 10 = 5.
        String id = as(municipality(almelo)).body(proposal(change(almelo, -35, -10), change(hengelo, 35, 10))).post(EXCHANGES)
                .then().statusCode(201).header("Location", containsString(EXCHANGES + "/"))
                .body("state", equalTo("PROPOSED")).body("proposedBy", equalTo(almelo)).body("awaiting", equalTo(List.of(hengelo)))
                .body("history[0].step", equalTo("PROPOSED")).body("history[0].author", notNullValue())
                .extract().path("id");
        as(staff).post(EXCHANGES + "/{id}/register", id).then().statusCode(409).contentType("application/problem+json");

        as(municipality(hengelo)).post(EXCHANGES + "/{id}/confirm", id).then().statusCode(200)
                .body("state", equalTo("CONFIRMED")).body("awaiting", hasSize(0))
                .body("history[1].step", equalTo("CONFIRMED")).body("history[1].actingFor", equalTo(hengelo));
        given().get(FIGURES, almelo, PERIOD).then().body("exchanges", equalTo(0)).body("carriedBacklog", equalTo(30));

        as(staff).body(CLOSED_CONFIRMED).post(EXCHANGES + "/{id}/register", id).then().statusCode(200)
                .body("state", equalTo("REGISTERED")).body("history.step", equalTo(List.of("PROPOSED", "CONFIRMED", "REGISTERED")))
                .body("history[2].actingFor", equalTo(province)).body("history[2].at", notNullValue());

        // At once: registering raises the parties' ledger versions.
        given().get(FIGURES, almelo, PERIOD).then().statusCode(200)
                .body("carriedBacklog", equalTo(20)).body("exchanges", equalTo(-35)).body("adjustedQuota", equalTo(5));
        given().get(FIGURES, hengelo, PERIOD).then().statusCode(200)
                .body("carriedBacklog", equalTo(10)).body("exchanges", equalTo(35)).body("adjustedQuota", equalTo(85));
        String line = "find { it.eventType == 'exchange-agreement-registered' && it.kind == '%s' }";
        given().get(FIGURES + "/ledger", almelo, PERIOD).then().statusCode(200)
                .body(line.formatted("EXCHANGE") + ".persons", equalTo(-35))
                .body(line.formatted("EXCHANGE") + ".reference", equalTo(id))
                .body(line.formatted("BACKLOG_TRANSFERRED") + ".persons", equalTo(-10))
                .body(line.formatted("BACKLOG_TRANSFERRED") + ".eventId", equalTo(id))
                .body(line.formatted("BACKLOG_TRANSFERRED") + ".reason", equalTo("afspraak regio Twente"))
                .body(line.formatted("BACKLOG_TRANSFERRED") + ".decidedBy", notNullValue())
                .body(line.formatted("BACKLOG_TRANSFERRED") + ".decidedAt", notNullValue());
        // The backlog handed over carries on: 2026-H2 starts from Almelo's 5 (no one housed).
        given().get(FIGURES, almelo, "2026-H2").then().statusCode(200).body("carriedBacklog", equalTo(5));

        as(municipality(almelo)).get(EXCHANGES + "/{id}", id).then().statusCode(200).body("state", equalTo("REGISTERED"));
        as(municipality(hengelo)).get("/supervision/v1/municipalities/{code}/exchanges", hengelo).then().statusCode(200)
                .body("id", equalTo(List.of(id)));
        as(staff).get("/supervision/v1/provinces/{code}/exchanges", province).then().statusCode(200).body("id", equalTo(List.of(id)));
        as(municipality(almelo)).post(EXCHANGES + "/{id}/withdraw", id).then().statusCode(409);
    }

    /** The verdicts of {@link #PERIOD} in the verdicts list. */
    private static final String VERDICT = "find { it.period == '" + PERIOD + "' }";

    private record Agreed(String almelo, String hengelo, String id) {
    }

    /**
     * A confirmed agreement in which the first of two fresh municipalities of the shared province, 20 behind at PERIOD's
     * deadline (excusably: nobody coupled), hands its quota of 20 to the second, whose quota is 40.
     */
    private Agreed handingOverAllOfAClosedHalfYear() {
        String province = registered(SHARED_PROVINCE);
        String almelo = town(province, 0, 20);
        String hengelo = town(province, 0, 40);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(VERDICTS, almelo).then().statusCode(200)
                .body(VERDICT + ".verdict", equalTo("NOT_MET_EXCUSABLE")).body(VERDICT + ".backlog", equalTo(20)));
        String id = proposed(almelo, proposal(change(almelo, -20, 0), change(hengelo, 20, 0)));
        as(municipality(hengelo)).post(EXCHANGES + "/{id}/confirm", id).then().statusCode(200);
        return new Agreed(almelo, hengelo, id);
    }

    @Test
    void anAgreementRegisteredForAHalfYearWhoseDeadlineHasPassedChangesItsVerdictAtOnceNamingTheAgreement() {
        Agreed agreed = handingOverAllOfAClosedHalfYear();
        String almelo = agreed.almelo();
        String hengelo = agreed.hengelo();
        String id = agreed.id();

        as(Callers.issuer().province(SHARED_PROVINCE)).body(CLOSED_CONFIRMED).post(EXCHANGES + "/{id}/register", id).then().statusCode(200);

        given().get(VERDICTS, almelo).then().statusCode(200)
                .body(VERDICT + ".verdict", equalTo("MET")).body(VERDICT + ".backlog", equalTo(0))
                .body(VERDICT + ".history[-1].causeEventType", equalTo("exchange-agreement-registered"))
                .body(VERDICT + ".history[-1].causeEventId", equalTo(id));
        given().get(VERDICTS, hengelo).then().body(VERDICT + ".backlog", equalTo(60));
    }

    @Test
    void aProposalThatWouldTakeAnAdjustedQuotaBelowZeroIsRefusedNamingTheFieldAndTheNumbersAndNothingIsStored() {
        String province = province();
        String almelo = town(province, 30, 20);
        String hengelo = town(province, 0, 40);

        as(municipality(almelo)).body(proposal(change(almelo, -51, 0), change(hengelo, 51, 0))).post(EXCHANGES).then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("changes[0].delta"))
                .body("invalidParams[0].reason", containsString("at -1: carried backlog 30 + quota 20"));
        as(municipality(almelo)).body(proposal(change(almelo, 0, -31), change(hengelo, 0, 31))).post(EXCHANGES).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("changes[0].backlogTransfer"))
                .body("invalidParams[0].reason", containsString("hands over 31 persons of backlog but carries 30"));
        as(municipality(almelo)).body(proposal(change(almelo, -5, 0), change(hengelo, 4, 0))).post(EXCHANGES).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("changes"));
        as(municipality(almelo)).body(Map.of("period", "2026-H3", "changes", List.of(change(almelo, -5, 0), change(hengelo, 5, 0)),
                "reason", "x")).post(EXCHANGES).then().statusCode(400).body("invalidParams[0].name", equalTo("period"));
        as(municipality(almelo)).body(Map.of("period", PERIOD, "changes", List.of(change(almelo, -5, 0), change(hengelo, 5, 0))))
                .post(EXCHANGES).then().statusCode(400).body("invalidParams[0].name", equalTo("reason"));
        // The proposer is one of the parties.
        as(municipality(almelo)).body(proposal(change(hengelo, -5, 0), change("GM9799", 5, 0))).post(EXCHANGES).then().statusCode(400);

        given().get("/supervision/v1/municipalities/{code}/exchanges", almelo).then().statusCode(200).body("", hasSize(0));
        given().get("/supervision/v1/provinces/{code}/exchanges", province).then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void theCheckIsMadeAgainAtRegistrationOnTheFiguresAsTheyAreThen() {
        String province = registered(SHARED_PROVINCE);
        String almelo = town(province, 30, 20);
        String hengelo = town(province, 0, 40);
        String id = proposed(almelo, proposal(change(almelo, -45, 0), change(hengelo, 45, 0)));
        as(municipality(hengelo)).post(EXCHANGES + "/{id}/confirm", id).then().statusCode(200);
        // Meanwhile the Rijk lowered Almelo's quota to 10: 30 + 10 - 45 = -5.
        events.quota(almelo, PERIOD, 10, 2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(FIGURES, almelo, PERIOD).then().body("quota", equalTo(10)));

        as(Callers.issuer().province(province)).body(CLOSED_CONFIRMED).post(EXCHANGES + "/{id}/register", id).then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("changes[0].delta"))
                .body("invalidParams[0].reason", containsString("at -5"));
        given().get(EXCHANGES + "/{id}", id).then().body("state", equalTo("CONFIRMED")).body("history", hasSize(2));
        given().get(FIGURES, almelo, PERIOD).then().body("exchanges", equalTo(0));
        // A refusal, with its reason, ends it.
        as(Callers.issuer().province(province)).body(Map.of("reason", "taakstelling verlaagd")).post(EXCHANGES + "/{id}/refuse", id)
                .then().statusCode(200).body("state", equalTo("REFUSED")).body("history[2].reason", equalTo("taakstelling verlaagd"));
    }

    @Test
    void eachStepIsTheRightCallersOnlyAndOnlyInTheRightState() {
        String province = registered(SHARED_PROVINCE);
        String almelo = town(province, 30, 20);
        String hengelo = town(province, 0, 40);
        String outsider = town(province, 0, 10);
        String id = proposed(almelo, proposal(change(almelo, -10, 0), change(hengelo, 10, 0)));

        // Only a municipality proposes, confirms, declines and withdraws; only for itself.
        as(Callers.issuer().province(province)).body(proposal(change(almelo, -10, 0), change(hengelo, 10, 0))).post(EXCHANGES)
                .then().statusCode(403);
        as(Callers.issuer().province(province)).post(EXCHANGES + "/{id}/confirm", id).then().statusCode(403);
        as(municipality(outsider)).post(EXCHANGES + "/{id}/confirm", id).then().statusCode(403).contentType("application/problem+json");
        as(municipality(outsider)).get(EXCHANGES + "/{id}", id).then().statusCode(403);
        as(municipality(outsider)).get("/supervision/v1/municipalities/{code}/exchanges", almelo).then().statusCode(403);
        as(Callers.issuer().province("PV49")).get(EXCHANGES + "/{id}", id).then().statusCode(403);
        as(municipality(almelo)).post(EXCHANGES + "/{id}/confirm", id).then().statusCode(409);
        as(municipality(hengelo)).post(EXCHANGES + "/{id}/withdraw", id).then().statusCode(403);
        as(municipality(almelo)).body(Map.of("reason", "toch niet")).post(EXCHANGES + "/{id}/decline", id).then().statusCode(403);
        // Only the province of the parties or the Rijk registers or refuses.
        as(municipality(hengelo)).post(EXCHANGES + "/{id}/register", id).then().statusCode(403);
        as(Callers.issuer().province("PV49")).post(EXCHANGES + "/{id}/register", id).then().statusCode(403);
        as(Callers.issuer().province("PV49")).body(Map.of("reason", "nee")).post(EXCHANGES + "/{id}/refuse", id).then().statusCode(403);
        as(municipality(hengelo)).body(Map.of("reason", " ")).post(EXCHANGES + "/{id}/decline", id).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("reason"));
        as(municipality(hengelo)).post(EXCHANGES + "/{id}/confirm", "not-an-id").then().statusCode(400);
        as(municipality(hengelo)).post(EXCHANGES + "/{id}/confirm", "7a0e3b55-0000-4000-8000-000000000000").then().statusCode(404);
        given().get(EXCHANGES + "/{id}", id).then().body("state", equalTo("PROPOSED")).body("history", hasSize(1));

        // A party declines; nothing follows a decline.
        as(municipality(hengelo)).body(Map.of("reason", "raad stemde tegen")).post(EXCHANGES + "/{id}/decline", id).then().statusCode(200)
                .body("state", equalTo("DECLINED")).body("history[1].reason", equalTo("raad stemde tegen"));
        as(municipality(hengelo)).post(EXCHANGES + "/{id}/confirm", id).then().statusCode(409);
        as(municipality(almelo)).post(EXCHANGES + "/{id}/withdraw", id).then().statusCode(409);

        // The proposer withdraws another before registration.
        String second = proposed(almelo, proposal(change(almelo, -10, 0), change(hengelo, 10, 0)));
        as(municipality(almelo)).post(EXCHANGES + "/{id}/withdraw", second).then().statusCode(200).body("state", equalTo("WITHDRAWN"));
        given().get("/supervision/v1/municipalities/{code}/exchanges", almelo).then().body("state", equalTo(List.of("DECLINED", "WITHDRAWN")));
        given().get(FIGURES, almelo, PERIOD).then().body("exchanges", equalTo(0));
    }

    @Test
    void twoAgreementsRegisteredAtOnceThatTogetherWouldTakeAPartyBelowZeroAreCheckedOneAfterTheOther() throws Exception {
        String province = registered(SHARED_PROVINCE);
        String almelo = town(province, 30, 20);
        String hengelo = town(province, 0, 40);
        String enschede = town(province, 0, 40);
        // Each alone leaves Almelo 50 - 30 = 20; both would leave it at -10.
        String first = proposed(almelo, proposal(change(almelo, -30, 0), change(hengelo, 30, 0)));
        String second = proposed(almelo, proposal(change(almelo, -30, 0), change(enschede, 30, 0)));
        as(municipality(hengelo)).post(EXCHANGES + "/{id}/confirm", first).then().statusCode(200);
        as(municipality(enschede)).post(EXCHANGES + "/{id}/confirm", second).then().statusCode(200);
        String staff = Callers.issuer().province(province);

        // One thread each, released together, so that the three requests are in the service at the same time.
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(3);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<Integer> statuses = new java.util.ArrayList<>();
        try {
            List<java.util.concurrent.Future<Integer>> registrations = java.util.stream.Stream.of(first, second, first)
                    .map(id -> threads.submit(() -> {
                        start.await();
                        return as(staff).body(CLOSED_CONFIRMED).post(EXCHANGES + "/{id}/register", id).then().extract().statusCode();
                    }))
                    .toList();
            start.countDown();
            for (java.util.concurrent.Future<Integer> registration : registrations) {
                statuses.add(registration.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }

        org.assertj.core.api.Assertions.assertThat(statuses).as("the first agreement twice, the second once")
                .filteredOn(status -> status == 200).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(statuses).allMatch(status -> status == 200 || status == 400 || status == 409);
        int registered = (int) java.util.stream.Stream.of(first, second)
                .filter(id -> "REGISTERED".equals(given().get(EXCHANGES + "/{id}", id).then().extract().path("state"))).count();
        org.assertj.core.api.Assertions.assertThat(registered).isEqualTo(1);
        given().get(FIGURES, almelo, PERIOD).then().body("exchanges", equalTo(-30)).body("adjustedQuota", equalTo(20));
    }

    @Test
    void anAgreementAcrossProvincesOnlyTheRijkRegisters() {
        String east = registered(SHARED_PROVINCE);
        String west = province();
        String almelo = town(east, 30, 20);
        String leiden = town(west, 0, 40);
        String id = proposed(leiden, proposal(change(leiden, 15, 0), change(almelo, -15, 0)));
        as(municipality(almelo)).post(EXCHANGES + "/{id}/confirm", id).then().statusCode(200);

        as(Callers.issuer().province(east)).get(EXCHANGES + "/{id}", id).then().statusCode(200);
        as(Callers.issuer().province(east)).post(EXCHANGES + "/{id}/register", id).then().statusCode(403);
        as(Callers.issuer().province(west)).post(EXCHANGES + "/{id}/register", id).then().statusCode(403);
        given().get(EXCHANGES + "/{id}", id).then().body("state", equalTo("CONFIRMED"));

        as(Callers.issuer().rijk()).body(CLOSED_CONFIRMED).post(EXCHANGES + "/{id}/register", id).then().statusCode(200)
                .body("state", equalTo("REGISTERED")).body("history[2].actingFor", equalTo("RIJK"));
        given().get(FIGURES, leiden, PERIOD).then().body("exchanges", equalTo(15));
        as(Callers.issuer().province(west)).get("/supervision/v1/provinces/{code}/exchanges", west).then().statusCode(200)
                .body("id", hasItem(id));
    }

    @Test
    void aRegisteredExchangeThatAProvisionalQuotaFixedLowerBreaksIsFlaggedOnTheAgreementTheFiguresAndTheProvinceList() {
        String province = province();
        String almelo = town(province, 0, 0);
        String hengelo = town(province, 0, 40);
        // Almelo's provisional quota of 20, handed over in full.
        events.provisionalQuota(almelo, PERIOD, 20, 2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(FIGURES, almelo, PERIOD).then().body("quota", equalTo(20)));
        String id = proposed(almelo, proposal(change(almelo, -20, 0), change(hengelo, 20, 0)));
        as(municipality(hengelo)).post(EXCHANGES + "/{id}/confirm", id).then().statusCode(200);
        as(Callers.issuer().province(province)).body(CLOSED_CONFIRMED).post(EXCHANGES + "/{id}/register", id).then().statusCode(200)
                .body("noLongerHoldsFor", hasSize(0));
        given().get(FIGURES, almelo, PERIOD).then().body("adjustedQuota", equalTo(0)).body("exchangesNoLongerHold", nullValue());

        // The Rijk fixes Almelo's quota at 5: 0 + 5 - 20 = -15, a lead of 15 with nobody housed.
        events.quota(almelo, PERIOD, 5, 3);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(FIGURES, almelo, PERIOD).then().statusCode(200)
                .body("quotaStatus", equalTo("FINAL")).body("adjustedQuota", equalTo(-15))
                .body("exchangesNoLongerHold.adjustedQuota", equalTo(-15))
                .body("exchangesNoLongerHold.handedOverIn", equalTo(List.of(id)))
                .body("exchangesNoLongerHold.explanation", containsString("is -15: carried backlog 0 + quota 5 - 20 exchanged")));
        as(Callers.issuer().province(province)).get(EXCHANGES + "/{id}", id).then().statusCode(200)
                .body("state", equalTo("REGISTERED"))
                .body("noLongerHoldsFor.municipalityCode", equalTo(List.of(almelo)))
                .body("noLongerHoldsFor[0].quota", equalTo(5)).body("noLongerHoldsFor[0].adjustedQuota", equalTo(-15));
        as(Callers.issuer().rijk()).get("/supervision/v1/provinces/{code}/exchanges", province).then().statusCode(200)
                .body("[0].noLongerHoldsFor[0].municipalityCode", equalTo(almelo));
        // Hengelo took over: the agreement still holds for it, and its figures carry no flag.
        given().get(FIGURES, hengelo, PERIOD).then().body("adjustedQuota", equalTo(60)).body("exchangesNoLongerHold", nullValue());
    }

    @Test
    void anExchangeTheRijkRecordedInOneStepThatTakesAMunicipalityBelowZeroIsFlaggedToo() {
        String province = province();
        String almelo = town(province, 30, 20);
        String hengelo = town(province, 0, 40);
        String id = proposed(almelo, proposal(change(almelo, -45, 0), change(hengelo, 45, 0)));
        as(municipality(hengelo)).post(EXCHANGES + "/{id}/confirm", id).then().statusCode(200);
        as(Callers.issuer().province(province)).body(CLOSED_CONFIRMED).post(EXCHANGES + "/{id}/register", id).then().statusCode(200);
        UUID oneStep = UUID.randomUUID();

        // quota-service checks only quota and its own exchanges: 20 - 15 >= 0 there; here 30 + 20 - 45 - 15 = -10.
        events.send("quota.events", almelo, "nl.permitholders.quota.quota-exchanged.v1", """
                {"exchangeId":"%s","municipalityCode":"%s","period":"%s","delta":-15,"partners":["%s"]}"""
                .formatted(oneStep, almelo, PERIOD, hengelo));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(FIGURES, almelo, PERIOD).then()
                .body("adjustedQuota", equalTo(-10))
                .body("exchangesNoLongerHold.handedOverIn", containsInAnyOrder(id, oneStep.toString())));
        given().get(EXCHANGES + "/{id}", id).then().body("noLongerHoldsFor[0].adjustedQuota", equalTo(-10));
    }

    @Test
    void anAgreementForAClosedHalfYearIsRegisteredOnlyWhenConfirmedAndTheVerdictHistoryShowsTheConfirmation() {
        Agreed agreed = handingOverAllOfAClosedHalfYear();
        String almelo = agreed.almelo();
        String hengelo = agreed.hengelo();
        String id = agreed.id();
        String staff = Callers.issuer().province(SHARED_PROVINCE);

        as(staff).post(EXCHANGES + "/{id}/register", id).then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", equalTo(List.of("confirmClosedHalfYear")))
                .body("invalidParams[0].reason", containsString("2026-H1 closed at its deadline 2026-07-01"));
        as(staff).body(Map.of("confirmClosedHalfYear", false)).post(EXCHANGES + "/{id}/register", id).then().statusCode(400);
        as(staff).body(Map.of("confirmClosedHalfYear", true, "reason", "x".repeat(501))).post(EXCHANGES + "/{id}/register", id)
                .then().statusCode(400).body("invalidParams[0].name", containsString("reason"));
        given().get(EXCHANGES + "/{id}", id).then().body("state", equalTo("CONFIRMED"));
        given().get(VERDICTS, almelo).then().body(VERDICT + ".verdict", equalTo("NOT_MET_EXCUSABLE"));

        as(staff).body(Map.of("confirmClosedHalfYear", true, "reason", "raadsbesluit Hengelo kwam pas in september"))
                .post(EXCHANGES + "/{id}/register", id).then().statusCode(200)
                .body("state", equalTo("REGISTERED"))
                .body("history[2].reason", equalTo("registered after 2026-H1 closed at its deadline 2026-07-01, confirmed "
                        + "explicitly: raadsbesluit Hengelo kwam pas in september"));

        given().get(VERDICTS, almelo).then().statusCode(200)
                .body(VERDICT + ".verdict", equalTo("MET"))
                .body(VERDICT + ".history[-1].causeEventId", equalTo(id))
                .body(VERDICT + ".history[-1].causeNote", allOf(containsString("confirmed explicitly: raadsbesluit Hengelo"),
                        containsString("for " + SHARED_PROVINCE)));
        // Hengelo's verdict changes in its backlog only; its history names the late registration too.
        given().get(VERDICTS, hengelo).then()
                .body(VERDICT + ".history[-1].causeEventId", equalTo(id))
                .body(VERDICT + ".history[-1].causeNote", containsString("registered after 2026-H1 closed"));
    }

    @Test
    void anAgreementForTheHalfYearStillRunningIsRegisteredWithoutABody() {
        String province = registered(SHARED_PROVINCE);
        String almelo = town(province, 30, 20);
        String hengelo = town(province, 0, 40);
        String running = Period.containing(LocalDate.now(NetherlandsClock.NETHERLANDS)).toString();
        String id = proposed(almelo, Map.of("period", running, "changes", List.of(change(almelo, -10, 0), change(hengelo, 10, 0)),
                "reason", "afspraak regio Twente"));
        as(municipality(hengelo)).post(EXCHANGES + "/{id}/confirm", id).then().statusCode(200);

        given().header("Authorization", Callers.as(Callers.issuer().province(province))).post(EXCHANGES + "/{id}/register", id)
                .then().statusCode(200).body("state", equalTo("REGISTERED")).body("history[2].reason", nullValue());
    }
}
