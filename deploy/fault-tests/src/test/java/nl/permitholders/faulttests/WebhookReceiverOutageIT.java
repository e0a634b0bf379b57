package nl.permitholders.faulttests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.permitholders.infrastructure.KafkaTopics;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Scenario 9: a partner's webhook receiver answers 503 for a while ({@link WebhookRetries#outage()}: ten minutes with
 * {@code -Dwebhook-outage=PT10M}) while COA and the municipalities write under load, then recovers. Every event of its
 * municipalities arrives, signed, none twice with a different id, in the order published per municipality, and the
 * subscription is still active; the first delivery was retried again and again throughout.
 */
@Order(9)
@FaultStack
class WebhookReceiverOutageIT {

    private static final List<String> MUNICIPALITIES = List.of("GM9701", "GM9702", "GM9703");
    private static final int MOST_HOUSEHOLDS = 300;
    private static final int FEWEST_HOUSEHOLDS = 60;
    private static final List<String> TYPES = List.of("nl.permitholders.placement.coupling-registered.v1",
            "nl.permitholders.placement.placement-recorded.v1");

    private final SystemStack stack;
    private final Writes writes;
    private final ObjectMapper json = new ObjectMapper();

    WebhookReceiverOutageIT(SystemStack stack) {
        this.stack = stack;
        this.writes = new Writes(stack);
    }

    /** What the receiver accepted: the headers' id, the body's id and subject, and what the event is about. */
    private record Accepted(String webhookId, String eventId, String subject, String about) {
    }

    @Test
    void aReceiverDownUnderLoadGetsEveryEventOnceItRecoversInOrderPerMunicipality() throws Exception {
        Duration outage = WebhookRetries.outage();
        ScenarioReport.run("9. a webhook receiver answering 503 for " + outage.toSeconds() + " s under load", () -> {
            for (String municipality : MUNICIPALITIES) {
                writes.municipalityWithQuota(municipality, 3000);
            }
            AtomicBoolean down = new AtomicBoolean(true);
            AtomicInteger refused = new AtomicInteger();
            List<Accepted> accepted = new CopyOnWriteArrayList<>();
            List<String> badSignatures = new CopyOnWriteArrayList<>();
            Map<String, String> secrets = new HashMap<>();
            HttpServer receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            receiver.setExecutor(Executors.newFixedThreadPool(8));
            receiver.createContext("/", exchange -> {
                if (exchange.getRequestMethod().equals("OPTIONS")) {
                    // the abuse-protection handshake before the first delivery: it wants these events, outage or not
                    exchange.getResponseHeaders().add("WebHook-Allowed-Origin",
                            exchange.getRequestHeaders().getFirst("WebHook-Request-Origin"));
                    exchange.sendResponseHeaders(200, -1);
                    exchange.close();
                    return;
                }
                try (InputStream in = exchange.getRequestBody()) {
                    byte[] body = in.readAllBytes();
                    if (down.get()) {
                        refused.incrementAndGet();
                        exchange.sendResponseHeaders(503, -1);
                        return;
                    }
                    String id = exchange.getRequestHeaders().getFirst("webhook-id");
                    String secret = secrets.get(exchange.getRequestURI().getPath().substring(1));
                    if (!verified(secret, id, exchange.getRequestHeaders().getFirst("webhook-timestamp"), body,
                            exchange.getRequestHeaders().getFirst("webhook-signature"))) {
                        badSignatures.add(id);
                    }
                    JsonNode event = json.readTree(body);
                    JsonNode data = event.get("data");
                    String about = event.get("type").asText() + " " + data.path("couplingId").asText() + " " + data.path("placementId").asText();
                    accepted.add(new Accepted(id, event.get("id").asText(), event.get("subject").asText(), about));
                    exchange.sendResponseHeaders(204, -1);
                } finally {
                    exchange.close();
                }
            });
            receiver.start();
            Map<String, String> subscriptions = new LinkedHashMap<>();
            try {
                for (String municipality : MUNICIPALITIES) {
                    Response created = given().baseUri(stack.url(Service.WEBHOOKS)).contentType(ContentType.JSON)
                            .auth().oauth2(stack.issuer().municipality(municipality))
                            .body(Map.of("callbackUrl", "http://localhost:" + receiver.getAddress().getPort() + "/" + municipality,
                                    "eventTypes", TYPES))
                            .post("/subscriptions");
                    assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
                    secrets.put(municipality, created.path("secret"));
                    subscriptions.put(municipality, created.path("id"));
                }

                Instant start = Instant.now();
                int households = 0;
                List<String> couplings = new ArrayList<>();
                while (households < MOST_HOUSEHOLDS && (households < FEWEST_HOUSEHOLDS || Duration.between(start, Instant.now()).compareTo(outage) < 0)) {
                    String municipality = MUNICIPALITIES.get(households % MUNICIPALITIES.size());
                    Response coupling = writes.coupling("HOOK-" + households, municipality, 1, households % 3, LocalDate.of(2025, 1, 6).plusDays(households % 60));
                    assertThat(coupling.statusCode()).as(coupling.asString()).isEqualTo(201);
                    couplings.add(coupling.path("id"));
                    if (households % 2 == 0) {
                        Response placement = writes.placement(municipality, coupling.path("id"), 1 + households % 3,
                                LocalDate.of(2025, 3, 1).plusDays(households % 60));
                        assertThat(placement.statusCode()).as(placement.asString()).isEqualTo(201);
                    }
                    households++;
                }
                await("the receiver's outage has lasted " + outage.toSeconds() + " s").atMost(outage.plusMinutes(1))
                        .pollInterval(Polling.INTERVAL).until(() -> Duration.between(start, Instant.now()).compareTo(outage) >= 0);
                // The log is newest first: its last page holds the oldest deliveries, waiting since the outage began.
                String first = subscriptions.get(MUNICIPALITIES.get(0));
                String firstToken = stack.issuer().municipality(MUNICIPALITIES.get(0));
                int pages = given().baseUri(stack.url(Service.WEBHOOKS)).auth().oauth2(firstToken)
                        .get("/subscriptions/{id}/deliveries?pageSize=100", first).then().statusCode(200)
                        .extract().path("totalPages");
                int rounds = given().baseUri(stack.url(Service.WEBHOOKS)).auth().oauth2(firstToken)
                        .get("/subscriptions/{id}/deliveries?pageSize=100&page=" + pages, first).then().statusCode(200)
                        .extract().jsonPath().getList("items.attempts", Integer.class).stream().mapToInt(Integer::intValue).max().orElse(0);
                down.set(false);
                Instant recovered = Instant.now();

                Map<String, List<String>> published = new LinkedHashMap<>();
                KafkaTopics topics = new KafkaTopics(stack.kafka().bootstrapServers());
                for (String municipality : MUNICIPALITIES) {
                    Set<String> ids = new LinkedHashSet<>();
                    for (ConsumerRecord<String, String> record : topics.readAll("placement.events", municipality)) {
                        if (TYPES.contains(KafkaTopics.header(record, "ce_type"))) {
                            ids.add(KafkaTopics.header(record, "ce_id"));
                        }
                    }
                    published.put(municipality, List.copyOf(ids));
                }
                int expected = published.values().stream().mapToInt(List::size).sum();
                await("every event reaches the receiver").atMost(Duration.ofMinutes(3)).pollInterval(Polling.INTERVAL)
                        .until(() -> accepted.stream().map(Accepted::webhookId).distinct().count() >= expected);
                Duration catchUp = Duration.between(recovered, Instant.now());

                assertThat(badSignatures).as("deliveries whose signature did not verify").isEmpty();
                assertThat(accepted).allSatisfy(a -> assertThat(a.eventId()).as("body id").isEqualTo(a.webhookId()));
                Map<String, Set<String>> idsPerEvent = new HashMap<>();
                accepted.forEach(a -> idsPerEvent.computeIfAbsent(a.about(), k -> new HashSet<>()).add(a.webhookId()));
                assertThat(idsPerEvent.values()).as("an event delivered under two ids").allSatisfy(ids -> assertThat(ids).hasSize(1));
                for (String municipality : MUNICIPALITIES) {
                    List<String> arrived = accepted.stream().filter(a -> a.subject().equals(municipality)).map(Accepted::webhookId)
                            .distinct().toList();
                    assertThat(arrived).as("%s: every event, in the order published", municipality).containsExactlyElementsOf(published.get(municipality));
                    given().baseUri(stack.url(Service.WEBHOOKS)).auth().oauth2(stack.issuer().municipality(municipality))
                            .get("/subscriptions/{id}", subscriptions.get(municipality)).then().statusCode(200)
                            .body("status", org.hamcrest.Matchers.equalTo("ACTIVE"));
                }
                int leastRounds = WebhookRetries.leastRounds(outage);
                assertThat(rounds).as("retry rounds of a delivery waiting since the outage began").isGreaterThanOrEqualTo(Math.min(leastRounds / 2, 20));
                return new ScenarioReport.Counts(households + " couplings and " + (households + 1) / 2 + " placements in 3 municipalities during a "
                        + outage.toSeconds() + " s outage (" + refused.get() + " deliveries answered 503, up to " + rounds + " attempts of one)",
                        expected + " events delivered in order per municipality, " + accepted.size() + " deliveries accepted, "
                        + "caught up " + catchUp.toSeconds() + " s after the receiver recovered");
            } finally {
                receiver.stop(0);
                for (Map.Entry<String, String> subscription : subscriptions.entrySet()) {
                    given().baseUri(stack.url(Service.WEBHOOKS)).auth().oauth2(stack.issuer().municipality(subscription.getKey()))
                            .delete("/subscriptions/{id}", subscription.getValue());
                }
            }
        });
    }

    /** The Standard Webhooks check a receiver makes: HMAC-SHA256 of "id.timestamp.body" with the secret's key. */
    private static boolean verified(String secret, String id, String timestamp, byte[] body, String signatures) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            byte[] expected = ("v1," + Base64.getEncoder().encodeToString(mac.doFinal(body))).getBytes(StandardCharsets.UTF_8);
            for (String signature : signatures.split(" ")) {
                if (MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8))) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }
}
