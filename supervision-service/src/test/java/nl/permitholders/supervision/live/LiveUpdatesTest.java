package nl.permitholders.supervision.live;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.time.NetherlandsClock;
import nl.permitholders.supervision.TestEvents;
import nl.permitholders.supervision.Callers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Dashboards follow a province live (Server-Sent Events); operators watch lag and staleness on /q/metrics. */
@QuarkusTest
class LiveUpdatesTest {

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/supervision/v1")
    URL api;

    @TestHTTPResource("/q/metrics")
    URL metrics;

    private final TestEvents events = new TestEvents();

    /** One Server-Sent Event as it came over the wire. */
    record ServerSentEvent(String name, String id, String data) {
    }

    /** Reads a text/event-stream as any SSE client does: fields per line, an empty line ends an event, ':' lines are comments. */
    static final class SseReader implements AutoCloseable {
        final BlockingQueue<ServerSentEvent> received = new LinkedBlockingQueue<>();
        final int status;
        final String contentType;
        private final InputStream body;

        SseReader(URI uri) throws Exception {
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(uri).header("Accept", "text/event-stream")
                            .header("Authorization", Callers.as(Callers.issuer().rijk())).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            status = response.statusCode();
            contentType = response.headers().firstValue("Content-Type").orElse("");
            body = response.body();
            Thread reader = new Thread(this::read, "sse-reader");
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String name = null;
                String id = null;
                StringBuilder data = new StringBuilder();
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.isEmpty()) {
                        if (data.length() > 0) {
                            received.add(new ServerSentEvent(name, id, data.toString()));
                        }
                        name = null;
                        id = null;
                        data.setLength(0);
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).trim();
                    } else if (line.startsWith("id:")) {
                        id = line.substring(3).trim();
                    } else if (line.startsWith("data:")) {
                        data.append(data.length() > 0 ? "\n" : "").append(line.substring(5).trim());
                    }
                }
            } catch (Exception closed) {
                // the test closed the stream
            }
        }

        /** The next event named "figures" of {@code municipality}, skipping others. */
        JsonNode nextFiguresOf(String municipality, Duration within) throws Exception {
            long deadline = System.nanoTime() + within.toNanos();
            while (System.nanoTime() < deadline) {
                ServerSentEvent event = received.poll(200, TimeUnit.MILLISECONDS);
                if (event != null && "figures".equals(event.name())) {
                    JsonNode figures = JSON.readTree(event.data());
                    if (municipality.equals(figures.path("municipalityCode").asText())) {
                        return figures;
                    }
                }
            }
            throw new AssertionError("no figures of " + municipality + " within " + within);
        }

        @Override
        public void close() throws Exception {
            body.close();
        }
    }

    @Test
    void aDashboardReadingTheProvincesStreamSeesAMunicipalitysNewFiguresWhenAnEventChangesThem() throws Exception {
        String province = TestEvents.newProvince();
        String town = TestEvents.newMunicipality();
        String neighbour = TestEvents.newMunicipality();
        String elsewhere = TestEvents.newMunicipality();
        Period current = Period.containing(LocalDate.now(NetherlandsClock.NETHERLANDS));
        events.province(province, "Live-" + province);
        events.municipality(town, "Stroomdorp", province);
        events.municipality(neighbour, "Buurdorp", province);
        events.municipality(elsewhere, "Elders", "PV23");
        events.quota(town, current.toString(), 10, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/supervision/v1/municipalities/{code}/periods/{p}", town,
                current.toString()).then().statusCode(200).body("quota", equalTo(10)).body("provinceCode", equalTo(province)));

        try (SseReader stream = new SseReader(URI.create(api + "/provinces/" + province + "/figure-changes"))) {
            assertThat(stream.status).isEqualTo(200);
            assertThat(stream.contentType).startsWith("text/event-stream");
            JsonNode first = stream.nextFiguresOf(town, Duration.ofSeconds(20));
            assertThat(first.path("backlog").asInt()).as("the stream starts with the current figures").isEqualTo(10);

            UUID coupling = events.coupling(town, 3, current.firstDay());
            events.placement(town, coupling, 3, LocalDate.now(NetherlandsClock.NETHERLANDS), "REGULAR");
            events.quota(elsewhere, current.toString(), 99, 1);
            JsonNode changed = null;
            for (int i = 0; i < 3 && (changed == null || changed.path("housed").asInt() != 3); i++) {
                changed = stream.nextFiguresOf(town, Duration.ofSeconds(30));
            }
            assertThat(changed.path("housed").asInt()).isEqualTo(3);
            assertThat(changed.path("backlog").asInt()).isEqualTo(7);
            assertThat(changed.path("period").asText()).isEqualTo(current.toString());
            assertThat(stream.received).noneMatch(e -> e.data().contains(elsewhere));
        }
        given().get("/supervision/v1/provinces/PV00/figure-changes").then().statusCode(404);
    }

    private static double metric(String body, String name, String labels) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$").matcher(body);
        List<Double> values = new ArrayList<>();
        while (m.find()) {
            if (labels == null || m.group(1).contains(labels)) {
                values.add(Double.parseDouble(m.group(2)));
            }
        }
        assertThat(values).as(name + " {" + labels + "} on /q/metrics").isNotEmpty();
        return values.stream().mapToDouble(Double::doubleValue).sum();
    }

    private static double gauge(String body, String name) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{[^}]*\\})? (\\S+)$").matcher(body);
        assertThat(m.find()).as(name + " on /q/metrics").isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void consumerLagPerPartitionAndProjectionStalenessAreOnTheMetricsEndpoint() {
        String town = TestEvents.newMunicipality();
        events.quota(town, "2025-H1", 5, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/supervision/v1/municipalities/{code}/periods/2025-H1", town).then().statusCode(200));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            String body = given().get(metrics.toString()).then().statusCode(200).extract().asString();
            assertThat(metric(body, "supervision_consumer_lag_records", "topic=\"quota.events\"")).isEqualTo(0.0);
            metric(body, "supervision_consumer_lag_records", "topic=\"placement.events\"");
            metric(body, "supervision_consumer_lag_records", "partition=\"0\"");
            double staleness = gauge(body, "supervision_projection_staleness_seconds");
            assertThat(staleness).isBetween(0.0, 120.0);
            assertThat(metric(body, "supervision_projection_events_total", "outcome=\"applied\"")).isGreaterThanOrEqualTo(1.0);
        });
    }
}
