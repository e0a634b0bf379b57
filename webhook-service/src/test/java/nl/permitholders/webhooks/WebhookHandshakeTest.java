package nl.permitholders.webhooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.permitholders.infrastructure.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The abuse-protection handshake of the CloudEvents webhook specification over real HTTP: an OPTIONS request with this
 * sender's WebHook-Request-Origin before the first delivery; a receiver that allows it gets its events, one that does
 * not gets none, its subscription suspended saying why, until its owner resumes it.
 */
@QuarkusTest
class WebhookHandshakeTest {

    private static final String SUBSCRIPTIONS = "/webhooks/v1/subscriptions";
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String ORIGIN = "permitholders-webhooks";

    private final TestEvents events = new TestEvents();

    @BeforeEach
    void noDefaultCaller() {
        RestAssured.requestSpecification = null;
    }

    private static String subscribe(String token, String callbackUrl) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("callbackUrl", callbackUrl)).post(SUBSCRIPTIONS)
                .then().statusCode(201).body("callbackAllowedAt", nullValue()).extract().jsonPath().getString("id");
    }

    @Test
    void aReceiverThatAllowsTheOriginIsAskedOnceBeforeItsFirstDelivery() throws Exception {
        String municipality = TestEvents.newMunicipality();
        String token = TestTokens.issuer().municipality(municipality);
        try (TestReceiver receiver = new TestReceiver()) {
            String id = subscribe(token, receiver.url("/allowing"));
            String first = events.quota(municipality, "2025-H1", 11, 1).toString();
            String second = events.quota(municipality, "2025-H1", 12, 2).toString();
            await().atMost(DEADLINE).until(() -> receiver.accepted().size() >= 2);
            assertThat(receiver.accepted()).extracting(r -> r.header("webhook-id")).containsExactly(first, second);
            assertThat(receiver.handshakes).hasSize(1);
            assertThat(receiver.handshakes.get(0).header("WebHook-Request-Origin")).isEqualTo(ORIGIN);
            assertThat(receiver.handshakes.get(0).path()).isEqualTo("/allowing");
            given().auth().oauth2(token).get(SUBSCRIPTIONS + "/" + id).then().statusCode(200)
                    .body("status", equalTo("ACTIVE")).body("callbackAllowedAt", notNullValue());
        }
    }

    @Test
    void aReceiverThatDoesNotAllowItGetsNothingUntilItDoesAndItsOwnerResumes() throws Exception {
        String municipality = TestEvents.newMunicipality();
        String token = TestTokens.issuer().municipality(municipality);
        try (TestReceiver receiver = new TestReceiver().allowing(origin -> null); TestReceiver elsewhere = new TestReceiver()
                .allowing(origin -> "someone-else.example.org")) {
            String id = subscribe(token, receiver.url("/not-asked-for"));
            String other = subscribe(token, elsewhere.url("/other-origin"));
            String event = events.quota(municipality, "2025-H1", 13, 1).toString();

            await().atMost(DEADLINE).untilAsserted(() -> given().auth().oauth2(token).get(SUBSCRIPTIONS + "/" + id).then()
                    .statusCode(200).body("status", equalTo("SUSPENDED"))
                    .body("statusReason", containsString("abuse-protection handshake"))
                    .body("statusReason", containsString("without WebHook-Allowed-Origin")));
            await().atMost(DEADLINE).untilAsserted(() -> given().auth().oauth2(token).get(SUBSCRIPTIONS + "/" + other).then()
                    .statusCode(200).body("status", equalTo("SUSPENDED"))
                    .body("statusReason", containsString("someone-else.example.org, not this sender's origin " + ORIGIN)));
            assertThat(receiver.received).as("no delivery without the receiver's consent").isEmpty();
            assertThat(elsewhere.received).isEmpty();
            given().auth().oauth2(token).get(SUBSCRIPTIONS + "/" + id + "/deliveries").then().statusCode(200)
                    .body("items[0].status", equalTo("PENDING")).body("items[0].attempts", equalTo(0));

            receiver.allowing(origin -> "*");
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("status", "ACTIVE"))
                    .put(SUBSCRIPTIONS + "/" + id + "/status").then().statusCode(200).body("status", equalTo("ACTIVE"));
            await().atMost(DEADLINE).until(() -> receiver.accepted().size() == 1);
            assertThat(receiver.accepted()).extracting(r -> r.header("webhook-id")).containsExactly(event);
            assertThat(receiver.handshakes).hasSize(2);
            assertThat(elsewhere.received).isEmpty();
            assertThat(List.of(id)).isNotEmpty();
        }
    }

    @Test
    void aReceiverThatIsDownWhenAskedIsAskedAgainOnTheDeliverysBackOffAndGetsItsEventsOnceItAllows() throws Exception {
        String municipality = TestEvents.newMunicipality();
        String token = TestTokens.issuer().municipality(municipality);
        try (TestReceiver receiver = new TestReceiver().answeringHandshakes(503)) {
            String id = subscribe(token, receiver.url("/down-for-now"));
            String event = events.quota(municipality, "2025-H1", 14, 1).toString();

            await().atMost(DEADLINE).until(() -> receiver.handshakes.size() >= 2);
            given().auth().oauth2(token).get(SUBSCRIPTIONS + "/" + id).then().statusCode(200)
                    .body("status", equalTo("ACTIVE")).body("callbackAllowedAt", nullValue());
            given().auth().oauth2(token).get(SUBSCRIPTIONS + "/" + id + "/deliveries").then().statusCode(200)
                    .body("items[0].status", equalTo("PENDING")).body("items[0].lastStatus", equalTo(503));
            assertThat(receiver.received).as("nothing delivered before the receiver allowed it").isEmpty();

            receiver.answeringHandshakes(200);
            await().atMost(DEADLINE).until(() -> receiver.accepted().size() == 1);
            assertThat(receiver.accepted()).extracting(r -> r.header("webhook-id")).containsExactly(event);
            given().auth().oauth2(token).get(SUBSCRIPTIONS + "/" + id).then().statusCode(200)
                    .body("status", equalTo("ACTIVE")).body("callbackAllowedAt", notNullValue());
        }
    }
}
