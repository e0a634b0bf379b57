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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.permitholders.infrastructure.ReorganisationHistory;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;
import org.junit.jupiter.api.Test;

/**
 * Issue 55, point 6: the demo registers the country of 2019 and replays every reorganisation of CBS's
 * {@code herindelingen-2019-2025.csv} through quota-service's public API, in date order ({@link DemoRegister}). Read back
 * through the packaged services: quota-service's register counts CBS's 380, 355, 352, 345, 344 and 342 on the dates
 * they held, with CBS's provinces in 2024, and placement-service, housing-stock and supervision know the same register
 * from quota.events: a municipality that ceased as ceased, with its successor, and one formed since as existing. Only
 * CBS's codes are counted: other tests on this stack register municipalities of their own (GM5000 and up).
 */
@TheDemo
class ReorganisationHistoryIT {

    private static final Duration SETTLED = Duration.ofSeconds(120);
    private static final ReorganisationHistory HISTORY = ReorganisationHistory.load();

    private final SystemStack stack;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    ReorganisationHistoryIT(SystemStack stack) {
        this.stack = stack;
    }

    @Test
    void quotaServicesRegisterCountsAsCbsRecordsItOnEachDate() {
        Map<LocalDate, Integer> expected = new TreeMap<>(Map.of(
                LocalDate.of(2018, 12, 31), 380,
                LocalDate.of(2019, 1, 1), 355,
                LocalDate.of(2021, 1, 1), 352,
                LocalDate.of(2022, 1, 1), 345,
                LocalDate.of(2022, 3, 24), 344,
                LocalDate.of(2023, 1, 1), 342,
                LocalDate.of(2024, 1, 1), 342));
        expected.forEach((date, count) -> {
            Set<String> registered = cbsMunicipalitiesValidOn(date).keySet();
            assertThat(registered).as("municipalities on " + date).hasSize(count).isEqualTo(HISTORY.municipalitiesOn(date));
        });
        // The day before Weesp's absorption it still exists, the day of it no longer.
        assertThat(cbsMunicipalitiesValidOn(LocalDate.of(2022, 3, 23))).containsKey("GM0457").hasSize(345);
    }

    @Test
    void theRegisterOf2024IsCbssWithCbssProvinces() {
        Map<String, String> provinces = cbsMunicipalitiesValidOn(LocalDate.of(2024, 1, 1));
        Map<String, String> cbs = new TreeMap<>();
        DemoFigures.load().municipalities.values().forEach(m -> cbs.put(m.code(), m.provinceCode()));
        assertThat(provinces).isEqualTo(cbs);
        JsonNode vijfheerenlanden = quota("/municipalities/GM1961");
        assertThat(vijfheerenlanden.path("provinceCode").asText()).isEqualTo("PV26");
        assertThat(vijfheerenlanden.path("validFrom").asText()).isEqualTo("2019-01-01");
        assertThat(quota("/municipalities/GM0788").path("validUntil").asText()).isEqualTo("2020-12-31");
    }

    @Test
    void housingStockKnowsTheSameRegister() {
        await().atMost(SETTLED).untilAsserted(() -> {
            // Appingedam ceased on 31 December 2020, into Eemsdelta (2021); Haaren was split the same day.
            assertThat(read(Service.HOUSING_STOCK, "/municipalities/GM0003").path("validUntil").asText()).isEqualTo("2020-12-31");
            assertThat(read(Service.HOUSING_STOCK, "/municipalities/GM1979").path("validFrom").asText()).isEqualTo("2021-01-01");
            assertThat(read(Service.HOUSING_STOCK, "/municipalities/GM0788").path("validUntil").asText()).isEqualTo("2020-12-31");
            // Land van Cuijk (2022), Weesp into Amsterdam (24 March 2022), Voorne aan Zee (2023).
            assertThat(read(Service.HOUSING_STOCK, "/municipalities/GM1982").path("validFrom").asText()).isEqualTo("2022-01-01");
            assertThat(read(Service.HOUSING_STOCK, "/municipalities/GM0457").path("validUntil").asText()).isEqualTo("2022-03-23");
            JsonNode voorneAanZee = read(Service.HOUSING_STOCK, "/municipalities/GM1992");
            assertThat(voorneAanZee.path("validFrom").asText()).isEqualTo("2023-01-01");
            assertThat(voorneAanZee.path("provinceCode").asText()).isEqualTo("PV28");
        });
    }

    @Test
    void supervisionKnowsEachSuccessorWithTheMunicipalitiesMergedIntoIt() {
        await().atMost(SETTLED).untilAsserted(() -> {
            assertThat(mergedInto("GM1979")).containsExactlyInAnyOrder("GM0003", "GM0010", "GM0024");
            assertThat(mergedInto("GM1991")).containsExactlyInAnyOrder("GM0856", "GM1685");
            assertThat(mergedInto("GM0363")).containsExactly("GM0457");
            assertThat(mergedInto("GM1992")).containsExactlyInAnyOrder("GM0501", "GM0530", "GM0614");
            // A municipality formed in 2023 has figures of its own in supervision.
            assertThat(read(Service.SUPERVISION, "/municipalities/GM1992/periods/2024-H1").path("quota").asInt()).isPositive();
        });
    }

    @Test
    void placementServiceRefusesACouplingToAMunicipalityThatCeasedNamingItsSuccessor() {
        // Refused writes: nothing is stored, so the demo's figures stay as they are.
        await().atMost(SETTLED).untilAsserted(() -> {
            assertRefusedNaming("GM0003", "GM1979");
            assertRefusedNaming("GM1685", "GM1991");
            assertRefusedNaming("GM0614", "GM1992");
        });
    }

    private void assertRefusedNaming(String ceased, String successor) throws IOException, InterruptedException {
        LocalDate coupledOn = LocalDate.now().minusDays(7);
        String body = json.writeValueAsString(Map.of("coaReference", "H55-HISTORY-" + ceased, "municipalityCode", ceased,
                "adults", 1, "minors", 0, "householdType", "SINGLE",
                "permitDate", coupledOn.minusWeeks(2).toString(), "couplingDate", coupledOn.toString()));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stack.url(Service.PLACEMENT) + "/couplings"))
                .header("Authorization", "Bearer " + stack.issuer().coa()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains(ceased, "couple to " + successor);
    }

    private List<String> mergedInto(String code) {
        List<String> merged = new java.util.ArrayList<>();
        read(Service.SUPERVISION, "/municipalities/" + code + "/merged-municipalities")
                .forEach(m -> merged.add(m.path("municipalityCode").asText()));
        return merged;
    }

    /** CBS's municipalities quota-service holds valid on {@code date}, code → province. */
    private Map<String, String> cbsMunicipalitiesValidOn(LocalDate date) {
        Set<String> cbs = new TreeSet<>(HISTORY.everyCode());
        Map<String, String> found = new TreeMap<>();
        for (int page = 1; ; page++) {
            JsonNode items = quota("/municipalities?validOn=" + date + "&pageSize=100&page=" + page).path("items");
            if (items.isEmpty()) {
                return found;
            }
            items.forEach(m -> {
                if (cbs.contains(m.path("code").asText())) {
                    found.put(m.path("code").asText(), m.path("provinceCode").asText());
                }
            });
        }
    }

    private JsonNode quota(String path) {
        return read(Service.QUOTA, path);
    }

    private JsonNode read(Service service, String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stack.url(service) + path))
                    .header("Authorization", "Bearer " + stack.issuer().rijk()).build(), HttpResponse.BodyHandlers.ofString());
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
