package nl.permitholders.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.ArrayList;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.StreamSupport;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;
import org.junit.jupiter.api.Test;

/**
 * The demo of deploy/local/run, loaded into the packaged services over the real broker and database, shows the published
 * figures through supervision's API: Overijssel's backlog of 448 on 1 January 2024 and 679 on 1 July 2024 (the
 * province's letter of 11 July 2024), Almelo's 117 at the end of 2024 and the forecast of 190 for the end of 2025 that
 * its plan of approach made on 27 March 2025 on the quotas 73 (fixed) and 75 (provisional), and the plan's measures and terms.
 */
@TheDemo
class DemoDataIT {

    private static final Duration SETTLED = Duration.ofSeconds(120);

    private final SystemStack stack;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    DemoDataIT(SystemStack stack) {
        this.stack = stack;
    }

    @Test
    void overijsselsBacklogIsTheProvincesLetters448On1January2024And679On1July2024() {
        await().atMost(SETTLED).untilAsserted(() -> {
            JsonNode firstHalf2024 = supervision("/provinces/PV23/periods/2024-H1");
            assertThat(firstHalf2024.path("municipalities").asInt()).isEqualTo(25);
            assertThat(firstHalf2024.path("totals").path("carriedBacklog").asInt()).isEqualTo(448);
            assertThat(firstHalf2024.path("totals").path("backlog").asInt()).isEqualTo(679);
            // No municipality was ahead on either date: the backlog is the same counted net or gross.
            assertThat(firstHalf2024.path("standings").path("grossBacklog").asInt()).isEqualTo(679);
            assertThat(supervision("/provinces/PV23/periods/2024-H2").path("totals").path("carriedBacklog").asInt()).isEqualTo(679);
        });
        // As they stood on those dates: what each half-year started with.
        assertThat(supervision("/provinces/PV23/periods/2024-H1?asOf=2024-01-01&view=KNOWN_TODAY").path("totals").path("carriedBacklog").asInt())
                .isEqualTo(448);
        assertThat(supervision("/provinces/PV23/periods/2024-H2?asOf=2024-07-01&view=KNOWN_TODAY").path("totals").path("carriedBacklog").asInt())
                .isEqualTo(679);
    }

    @Test
    void almelosBacklogAtTheEndOf2024Is117() {
        await().atMost(SETTLED).untilAsserted(() -> {
            JsonNode end2024 = supervision("/municipalities/GM0141/periods/2024-H2");
            assertThat(end2024.path("carriedBacklog").asInt()).isEqualTo(90);
            assertThat(end2024.path("quota").asInt()).isEqualTo(70);
            assertThat(end2024.path("housed").asInt()).isEqualTo(43);
            assertThat(end2024.path("backlog").asInt()).isEqualTo(117);
        });
        JsonNode firstHalf2024 = supervision("/municipalities/GM0141/periods/2024-H1");
        assertThat(firstHalf2024.path("carriedBacklog").asInt()).isEqualTo(52);
        assertThat(firstHalf2024.path("quota").asInt()).isEqualTo(78);
        assertThat(firstHalf2024.path("quotaStatus").asText()).isEqualTo("FINAL");
    }

    @Test
    void almelosForecastOf27March2025Is190AtTheEndOf2025OnTheFixed73AndTheProvisional75() {
        await().atMost(SETTLED).untilAsserted(() -> {
            // The plan's forecast: what was carried into 2025 (117) plus 2025's quotas as then known, minus the 75 it
            // expected to house under unchanged policy.
            JsonNode forecast = supervision("/municipalities/GM0141/forecast?from=2025-H1&until=2025-H2&assumedHousedPersons=75");
            assertThat(forecast.path("carriedBacklog").asInt()).isEqualTo(117);
            assertThat(forecast.path("quotas").asInt()).isEqualTo(73 + 75);
            assertThat(forecast.path("quotaStatus").asText()).isEqualTo("PROVISIONAL");
            assertThat(forecast.path("backlog").asInt()).isEqualTo(190);
            JsonNode provisional = StreamSupport.stream(forecast.path("assumptions").spliterator(), false)
                    .filter(assumption -> assumption.path("name").asText().equals("provisionalQuotas")).findFirst().orElseThrow();
            assertThat(provisional.path("persons").asInt()).isEqualTo(75);
        });
        assertThat(supervision("/municipalities/GM0141/periods/2025-H1").path("quotaStatus").asText()).isEqualTo("FINAL");
        assertThat(supervision("/municipalities/GM0141/periods/2025-H2").path("quotaStatus").asText()).isEqualTo("PROVISIONAL");
    }

    @Test
    void almelosPlanHasThePlansFiveMeasuresWithTheirTermsAndNoPersonsPerMeasure() {
        JsonNode plans = supervision("/municipalities/GM0141/action-plans");
        assertThat(plans.path("totalItems").asInt()).isEqualTo(1);
        JsonNode plan = plans.path("items").get(0);
        assertThat(plan.path("title").asText()).isEqualTo(DemoData.ALMELO_PLAN_TITLE);
        assertThat(plan.path("adoptedOn").asText()).isEqualTo("2025-03-27");
        JsonNode measures = supervision("/municipalities/GM0141/action-plans/" + plan.path("id").asText()).path("measures");
        assertThat(measures).extracting(measure -> measure.path("title").asText() + " / " + measure.path("term").asText())
                .containsExactlyInAnyOrder(
                        "Woonaanbod voor alleenstaanden door woningdelen / SHORT",
                        "Nieuwbouwprojecten voor een brede doelgroep / MEDIUM",
                        "Stimuleren van doorstroom in de lokale woningmarkt / MEDIUM",
                        "Combinatie van doelgroepen, voor werk en huisvesting / MEDIUM",
                        "Standaard inschrijving woninghuren.nl / LONG");
        assertThat(measures).allSatisfy(measure -> assertThat(measure.path("expectedHoused")).isEmpty());
    }

    @Test
    void theOtherMunicipalitiesQuotasAreR1SharesOfTheNationalQuota() {
        // Enschede in 2025-I: ceil(17,700 × 161,738 / 17,942,942) = 160 (CBS's populations); Overijssel's 25 quotas add up
        // to 1,186: R1's shares, Almelo's the 73 of its plan where R1 gives 74.
        await().atMost(SETTLED).untilAsserted(() -> {
            JsonNode enschede = supervision("/municipalities/GM0153/periods/2025-H1");
            assertThat(enschede.path("quota").asInt()).isEqualTo(160);
            assertThat(enschede.path("quotaStatus").asText()).isEqualTo("FINAL");
            assertThat(supervision("/provinces/PV23/periods/2025-H1").path("totals").path("quota").asInt()).isEqualTo(1186);
        });
    }

    @Test
    void afterItsPlanAlmeloHasR1sShareOfTheNationalQuotaLikeItsNeighbours() {
        // The current half-year, after 2025: Almelo's and Enschede's R1 shares of the national total the demo loads for it
        // (demo/national-quotas.csv, invented after 2025-II) on CBS's populations, whatever that total is.
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        String current = today.getYear() + (today.getMonthValue() <= 6 ? "-H1" : "-H2");
        DemoFigures figures = DemoFigures.load();
        DemoFigures.NationalQuota national = figures.nationalQuota(current);
        await().atMost(SETTLED).untilAsserted(() -> {
            JsonNode almelo = supervision("/municipalities/GM0141/periods/" + current);
            assertThat(almelo.path("quota").asInt()).isEqualTo(figures.quota(DemoData.ALMELO, national));
            assertThat(supervision("/municipalities/GM0153/periods/" + current).path("quota").asInt())
                    .isEqualTo(figures.quota("GM0153", national));
        });
    }

    @Test
    void theRegisterHoldsCbss380MunicipalitiesOn31December2018And342On1January2024() {
        // The demo replays CBS's reorganisations since 2019 (ReorganisationHistoryIT reads the dates between); CBS's codes
        // only, as other tests on this stack register municipalities of their own.
        nl.permitholders.infrastructure.ReorganisationHistory history = nl.permitholders.infrastructure.ReorganisationHistory.load();
        java.util.Set<String> cbs = history.everyCode();
        assertThat(cbsCodesValidOn("2018-12-31", cbs)).hasSize(380);
        assertThat(cbsCodesValidOn("2024-01-01", cbs)).hasSize(342).isEqualTo(DemoFigures.load().municipalities.keySet());
    }

    private java.util.Set<String> cbsCodesValidOn(String date, java.util.Set<String> cbs) {
        java.util.Set<String> found = new java.util.TreeSet<>();
        for (int page = 1; ; page++) {
            JsonNode items = read(Service.QUOTA, "/municipalities?validOn=" + date + "&pageSize=100&page=" + page,
                    stack.issuer().rijk()).path("items");
            if (items.isEmpty()) {
                return found;
            }
            items.forEach(m -> {
                if (cbs.contains(m.path("code").asText())) {
                    found.add(m.path("code").asText());
                }
            });
        }
    }

    @Test
    void anInventedExchangeAgreementWaitsForTheProvinceAndChangesNoFigure() {
        // The demo's own: the dashboard's browser tests, on the same stack, propose agreements of their own.
        List<JsonNode> agreements = new ArrayList<>();
        supervision("/provinces/PV23/exchanges").forEach(a -> {
            if (a.path("reason").asText().startsWith("Verzonnen voor de demo")) {
                agreements.add(a);
            }
        });
        assertThat(agreements).hasSize(1);
        JsonNode agreement = agreements.get(0);
        assertThat(agreement.path("state").asText()).isEqualTo("CONFIRMED");
        String period = agreement.path("period").asText();
        assertThat(supervision("/municipalities/GM0164/periods/" + period).path("exchanges").asInt()).isZero();
    }

    private JsonNode supervision(String path) {
        return read(Service.SUPERVISION, path, stack.issuer().province(DemoData.OVERIJSSEL));
    }

    private JsonNode read(Service service, String path, String token) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stack.url(service) + path))
                    .header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
