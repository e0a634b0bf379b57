package nl.permitholders.webhooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.infrastructure.TestTokens;
import nl.permitholders.webhooks.TestReceiver.Received;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * From a topic to a partner's receiver over real HTTP: events read from the real broker reach the receivers of the
 * subscriptions that may read them, as signed CloudEvents, in order per subject, again after the receiver failed, never
 * through a redirect, and a receiver that does not answer holds up no one else.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final String SUBSCRIPTIONS = "/webhooks/v1/subscriptions";
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    private final TestEvents events = new TestEvents();

    @jakarta.inject.Inject
    DeliveryOutcomeStore outcomes;

    @jakarta.inject.Inject
    io.vertx.mutiny.sqlclient.Pool pool;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void noDefaultCaller() {
        RestAssured.requestSpecification = null;
    }

    private static JsonPath subscribe(String token, String callbackUrl, List<String> eventTypes) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("callbackUrl", callbackUrl, "eventTypes", eventTypes)).post(SUBSCRIPTIONS)
                .then().statusCode(201).extract().jsonPath();
    }

    private List<String> ids(List<Received> received) {
        return received.stream().map(r -> r.header("webhook-id")).toList();
    }

    @Test
    void aMunicipalityHearsOfItsOwnEventsSignedAsCloudEventsInOrder() throws Exception {
        String almelo = TestEvents.newMunicipality();
        String neighbour = TestEvents.newMunicipality();
        try (TestReceiver receiver = new TestReceiver()) {
            JsonPath subscription = subscribe(TestTokens.issuer().municipality(almelo), receiver.url("/hooks"), List.of());
            String secret = subscription.getString("secret");

            List<String> quotas = new ArrayList<>();
            quotas.add(events.quota(almelo, "2025-H1", 40, 1).toString());
            events.quota(neighbour, "2025-H1", 30, 1);
            events.coupling(almelo, 3, LocalDate.of(2025, 2, 3));
            String coupling = lastId(almelo).toString();
            for (int version = 2; version <= 6; version++) {
                quotas.add(events.quota(almelo, "2025-H1", 40 + version, version).toString());
            }
            events.coupling(neighbour, 2, LocalDate.of(2025, 2, 3));

            await().atMost(DEADLINE).until(() -> receiver.accepted().size() >= quotas.size() + 1);
            List<Received> got = receiver.accepted();
            List<String> all = new ArrayList<>(quotas);
            all.add(coupling);
            assertThat(ids(got)).as("every event of the municipality, once, none of the neighbour's").containsExactlyInAnyOrderElementsOf(all);
            // in the order published on its topic; a quota and a coupling, published on two topics, have no order between them
            assertThat(ids(got).stream().filter(quotas::contains).toList()).containsExactlyElementsOf(quotas);
            for (Received request : got) {
                String id = request.header("webhook-id");
                long timestamp = Long.parseLong(request.header("webhook-timestamp"));
                assertThat(Signature.verify(secret, id, timestamp, request.body(), request.header("webhook-signature")))
                        .as("signature of %s", id).isTrue();
                assertThat(request.header("Content-Type")).startsWith("application/cloudevents+json");
                JsonNode event = json.readTree(request.body());
                assertThat(event.get("specversion").asText()).isEqualTo("1.0");
                assertThat(event.get("id").asText()).isEqualTo(id);
                assertThat(event.get("subject").asText()).isEqualTo(almelo);
                assertThat(event.get("data").get("municipalityCode").asText()).isEqualTo(almelo);
                assertThat(event.get("type").asText()).startsWith("nl.permitholders.");
                assertThat(Math.abs(timestamp - java.time.Instant.now().getEpochSecond())).isLessThan(120);
            }
            JsonNode quota = json.readTree(got.stream().filter(r -> r.header("webhook-id").equals(quotas.get(0))).findFirst().orElseThrow().body());
            assertThat(quota.get("type").asText()).isEqualTo("nl.permitholders.quota.quota-set.v1");
            assertThat(quota.get("data").get("persons").asInt()).isEqualTo(40);
        }
    }

    /** The id of the last event {@link TestEvents} sent for {@code municipality} on placement.events. */
    private UUID lastId(String municipality) {
        var records = events.kafka.readAll("placement.events", municipality);
        return UUID.fromString(nl.permitholders.infrastructure.KafkaTopics.header(records.get(records.size() - 1), "ce_id"));
    }

    @Test
    void aCorporationHearsOfItsOwnUnitsAndVacanciesOnlyAlsoWhereTheEventDoesNotNameIt() throws Exception {
        String municipality = TestEvents.newMunicipality();
        String corporation = "wh-corp-" + System.nanoTime();
        try (TestReceiver receiver = new TestReceiver()) {
            subscribe(TestTokens.issuer().corporation(corporation), receiver.url("/corporation"), List.of());
            UUID unit = UUID.randomUUID();
            UUID othersUnit = UUID.randomUUID();
            UUID registered = unitRegistered(municipality, unit, corporation);
            unitRegistered(municipality, othersUnit, "another-corporation");
            UUID vacancy = events.send("housing-stock.events", municipality, TestEvents.HOUSING_STOCK + "vacancy-reported.v1", """
                    {"vacancyId":"%s","unitId":"%s","municipalityCode":"%s","corporationId":"%s","availableFrom":"2025-03-01"}"""
                    .formatted(UUID.randomUUID(), unit, municipality, corporation));
            events.send("housing-stock.events", municipality, TestEvents.HOUSING_STOCK + "unit-retired.v1", """
                    {"unitId":"%s","municipalityCode":"%s","retiredOn":"2025-06-01"}""".formatted(othersUnit, municipality));
            UUID retired = events.send("housing-stock.events", municipality, TestEvents.HOUSING_STOCK + "unit-retired.v1", """
                    {"unitId":"%s","municipalityCode":"%s","retiredOn":"2025-06-01"}""".formatted(unit, municipality));
            events.quota(municipality, "2025-H1", 10, 1);

            await().atMost(DEADLINE).until(() -> receiver.accepted().size() >= 3);
            await().during(Duration.ofSeconds(2)).atMost(DEADLINE).until(() -> receiver.accepted().size() == 3);
            assertThat(ids(receiver.accepted())).containsExactly(registered.toString(), vacancy.toString(), retired.toString());
        }
    }

    private UUID unitRegistered(String municipality, UUID unit, String corporation) {
        return events.send("housing-stock.events", municipality, TestEvents.HOUSING_STOCK + "unit-registered.v1", """
                {"unitId":"%s","externalId":"VHE-%s","municipalityCode":"%s","ownerType":"CORPORATION","ownerId":"%s","type":"REGULAR","capacity":3}"""
                .formatted(unit, unit.toString().substring(0, 8), municipality, corporation));
    }

    @Test
    void aReceiverThatFailsGetsEveryEventOnceItRecoversInOrderWithTheLogSayingWhatHappened() throws Exception {
        String municipality = TestEvents.newMunicipality();
        String token = TestTokens.issuer().municipality(municipality);
        try (TestReceiver receiver = new TestReceiver().answering(n -> n <= 4 ? 503 : 200)) {
            String id = subscribe(token, receiver.url("/flaky"), List.of("nl.permitholders.quota.quota-set.v1")).getString("id");
            List<String> sent = new ArrayList<>();
            for (int version = 1; version <= 5; version++) {
                sent.add(events.quota(municipality, "2025-H2", 10 * version, version).toString());
            }
            await().atMost(DEADLINE).until(() -> receiver.accepted().size() >= 5);
            assertThat(ids(receiver.accepted())).containsExactlyElementsOf(sent);
            assertThat(receiver.received.subList(0, 4)).extracting(r -> r.header("webhook-id")).containsOnly(sent.get(0));

            JsonPath log = given().auth().oauth2(token).get(SUBSCRIPTIONS + "/" + id + "/deliveries")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(log.getList("items.status")).containsOnly("DELIVERED");
            assertThat(log.getList("items.eventId")).containsExactlyElementsOf(newestFirst(sent));
            assertThat(log.getInt("items[4].attempts")).isEqualTo(5);
            assertThat(log.getString("items[4].lastError")).isEqualTo("answered 503");
            assertThat(log.getInt("items[0].attempts")).isEqualTo(1);
        }
    }

    private static List<String> newestFirst(List<String> ids) {
        List<String> reversed = new ArrayList<>(ids);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    @Test
    void aRedirectIsNotFollowed() throws Exception {
        String municipality = TestEvents.newMunicipality();
        String token = TestTokens.issuer().municipality(municipality);
        try (TestReceiver receiver = new TestReceiver().answering(n -> 307)) {
            String id = subscribe(token, receiver.url("/moved"), List.of()).getString("id");
            events.quota(municipality, "2025-H1", 12, 1);
            await().atMost(DEADLINE).until(() -> receiver.received.size() >= 2);
            assertThat(receiver.received).extracting(Received::path).containsOnly("/moved");
            given().auth().oauth2(token).get(SUBSCRIPTIONS + "/" + id + "/deliveries").then().statusCode(200)
                    .body("items[0].status", org.hamcrest.Matchers.equalTo("PENDING"))
                    .body("items[0].lastStatus", org.hamcrest.Matchers.equalTo(307))
                    .body("items[0].lastError", org.hamcrest.Matchers.containsString("redirects are not followed"));
        }
    }

    @Test
    void aReceiverThatDoesNotAnswerHoldsUpNoOtherSubscription() throws Exception {
        String municipality = TestEvents.newMunicipality();
        String token = TestTokens.issuer().municipality(municipality);
        try (TestReceiver slow = new TestReceiver(); TestReceiver quick = new TestReceiver()) {
            slow.hold();
            subscribe(token, slow.url("/slow"), List.of());
            subscribe(token, quick.url("/quick"), List.of());
            List<String> sent = new ArrayList<>();
            for (int version = 1; version <= 3; version++) {
                sent.add(events.quota(municipality, "2025-H1", version, version).toString());
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> quick.accepted().size() >= 3);
            assertThat(slow.received).isEmpty();
            slow.release();
            await().atMost(DEADLINE).until(() -> slow.accepted().size() >= 3);
            assertThat(ids(slow.accepted())).containsExactlyElementsOf(sent);
        }
    }

    @Test
    void aPausedSubscriptionGetsItsEventsOnceResumedAndAReplaySendsThemAgainWithTheSameIds() throws Exception {
        String municipality = TestEvents.newMunicipality();
        String token = TestTokens.issuer().municipality(municipality);
        try (TestReceiver receiver = new TestReceiver()) {
            String id = subscribe(token, receiver.url("/paused"), List.of()).getString("id");
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("status", "PAUSED"))
                    .put(SUBSCRIPTIONS + "/" + id + "/status").then().statusCode(200);
            String first = events.quota(municipality, "2025-H1", 5, 1).toString();
            String second = events.quota(municipality, "2025-H1", 6, 2).toString();
            await().atMost(DEADLINE).until(() -> given().auth().oauth2(token).get(SUBSCRIPTIONS + "/" + id + "/deliveries")
                    .then().extract().jsonPath().getList("items").size() == 2);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> receiver.received.isEmpty());

            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("status", "ACTIVE"))
                    .put(SUBSCRIPTIONS + "/" + id + "/status").then().statusCode(200);
            await().atMost(DEADLINE).until(() -> receiver.accepted().size() >= 2);
            assertThat(ids(receiver.accepted())).containsExactly(first, second);

            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("fromEventId", second))
                    .post(SUBSCRIPTIONS + "/" + id + "/replays").then().statusCode(202).body("queued", org.hamcrest.Matchers.equalTo(1));
            // one replay at a time: the next once the first has been delivered (WebhookBoundsTest refuses one meanwhile)
            await().atMost(DEADLINE).until(() -> receiver.accepted().size() >= 3);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("from", "2000-01-01T00:00:00Z"))
                    .post(SUBSCRIPTIONS + "/" + id + "/replays").then().statusCode(202).body("queued", org.hamcrest.Matchers.equalTo(2));
            await().atMost(DEADLINE).until(() -> receiver.accepted().size() >= 5);
            assertThat(ids(receiver.accepted())).containsExactly(first, second, second, first, second);
        }
    }

    @Test
    void aDeliveryFailingForTheWholeScheduleSuspendsItsSubscriptionWithTheReasonAndResumingDeliversIt() throws Exception {
        String municipality = TestEvents.newMunicipality();
        String token = TestTokens.issuer().municipality(municipality);
        try (TestReceiver receiver = new TestReceiver().answering(n -> 503)) {
            String id = subscribe(token, receiver.url("/down"), List.of()).getString("id");
            String event = events.quota(municipality, "2025-H1", 7, 1).toString();
            await().atMost(DEADLINE).until(() -> !receiver.received.isEmpty());

            // The delivery's first failure a day ago: the next failure is past the schedule's 24 hours.
            var row = pool.preparedQuery("SELECT id, attempts FROM webhook_delivery WHERE subscription_id = $1")
                    .execute(io.vertx.mutiny.sqlclient.Tuple.of(UUID.fromString(id))).await().atMost(DEADLINE).iterator().next();
            boolean suspended = outcomes.failed(UUID.fromString(id), row.getLong("id"), row.getInteger("attempts"),
                    java.time.Instant.now().minus(Duration.ofHours(24)).minusSeconds(1), 503, "answered 503").await().atMost(DEADLINE);
            assertThat(suspended).isTrue();
            given().auth().oauth2(token).get(SUBSCRIPTIONS + "/" + id).then().statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo("SUSPENDED"))
                    .body("statusReason", org.hamcrest.Matchers.containsString("answered 503"))
                    .body("statusReason", org.hamcrest.Matchers.startsWith("deliveries failed for 24h"));
            // an attempt already under way when it was suspended has ended within a second; none follows
            await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> true);
            int triedBefore = receiver.received.size();
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> receiver.received.size() == triedBefore);

            receiver.answering(n -> 204);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("status", "ACTIVE"))
                    .put(SUBSCRIPTIONS + "/" + id + "/status").then().statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo("ACTIVE")).body("statusReason", org.hamcrest.Matchers.nullValue());
            await().atMost(DEADLINE).until(() -> receiver.accepted().size() == 1);
            assertThat(ids(receiver.accepted())).containsExactly(event);
        }
    }
}
