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
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import nl.permitholders.infrastructure.KafkaTopics;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Scenario 11: one receiver fails for some subjects. The Rijk subscribes to the quotas of 60 municipalities; its
 * receiver answers 500 for 40 of them and 204 for the others, and the 40 are written first, three quotas each, so more
 * deliveries waiting for a retry than a batch holds are queued ahead of everything else. Every other municipality's
 * quotas arrive, in the order published per municipality and within seconds of being published, while the 40 are
 * retried again and again; the subscription stays active.
 */
@Order(11)
@FaultStack
class WebhookFailingSubjectsIT {

    private static final String QUOTA_SET = "nl.permitholders.quota.quota-set.v1";
    private static final int FAILING = 40;
    private static final int HEALTHY = 20;
    private static final int FAILING_QUOTAS = 3;
    private static final int HEALTHY_QUOTAS = 5;
    /** How long after its publication a healthy municipality's quota may arrive: a few retry-free rounds. */
    private static final Duration ON_TIME = Duration.ofSeconds(30);

    private final SystemStack stack;
    private final ObjectMapper json = new ObjectMapper();

    WebhookFailingSubjectsIT(SystemStack stack) {
        this.stack = stack;
    }

    /** A delivery as the receiver took it: its id, subject, the event's time, and when it arrived. */
    private record Arrival(String id, String subject, Instant published, Instant arrived) {
    }

    @Test
    void aReceiverFailingForSomeMunicipalitiesGetsEveryOtherMunicipalitysEventsInOrderOnTime() throws Exception {
        List<String> failing = new ArrayList<>();
        List<String> healthy = new ArrayList<>();
        for (int i = 0; i < FAILING; i++) {
            failing.add(String.format("GM99%02d", i));
        }
        for (int i = 0; i < HEALTHY; i++) {
            healthy.add(String.format("GM97%02d", 50 + i));
        }
        Set<String> refused = Set.copyOf(failing);
        ScenarioReport.run("11. a webhook receiver answering 500 for " + FAILING + " of " + (FAILING + HEALTHY) + " municipalities", () -> {
            List<Arrival> accepted = new CopyOnWriteArrayList<>();
            AtomicInteger answered500 = new AtomicInteger();
            HttpServer receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            receiver.setExecutor(Executors.newFixedThreadPool(8));
            receiver.createContext("/", exchange -> {
                if (exchange.getRequestMethod().equals("OPTIONS")) {
                    exchange.getResponseHeaders().add("WebHook-Allowed-Origin", exchange.getRequestHeaders().getFirst("WebHook-Request-Origin"));
                    exchange.sendResponseHeaders(200, -1);
                    exchange.close();
                    return;
                }
                try (InputStream in = exchange.getRequestBody()) {
                    JsonNode event = json.readTree(in.readAllBytes());
                    String subject = event.path("subject").asText();
                    if (refused.contains(subject)) {
                        answered500.incrementAndGet();
                        exchange.sendResponseHeaders(500, -1);
                        return;
                    }
                    accepted.add(new Arrival(event.path("id").asText(), subject, OffsetDateTime.parse(event.path("time").asText()).toInstant(),
                            Instant.now()));
                    exchange.sendResponseHeaders(204, -1);
                } finally {
                    exchange.close();
                }
            });
            receiver.start();
            String subscription = null;
            try {
                quotaService().body(Map.of("name", "Overijssel")).put("/provinces/{code}", "PV23").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
                List<String> all = new ArrayList<>(failing);
                all.addAll(healthy);
                for (String municipality : all) {
                    quotaService().body(Map.of("name", "Gemeente " + municipality, "provinceCode", "PV23"))
                            .put("/municipalities/{code}", municipality).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
                }
                Response created = given().baseUri(stack.url(Service.WEBHOOKS)).contentType(ContentType.JSON).auth().oauth2(stack.issuer().rijk())
                        .body(Map.of("callbackUrl", "http://localhost:" + receiver.getAddress().getPort() + "/rijk", "eventTypes", List.of(QUOTA_SET),
                                "municipalityCodes", all))
                        .post("/subscriptions");
                assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
                subscription = created.path("id");

                for (int version = 1; version <= FAILING_QUOTAS; version++) {
                    for (String municipality : failing) {
                        quota(municipality, 100 + version);
                    }
                }
                for (int version = 1; version <= HEALTHY_QUOTAS; version++) {
                    for (String municipality : healthy) {
                        quota(municipality, 200 + version);
                    }
                }
                Map<String, List<String>> published = new LinkedHashMap<>();
                KafkaTopics topics = new KafkaTopics(stack.kafka().bootstrapServers());
                for (String municipality : healthy) {
                    Set<String> ids = new LinkedHashSet<>();
                    for (ConsumerRecord<String, String> record : topics.readAll("quota.events", municipality)) {
                        if (QUOTA_SET.equals(KafkaTopics.header(record, "ce_type"))) {
                            ids.add(KafkaTopics.header(record, "ce_id"));
                        }
                    }
                    published.put(municipality, List.copyOf(ids));
                }
                int expected = published.values().stream().mapToInt(List::size).sum();
                assertThat(expected).isEqualTo(HEALTHY * HEALTHY_QUOTAS);
                await("every healthy municipality's quotas reach the receiver").atMost(Duration.ofMinutes(2)).pollInterval(Polling.INTERVAL)
                        .until(() -> accepted.stream().map(Arrival::id).distinct().count() >= expected);

                for (String municipality : healthy) {
                    assertThat(accepted.stream().filter(a -> a.subject().equals(municipality)).map(Arrival::id).distinct().toList())
                            .as("%s: every quota, in the order published", municipality).containsExactlyElementsOf(published.get(municipality));
                }
                Duration latest = accepted.stream().map(a -> Duration.between(a.published(), a.arrived())).max(Duration::compareTo).orElseThrow();
                assertThat(latest).as("the longest a healthy municipality's quota took from publication to its receiver").isLessThan(ON_TIME);
                assertThat(accepted).noneMatch(a -> refused.contains(a.subject()));
                int refusedBefore = answered500.get();
                await("the failing municipalities are still retried").atMost(Duration.ofSeconds(30)).pollInterval(Polling.INTERVAL)
                        .until(() -> answered500.get() > refusedBefore + FAILING);
                given().baseUri(stack.url(Service.WEBHOOKS)).auth().oauth2(stack.issuer().rijk())
                        .get("/subscriptions/{id}", subscription).then().statusCode(200)
                        .body("status", org.hamcrest.Matchers.equalTo("ACTIVE"));
                return new ScenarioReport.Counts(FAILING * FAILING_QUOTAS + " quotas of " + FAILING + " municipalities answered 500, then "
                        + expected + " of " + HEALTHY + " others", expected + " delivered in order per municipality, the slowest "
                        + latest.toMillis() + " ms after publication; " + answered500.get() + " attempts answered 500");
            } finally {
                receiver.stop(0);
                if (subscription != null) {
                    given().baseUri(stack.url(Service.WEBHOOKS)).auth().oauth2(stack.issuer().rijk())
                            .delete("/subscriptions/{id}", subscription);
                }
            }
        });
    }

    private void quota(String municipality, int persons) {
        quotaService().body(Map.of("persons", persons, "reason", "Rijk 2025-H1, version " + persons))
                .put("/municipalities/{code}/quotas/{period}", municipality, Supervision.PERIOD).then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    private io.restassured.specification.RequestSpecification quotaService() {
        return given().baseUri(stack.url(Service.QUOTA)).contentType(ContentType.JSON).auth().oauth2(stack.issuer().rijk());
    }
}
