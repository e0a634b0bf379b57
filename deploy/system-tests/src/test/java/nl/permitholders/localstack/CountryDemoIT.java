package nl.permitholders.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;
import org.junit.jupiter.api.Test;

/**
 * The demo of deploy/local/run is the country, read back through the services' APIs: CBS's 12 provinces and 342
 * municipalities of 1 January 2024; the national total of 2024-I distributed by quota-service (R1), which gives Almelo
 * the 78 of its plan; Almelo's 2025-I quota of its plan (73) as a version of its own beside R1's 74; the country's
 * 14,271 housed in 2024-I, as the Rijk published them, in supervision's national figures.
 */
@TheDemo
class CountryDemoIT {

    private static final Duration SETTLED = Duration.ofSeconds(180);

    private final SystemStack stack;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    CountryDemoIT(SystemStack stack) {
        this.stack = stack;
    }

    @Test
    void theRegisterHoldsCbss12ProvincesAnd342MunicipalitiesOn1January2024() {
        // Every one of CBS's; the dashboard's browser test, on the same stack, registers two of its own beside them.
        Set<String> registered = new TreeSet<>();
        for (int page = 1; page <= 5; page++) {
            quota("/municipalities?validOn=2024-01-01&pageSize=100&page=" + page).path("items")
                    .forEach(m -> registered.add(m.path("code").asText()));
        }
        Set<String> cbs = DemoFigures.load().municipalities.keySet();
        assertThat(cbs).hasSize(342);
        assertThat(registered).containsAll(cbs);
        List<String> provinces = new ArrayList<>();
        for (int code = 20; code <= 31; code++) {
            provinces.add(quota("/provinces/PV" + code).path("name").asText());
        }
        assertThat(provinces).containsExactly("Groningen", "Fryslân", "Drenthe", "Overijssel", "Flevoland", "Gelderland", "Utrecht",
                "Noord-Holland", "Zuid-Holland", "Zeeland", "Noord-Brabant", "Limburg");
        assertThat(quota("/municipalities?provinceCode=PV30&validOn=2024-01-01&pageSize=1").path("totalItems").asInt()).isEqualTo(56);
        assertThat(quota("/populations/2024-01-01?pageSize=1").path("totalItems").asInt()).isEqualTo(342);
    }

    @Test
    void theNationalTotalOf2024IIsDistributedByR1OverTheCountryAndGivesAlmeloThe78OfItsPlan() {
        JsonNode national = quota("/periods/2024-H1/national-quota");
        assertThat(national.path("persons").asInt()).isEqualTo(18_750);
        assertThat(national.path("municipalities").asInt()).isEqualTo(342);
        assertThat(national.path("nationalPopulation").asLong()).isEqualTo(17_942_942L);
        JsonNode almelo = StreamSupport.stream(national.path("distribution").spliterator(), false)
                .filter(share -> share.path("municipalityCode").asText().equals(DemoData.ALMELO)).findFirst().orElseThrow();
        assertThat(almelo.path("population").asInt()).isEqualTo(74_317);
        assertThat(almelo.path("quota").asInt()).isEqualTo(78);
        JsonNode quota = quota("/municipalities/" + DemoData.ALMELO + "/quotas/2024-H1");
        assertThat(quota.path("persons").asInt()).isEqualTo(78);
        assertThat(quota.path("basis").asText()).isEqualTo("DISTRIBUTED");
    }

    @Test
    void almelos73Of2025IFromItsPlanStandsAsAVersionOfItsOwnBesideR1s74() {
        JsonNode quota = quota("/municipalities/" + DemoData.ALMELO + "/quotas/2025-H1");
        assertThat(quota.path("persons").asInt()).isEqualTo(73);
        List<JsonNode> history = new ArrayList<>();
        quota.path("history").forEach(history::add);
        assertThat(history).extracting(v -> v.path("persons").asInt()).containsExactly(74, 73);
        assertThat(history.get(0).path("basis").asText()).isEqualTo("DISTRIBUTED");
        assertThat(history.get(1).path("reason").asText()).contains("Plan van aanpak", "R1 on CBS's populations gives 74");
    }

    @Test
    void theCountryHoused14271In2024IAsTheRijkPublishedAndEveryProvinceHasFigures() {
        // CBS's twelve provinces (PV20-PV31): the other tests on this stack register provinces of their own (PV88-PV99)
        // whose figures the country's totals and series also count.
        await().atMost(SETTLED).untilAsserted(() -> {
            List<JsonNode> provinces = cbsProvinces(supervision("/national/periods/2024-H1"));
            assertThat(provinces).hasSize(12).allSatisfy(province -> {
                assertThat(province.path("municipalities").asInt()).isPositive();
                assertThat(province.path("totals").path("housed").asInt()).isPositive();
            });
            assertThat(sum(provinces, "housed")).isEqualTo(14_271);
            assertThat(sum(provinces, "quota")).isEqualTo(18_925);
            assertThat(sum(provinces, "adjustedQuota")).isEqualTo(6_390 + 18_925);
        });
        JsonNode series = supervision("/national/series?from=2024-H1&to=2024-H1").get(0);
        assertThat(series.path("ownArithmetic").path("housed").asInt()).isGreaterThanOrEqualTo(14_271);
        JsonNode country = supervision("/national/periods/2024-H1");
        assertThat(country.path("municipalities").asInt()).isGreaterThanOrEqualTo(342);
    }

    private static List<JsonNode> cbsProvinces(JsonNode country) {
        List<JsonNode> provinces = new ArrayList<>();
        country.path("provinces").forEach(province -> {
            if (province.path("provinceCode").asText().matches("PV(2\\d|3[01])")) {
                provinces.add(province);
            }
        });
        return provinces;
    }

    private static int sum(List<JsonNode> provinces, String figure) {
        return provinces.stream().mapToInt(province -> province.path("totals").path(figure).asInt()).sum();
    }

    private JsonNode quota(String path) {
        return read(Service.QUOTA, path, stack.issuer().rijk());
    }

    private JsonNode supervision(String path) {
        return read(Service.SUPERVISION, path, stack.issuer().rijk());
    }

    private JsonNode read(Service service, String path, String token) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stack.url(service) + path))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
