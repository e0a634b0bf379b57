package nl.permitholders.webhooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.permitholders.infrastructure.TestTokens;
import nl.permitholders.webhooks.TestReceiver.Received;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One failing subject stalls no other: a receiver that answers 500 for some municipalities' events, more of them than
 * a batch holds and queued before the others, keeps failing for those while every other municipality's events arrive,
 * each in the order published, as soon as they are due.
 */
@QuarkusTest
class WebhookFairnessTest {

    private static final String SUBSCRIPTIONS = "/webhooks/v1/subscriptions";
    private static final String QUOTA_SET = "nl.permitholders.quota.quota-set.v1";
    /** More failing subjects than a batch ({@code webhooks.batch-size}, 100) holds, all queued first. */
    private static final int FAILING = 120;
    private static final int HEALTHY = 25;
    private static final int EVENTS_PER_HEALTHY = 3;

    private final TestEvents events = new TestEvents();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void noDefaultCaller() {
        RestAssured.requestSpecification = null;
    }

    @Test
    void subjectsWaitingForARetryHoldUpNoOtherSubjectsDeliveries() throws Exception {
        List<String> failing = new ArrayList<>();
        for (int i = 0; i < FAILING; i++) {
            failing.add(TestEvents.newMunicipality());
        }
        List<String> healthy = new ArrayList<>();
        for (int i = 0; i < HEALTHY; i++) {
            healthy.add(TestEvents.newMunicipality());
        }
        Set<String> refused = Set.copyOf(failing);
        try (TestReceiver receiver = new TestReceiver()) {
            receiver.answeringRequests(request -> refused.contains(subject(request)) ? 500 : 204);
            List<String> all = new ArrayList<>(failing);
            all.addAll(healthy);
            String id = given().auth().oauth2(TestTokens.issuer().rijk()).contentType(ContentType.JSON)
                    .body(Map.of("callbackUrl", receiver.url("/rijk"), "eventTypes", List.of(QUOTA_SET), "municipalityCodes", all))
                    .post(SUBSCRIPTIONS).then().statusCode(201).extract().path("id");
            try {
                for (String municipality : failing) {
                    events.quota(municipality, "2026-H1", 10, 1);
                }
                Map<String, List<String>> published = new LinkedHashMap<>();
                for (int version = 1; version <= EVENTS_PER_HEALTHY; version++) {
                    for (String municipality : healthy) {
                        published.computeIfAbsent(municipality, k -> new ArrayList<>())
                                .add(events.quota(municipality, "2026-H1", 20 + version, version).toString());
                    }
                }

                await().atMost(Duration.ofSeconds(60)).until(() -> receiver.accepted().size() >= HEALTHY * EVENTS_PER_HEALTHY);
                for (String municipality : healthy) {
                    assertThat(receiver.accepted().stream().filter(r -> municipality.equals(subject(r))).map(r -> r.header("webhook-id")).toList())
                            .as("%s: every event, in the order published", municipality).containsExactlyElementsOf(published.get(municipality));
                }
                List<Received> failed = receiver.received.stream().filter(r -> r.status() == 500).toList();
                assertThat(failed.stream().map(this::subject).distinct().count()).as("every failing subject was tried").isEqualTo(FAILING);
                assertThat(failed.stream().map(this::subject).filter(s -> !refused.contains(s)).toList()).isEmpty();
                given().auth().oauth2(TestTokens.issuer().rijk()).get(SUBSCRIPTIONS + "/" + id).then().statusCode(200)
                        .body("status", org.hamcrest.Matchers.equalTo("ACTIVE"));
            } finally {
                given().auth().oauth2(TestTokens.issuer().rijk()).delete(SUBSCRIPTIONS + "/" + id).then().statusCode(204);
            }
        }
    }

    private String subject(Received request) {
        try {
            return json.readTree(request.body()).path("subject").asText();
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
