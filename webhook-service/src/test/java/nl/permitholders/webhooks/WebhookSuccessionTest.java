package nl.permitholders.webhooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.permitholders.infrastructure.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Subscriptions follow mergers and splits (R3), from the topics to real receivers: the continuing municipality hears of
 * the merged ones' couplings from the merger date, the merged municipality's subscription is closed naming its
 * successor and cannot be resumed, a filter naming the merged municipality follows it into its successor, and a
 * split's receivers hear of the split municipality's events.
 */
@QuarkusTest
class WebhookSuccessionTest {

    private static final String SUBSCRIPTIONS = "/webhooks/v1/subscriptions";
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    private final TestEvents events = new TestEvents();

    @BeforeEach
    void noDefaultCaller() {
        RestAssured.requestSpecification = null;
    }

    private static String subscribe(String token, String callbackUrl, List<String> codes) {
        Map<String, Object> body = new HashMap<>();
        body.put("callbackUrl", callbackUrl);
        body.put("municipalityCodes", codes);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(SUBSCRIPTIONS)
                .then().statusCode(201).extract().jsonPath().getString("id");
    }

    /** The id of the event {@link TestEvents#coupling} sent last for {@code municipality} (it returns the coupling's id). */
    private String lastCouplingEvent(String municipality) {
        var records = events.kafka.readAll("placement.events", municipality);
        return nl.permitholders.infrastructure.KafkaTopics.header(records.get(records.size() - 1), "ce_id");
    }

    private static List<String> ids(TestReceiver receiver) {
        return receiver.accepted().stream().map(r -> r.header("webhook-id")).toList();
    }

    @Test
    void aMergerTakesTheMergedMunicipalitysSubscribersAlongAndSuspendsItsOwnNamingTheContinuingOne() throws Exception {
        String merged = TestEvents.newMunicipality();
        String continuing = TestEvents.newMunicipality();
        String mergedToken = TestTokens.issuer().municipality(merged);
        try (TestReceiver ofContinuing = new TestReceiver(); TestReceiver ofMerged = new TestReceiver();
             TestReceiver rijkFollowingMerged = new TestReceiver()) {
            subscribe(TestTokens.issuer().municipality(continuing), ofContinuing.url("/continuing"), List.of());
            String mergedSubscription = subscribe(mergedToken, ofMerged.url("/merged"), List.of());
            subscribe(TestTokens.issuer().rijk(), rijkFollowingMerged.url("/rijk"), List.of(merged));

            String before = events.quota(merged, "2025-H1", 20, 1).toString();
            await().atMost(DEADLINE).until(() -> ofMerged.accepted().size() == 1 && rijkFollowingMerged.accepted().size() == 1);
            assertThat(ids(ofMerged)).containsExactly(before);
            assertThat(ofContinuing.received).as("not the continuing municipality's before the merger").isEmpty();

            events.merger(continuing, List.of(merged), TODAY.minusDays(1));
            // the merged municipality's coupling, whose events keep naming it, and the continuing one's quota
            events.coupling(merged, 3, TODAY.minusDays(30));
            String coupling = lastCouplingEvent(merged);
            String quota = events.quota(continuing, "2025-H1", 50, 1).toString();

            await().atMost(DEADLINE).until(() -> ids(ofContinuing).containsAll(List.of(coupling, quota)));
            await().atMost(DEADLINE).until(() -> ids(rijkFollowingMerged).contains(quota));
            assertThat(ids(rijkFollowingMerged)).as("the Rijk's filter naming the merged municipality follows it")
                    .doesNotContain(coupling); // the Rijk does not read placement.events at all

            given().auth().oauth2(mergedToken).get(SUBSCRIPTIONS + "/" + mergedSubscription).then().statusCode(200)
                    .body("status", equalTo("CLOSED"))
                    .body("statusReason", containsString(merged + " merged into " + continuing))
                    .body("statusReason", containsString("subscribe with a token of " + continuing));
            assertThat(ids(ofMerged)).as("the merged municipality hears of nothing after it ceased").containsExactly(before);

            given().auth().oauth2(mergedToken).contentType(ContentType.JSON).body(Map.of("status", "ACTIVE"))
                    .put(SUBSCRIPTIONS + "/" + mergedSubscription + "/status").then().statusCode(409)
                    .body("detail", containsString("merged into " + continuing));
            given().auth().oauth2(mergedToken).contentType(ContentType.JSON).body(Map.of("callbackUrl", ofMerged.url("/again")))
                    .post(SUBSCRIPTIONS).then().statusCode(409);
        }
    }

    @Test
    void aMergerAheadOfItsDateChangesNothingYet() throws Exception {
        String merged = TestEvents.newMunicipality();
        String continuing = TestEvents.newMunicipality();
        try (TestReceiver ofContinuing = new TestReceiver(); TestReceiver ofMerged = new TestReceiver()) {
            String continuingSubscription = subscribe(TestTokens.issuer().municipality(continuing), ofContinuing.url("/c"), List.of());
            String mergedToken = TestTokens.issuer().municipality(merged);
            String mergedSubscription = subscribe(mergedToken, ofMerged.url("/m"), List.of());
            events.merger(continuing, List.of(merged), TODAY.plusMonths(2));
            events.coupling(merged, 2, TODAY.minusDays(3));
            String coupling = lastCouplingEvent(merged);
            events.coupling(continuing, 2, TODAY.minusDays(3));
            String own = lastCouplingEvent(continuing);

            await().atMost(DEADLINE).until(() -> ids(ofMerged).contains(coupling) && ids(ofContinuing).contains(own));
            assertThat(ids(ofContinuing)).doesNotContain(coupling);
            given().auth().oauth2(mergedToken).get(SUBSCRIPTIONS + "/" + mergedSubscription).then().statusCode(200)
                    .body("status", equalTo("ACTIVE"));
            assertThat(continuingSubscription).isNotNull();
        }
    }

    @Test
    void aSplitsReceiversHearOfTheSplitMunicipalitysCouplingsAndItsSubscriptionIsSuspendedNamingThem() throws Exception {
        String split = TestEvents.newMunicipality();
        String first = TestEvents.newMunicipality();
        String second = TestEvents.newMunicipality();
        String splitToken = TestTokens.issuer().municipality(split);
        try (TestReceiver ofFirst = new TestReceiver(); TestReceiver ofSplit = new TestReceiver()) {
            subscribe(TestTokens.issuer().municipality(first), ofFirst.url("/first"), List.of());
            String splitSubscription = subscribe(splitToken, ofSplit.url("/split"), List.of());
            events.send("quota.events", split, TestEvents.QUOTA + "municipality-split.v1", """
                    {"splitId":"%s","municipalityCode":"%s","receivers":[{"municipalityCode":"%s","share":600},
                    {"municipalityCode":"%s","share":400}],"effectiveDate":"%s","effectivePeriod":"%s"}"""
                    .formatted(java.util.UUID.randomUUID(), split, first, second, TODAY.minusDays(1),
                            TODAY.minusDays(1).getYear() + "-H" + (TODAY.minusDays(1).getMonthValue() <= 6 ? 1 : 2)));
            events.coupling(split, 4, TODAY.minusDays(40));
            String coupling = lastCouplingEvent(split);
            events.coupling(second, 1, TODAY.minusDays(2));
            String neighbour = lastCouplingEvent(second);

            await().atMost(DEADLINE).until(() -> ids(ofFirst).contains(coupling));
            assertThat(ids(ofFirst)).doesNotContain(neighbour);
            await().atMost(DEADLINE).untilAsserted(() -> given().auth().oauth2(splitToken).get(SUBSCRIPTIONS + "/" + splitSubscription)
                    .then().statusCode(200).body("status", equalTo("CLOSED"))
                    .body("statusReason", containsString(split + " was split over " + first + ", " + second)));
            assertThat(ids(ofSplit)).doesNotContain(coupling);
        }
    }
}
