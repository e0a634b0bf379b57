package nl.permitholders.webhooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.permitholders.infrastructure.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DNS rebinding: a delivery connects to the address its check resolved, never to the name resolved again. The callback's
 * name (rebinding.test, which no real resolver knows) resolves only through the check's resolver, once per attempt;
 * the request still reaches the receiver, with the name in its Host header.
 */
@QuarkusTest
class WebhookRebindingTest {

    private static final String HOST = "rebinding.test";
    private final TestEvents events = new TestEvents();
    private final AtomicInteger resolutions = new AtomicInteger();

    @BeforeEach
    void aResolverThatKnowsTheName() {
        RestAssured.requestSpecification = null;
        QuarkusMock.installMockForType(new CallbackResolver() {
            @Override
            public List<InetAddress> resolve(String host) throws UnknownHostException {
                if (host.equals(HOST)) {
                    resolutions.incrementAndGet();
                    return List.of(InetAddress.getByAddress(HOST, new byte[] {127, 0, 0, 1}));
                }
                return super.resolve(host);
            }
        }, CallbackResolver.class);
    }

    @Test
    void aDeliveryConnectsToTheAddressThatWasCheckedKeepingTheNameInTheHostHeader() throws Exception {
        String municipality = TestEvents.newMunicipality();
        String token = TestTokens.issuer().municipality(municipality);
        try (TestReceiver receiver = new TestReceiver()) {
            String callback = "http://" + HOST + ":" + receiver.port() + "/pinned";
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("callbackUrl", callback))
                    .post("/webhooks/v1/subscriptions").then().statusCode(201);
            assertThat(resolutions.get()).as("checked when subscribing").isEqualTo(1);
            String event = events.quota(municipality, "2025-H1", 21, 1).toString();

            await().atMost(Duration.ofSeconds(60)).until(() -> receiver.accepted().size() == 1);
            assertThat(receiver.accepted().get(0).header("webhook-id")).isEqualTo(event);
            assertThat(receiver.accepted().get(0).header("Host")).isEqualTo(HOST + ":" + receiver.port());
            assertThat(receiver.handshakes).hasSize(1);
            assertThat(receiver.handshakes.get(0).header("Host")).isEqualTo(HOST + ":" + receiver.port());
            // one resolution per attempt (the handshake's and the delivery's), each the check the connection then used
            assertThat(resolutions.get()).isEqualTo(3);
        }
    }
}
