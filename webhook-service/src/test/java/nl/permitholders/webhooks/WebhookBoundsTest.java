package nl.permitholders.webhooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.permitholders.infrastructure.TestTokens;
import nl.permitholders.webhooks.TestReceiver.Received;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Webhooks bounded by owner and accountable, as an integrator and a privacy officer see them through the API: a cap on
 * subscriptions per owner and one replay at a time, which queues what waits already once; a secret rotated with both
 * signatures on the deliveries meanwhile; pending deliveries that expire, visibly, and can be replayed; every write in
 * the audit trail with who made it; no internal address reachable and none shown in an error.
 */
@QuarkusTest
class WebhookBoundsTest {

    private static final String SUBSCRIPTIONS = "/webhooks/v1/subscriptions";
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String QUOTA_SET = "nl.permitholders.quota.quota-set.v1";

    private final TestEvents events = new TestEvents();

    @Inject
    Pool pool;

    @Inject
    WebhookRetention retention;

    @BeforeEach
    void noDefaultCaller() {
        RestAssured.requestSpecification = null;
    }

    private static JsonPath subscribe(String token, String callbackUrl) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("callbackUrl", callbackUrl, "eventTypes", List.of(QUOTA_SET))).post(SUBSCRIPTIONS)
                .then().statusCode(201).extract().jsonPath();
    }

    @Test
    void anOwnerHasTenSubscriptionsAtMostAndTheEleventhIsRefusedSayingWhy() {
        String owner = TestTokens.issuer().corporation("wh-cap-" + System.nanoTime());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("callbackUrl", "http://localhost:9/" + i))
                    .post(SUBSCRIPTIONS).then().statusCode(201).extract().path("id"));
        }
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("callbackUrl", "http://localhost:9/eleventh"))
                .post(SUBSCRIPTIONS).then().statusCode(409).contentType("application/problem+json")
                .body("invalidParams", hasSize(1)).body("invalidParams[0].name", equalTo("subscriptions"))
                .body("invalidParams[0].reason", org.hamcrest.Matchers.containsString("10 webhook subscriptions, the most one may have"));
        given().auth().oauth2(owner).get(SUBSCRIPTIONS).then().statusCode(200).body("", hasSize(10));
        // another owner is not held to this one's count; a deletion makes room
        given().auth().oauth2(TestTokens.issuer().corporation("wh-cap-other-" + System.nanoTime())).contentType(ContentType.JSON)
                .body(Map.of("callbackUrl", "http://localhost:9/x")).post(SUBSCRIPTIONS).then().statusCode(201);
        given().auth().oauth2(owner).delete(SUBSCRIPTIONS + "/" + ids.get(0)).then().statusCode(204);
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("callbackUrl", "http://localhost:9/eleventh"))
                .post(SUBSCRIPTIONS).then().statusCode(201);
    }

    @Test
    void aReplayQueuesWhatWaitsAlreadyOnceAndASecondWaitsForTheFirst() throws Exception {
        String municipality = TestEvents.newMunicipality();
        String token = TestTokens.issuer().municipality(municipality);
        try (TestReceiver receiver = new TestReceiver()) {
            String id = subscribe(token, receiver.url("/replays")).getString("id");
            List<String> sent = new ArrayList<>();
            for (int version = 1; version <= 3; version++) {
                sent.add(events.quota(municipality, "2026-H1", 10 + version, version).toString());
            }
            await().atMost(DEADLINE).until(() -> receiver.accepted().size() >= 3);
            // paused: what the replay queues waits, so the event published meanwhile is waiting already when it replays
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("status", "PAUSED"))
                    .put(SUBSCRIPTIONS + "/" + id + "/status").then().statusCode(200);
            sent.add(events.quota(municipality, "2026-H1", 20, 4).toString());
            await().atMost(DEADLINE).until(() -> log(token, id).getList("items.status").size() >= 4);

            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("from", "2000-01-01T00:00:00Z"))
                    .post(SUBSCRIPTIONS + "/" + id + "/replays").then().statusCode(202)
                    .body("queued", equalTo(3)).body("alreadyWaiting", equalTo(1));
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("fromEventId", sent.get(0)))
                    .post(SUBSCRIPTIONS + "/" + id + "/replays").then().statusCode(409).contentType("application/problem+json")
                    .body("invalidParams[0].name", equalTo("fromEventId"))
                    .body("invalidParams[0].reason", org.hamcrest.Matchers.containsString("a replay of this subscription is still running"));

            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("status", "ACTIVE"))
                    .put(SUBSCRIPTIONS + "/" + id + "/status").then().statusCode(200);
            await().atMost(DEADLINE).until(() -> receiver.accepted().size() >= 7);
            await().during(Duration.ofSeconds(2)).atMost(DEADLINE).until(() -> receiver.accepted().size() == 7);
            List<String> got = receiver.accepted().stream().map(r -> r.header("webhook-id")).toList();
            assertThat(got.subList(0, 3)).containsExactlyElementsOf(sent.subList(0, 3));
            assertThat(got.subList(3, 7)).as("the waiting one once, then the replayed ones, in order").containsExactly(sent.get(3),
                    sent.get(0), sent.get(1), sent.get(2));
            // the first replay has run: another is taken
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("fromEventId", sent.get(3)))
                    .post(SUBSCRIPTIONS + "/" + id + "/replays").then().statusCode(202).body("queued", equalTo(1));
        }
    }

    private static JsonPath log(String token, String id) {
        return given().auth().oauth2(token).get(SUBSCRIPTIONS + "/" + id + "/deliveries?pageSize=100").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aRotatedSecretSignsBesideTheNewOneSoTheReceiverVerifiesWithEither() throws Exception {
        String municipality = TestEvents.newMunicipality();
        String token = TestTokens.issuer().municipality(municipality);
        try (TestReceiver receiver = new TestReceiver()) {
            JsonPath created = subscribe(token, receiver.url("/rotation"));
            String id = created.getString("id");
            String old = created.getString("secret");
            JsonPath rotated = given().auth().oauth2(token).post(SUBSCRIPTIONS + "/" + id + "/secret-rotations")
                    .then().statusCode(201).body("previousSecretSignsUntil", notNullValue()).extract().jsonPath();
            String fresh = rotated.getString("secret");
            assertThat(fresh).startsWith("whsec_").isNotEqualTo(old);
            given().auth().oauth2(token).get(SUBSCRIPTIONS + "/" + id).then().statusCode(200)
                    .body("secret", org.hamcrest.Matchers.nullValue())
                    .body("previousSecretSignsUntil", equalTo(rotated.getString("previousSecretSignsUntil")));

            String event = events.quota(municipality, "2026-H1", 7, 1).toString();
            await().atMost(DEADLINE).until(() -> receiver.accepted().size() >= 1);
            Received delivery = receiver.accepted().get(0);
            assertThat(delivery.header("webhook-id")).isEqualTo(event);
            String[] signatures = delivery.header("webhook-signature").split(" ");
            assertThat(signatures).hasSize(2);
            assertThat(StandardWebhooksVerifier.verifies(fresh, delivery)).as("the new secret").isTrue();
            assertThat(StandardWebhooksVerifier.verifies(old, delivery)).as("the previous secret, during the overlap").isTrue();
            assertThat(StandardWebhooksVerifier.verifies(Signature.newSecret(), delivery)).as("any other secret").isFalse();
        }
    }

    /** A receiver's own check, as the Standard Webhooks specification describes it; independent of {@link Signature}. */
    static final class StandardWebhooksVerifier {

        static boolean verifies(String secret, Received delivery) throws Exception {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            mac.update((delivery.header("webhook-id") + "." + delivery.header("webhook-timestamp") + ".").getBytes(StandardCharsets.UTF_8));
            byte[] expected = Base64.getEncoder().encode(mac.doFinal(delivery.body()));
            for (String signature : delivery.header("webhook-signature").split(" ")) {
                String[] versioned = signature.split(",", 2);
                if (versioned.length == 2 && versioned[0].equals("v1")
                        && MessageDigest.isEqual(expected, versioned[1].getBytes(StandardCharsets.US_ASCII))) {
                    return true;
                }
            }
            return false;
        }
    }

    @Test
    void aPendingDeliveryExpiresVisiblyAndIsReplayedWhileItsEventIsKept() throws Exception {
        String municipality = TestEvents.newMunicipality();
        String token = TestTokens.issuer().municipality(municipality);
        try (TestReceiver receiver = new TestReceiver()) {
            String id = subscribe(token, receiver.url("/expiry")).getString("id");
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("status", "PAUSED"))
                    .put(SUBSCRIPTIONS + "/" + id + "/status").then().statusCode(200);
            String event = events.quota(municipality, "2026-H1", 9, 1).toString();
            await().atMost(DEADLINE).until(() -> log(token, id).getList("items").size() == 1);
            JsonPath waiting = log(token, id);
            assertThat(waiting.getString("items[0].status")).isEqualTo("PENDING");
            assertThat(java.time.Instant.parse(waiting.getString("items[0].expiresAt")))
                    .isEqualTo(java.time.Instant.parse(waiting.getString("items[0].createdAt")).plus(Duration.ofDays(7)));

            // eight days later, as far as this delivery is concerned
            pool.preparedQuery("UPDATE webhook_delivery SET created_at = created_at - interval '8 days' WHERE subscription_id = $1")
                    .execute(Tuple.of(UUID.fromString(id))).await().indefinitely();
            retention.purge().await().indefinitely();
            given().auth().oauth2(token).get(SUBSCRIPTIONS + "/" + id + "/deliveries").then().statusCode(200)
                    .body("items.status", contains("EXPIRED")).body("items[0].expiredAt", notNullValue())
                    .body("items[0].eventId", equalTo(event));

            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("status", "ACTIVE"))
                    .put(SUBSCRIPTIONS + "/" + id + "/status").then().statusCode(200);
            await().during(Duration.ofSeconds(1)).atMost(DEADLINE).until(() -> receiver.accepted().isEmpty());
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("fromEventId", event))
                    .post(SUBSCRIPTIONS + "/" + id + "/replays").then().statusCode(202).body("queued", equalTo(1));
            await().atMost(DEADLINE).until(() -> receiver.accepted().size() == 1);
            assertThat(receiver.accepted().get(0).header("webhook-id")).isEqualTo(event);
        }
    }

    @Test
    void everyWriteOfASubscriptionIsInItsOwnersAuditTrailWithWhoMadeIt() {
        String corporation = "wh-audit-" + System.nanoTime();
        String owner = TestTokens.issuer().corporation(corporation);
        JsonPath created = given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("callbackUrl", "http://localhost:9/audit"))
                .post(SUBSCRIPTIONS).then().statusCode(201).body("createdBy", equalTo("integrator-" + corporation)).extract().jsonPath();
        String id = created.getString("id");
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("status", "PAUSED"))
                .put(SUBSCRIPTIONS + "/" + id + "/status").then().statusCode(200);
        given().auth().oauth2(owner).post(SUBSCRIPTIONS + "/" + id + "/secret-rotations").then().statusCode(201);
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("from", "2000-01-01T00:00:00Z"))
                .post(SUBSCRIPTIONS + "/" + id + "/replays").then().statusCode(202);
        given().auth().oauth2(owner).get(SUBSCRIPTIONS + "/" + id).then().statusCode(200).body("createdBy", equalTo("integrator-" + corporation));
        given().auth().oauth2(owner).delete(SUBSCRIPTIONS + "/" + id).then().statusCode(204);
        // a refused write leaves no entry
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("callbackUrl", "http://10.0.0.1/x"))
                .post(SUBSCRIPTIONS).then().statusCode(400);

        JsonPath trail = given().auth().oauth2(owner).get(SUBSCRIPTIONS + "/audit-trail").then().statusCode(200).extract().jsonPath();
        assertThat(trail.getList("items.action")).containsExactly("webhook-subscription-deleted", "webhook-subscription-replayed",
                "webhook-subscription-secret-rotated", "webhook-subscription-status-changed", "webhook-subscription-created");
        assertThat(trail.getList("items.actor")).containsOnly("integrator-" + corporation);
        assertThat(trail.getList("items.actorTenant")).containsOnly("corporation:" + corporation);
        assertThat(trail.getList("items.recordId")).containsOnly(id);
        assertThat(trail.getList("items.operation")).contains("POST /webhooks/v1/subscriptions",
                "DELETE /webhooks/v1/subscriptions/" + id);
        assertThat(trail.getString("items[3].details")).isEqualTo("status PAUSED");
        assertThat(trail.getString("items[4].details")).contains("callbackUrl http://localhost:9/audit");
        // another owner's trail holds none of it
        given().auth().oauth2(TestTokens.issuer().corporation("wh-audit-other-" + System.nanoTime())).get(SUBSCRIPTIONS + "/audit-trail")
                .then().statusCode(200).body("items", hasSize(0));
    }

    /** The hostile callbacks, each refused naming callbackUrl and with nothing stored. */
    @ParameterizedTest
    @ValueSource(strings = {"http://[::127.0.0.1]/x", "http://[::7f00:1]/x", "http://[64:ff9b::7f00:1]/x", "http://[64:ff9b:1::a00:1]/x",
            "http://[2002:7f00:1::1]/x", "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/x", "http://198.18.0.1/x", "http://192.0.2.1/x",
            "http://[2001:db8::1]/x", "http://[100::1]/x"})
    void aCallbackReachingInsideThroughATransitionOrSpecialPurposeAddressIsRefused(String url) {
        String owner = TestTokens.issuer().corporation("wh-special-" + System.nanoTime());
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("callbackUrl", url, "eventTypes",
                        List.of("nl.permitholders.housingstock.vacancy-reported.v1")))
                .post(SUBSCRIPTIONS).then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams", hasSize(1)).body("invalidParams[0].name", equalTo("callbackUrl"))
                .body("invalidParams[0].reason", equalTo(CallbackAddressRule.INTERNAL));
        given().auth().oauth2(owner).get(SUBSCRIPTIONS).then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void aFailedDeliveryTellsItsOwnerWhatKindOfFailureWithoutAnAddressOrPort() throws Exception {
        String municipality = TestEvents.newMunicipality();
        String token = TestTokens.issuer().municipality(municipality);
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort(); // nothing listens there once it is closed
        }
        String id = subscribe(token, "http://localhost:" + closed + "/hooks").getString("id");
        events.quota(municipality, "2026-H1", 5, 1);
        await().atMost(DEADLINE).until(() -> log(token, id).getString("items[0].lastError") != null);
        String error = log(token, id).getString("items[0].lastError");
        assertThat(error).isEqualTo("OPTIONS could not connect");
        assertThat(error).doesNotContain(Integer.toString(closed)).doesNotContain("127.0.0.1").doesNotContain("localhost")
                .doesNotContain("Connection refused");
        given().auth().oauth2(token).delete(SUBSCRIPTIONS + "/" + id).then().statusCode(204);
    }

    @Test
    void aDeliveryCarriesNoTraceOfTheSystemsOwnTracing() throws Exception {
        String municipality = TestEvents.newMunicipality();
        try (TestReceiver receiver = new TestReceiver()) {
            subscribe(TestTokens.issuer().municipality(municipality), receiver.url("/trace"));
            events.quota(municipality, "2026-H1", 3, 1);
            await().atMost(DEADLINE).until(() -> receiver.accepted().size() >= 1);
            assertThat(receiver.accepted().get(0).header("traceparent")).isNull();
            assertThat(receiver.accepted().get(0).header("tracestate")).isNull();
            assertThat(receiver.handshakes.get(0).header("traceparent")).isNull();
        }
    }
}
