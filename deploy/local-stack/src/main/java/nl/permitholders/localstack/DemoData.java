package nl.permitholders.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;

/**
 * Demo data through the public APIs, as the Rijk, COA, corporations and municipalities would enter it: the province
 * of Overijssel with its 25 municipalities, and Almelo as in its plan of approach of 27 March 2025 (backlog 52 into
 * 2024, quotas 78/70/73/75, 83 housed in 2024 and 75 in 2025 → backlog 117 end 2024, 190 end 2025).
 * Loading twice changes nothing: every write is idempotent (PUTs, and couplings by their COA reference).
 */
final class DemoData {

    private static final String OVERIJSSEL = "PV23";
    private static final String ALMELO = "GM0141";
    private static final Map<String, String> OVERIJSSEL_MUNICIPALITIES = Map.ofEntries(
            Map.entry("GM0141", "Almelo"), Map.entry("GM0147", "Borne"), Map.entry("GM0148", "Dalfsen"),
            Map.entry("GM0150", "Deventer"), Map.entry("GM0153", "Enschede"), Map.entry("GM0158", "Haaksbergen"),
            Map.entry("GM0160", "Hardenberg"), Map.entry("GM0163", "Hellendoorn"), Map.entry("GM0164", "Hengelo"),
            Map.entry("GM0166", "Kampen"), Map.entry("GM0168", "Losser"), Map.entry("GM0173", "Oldenzaal"),
            Map.entry("GM0175", "Ommen"), Map.entry("GM0177", "Raalte"), Map.entry("GM0180", "Staphorst"),
            Map.entry("GM0183", "Tubbergen"), Map.entry("GM0189", "Wierden"), Map.entry("GM0193", "Zwolle"),
            Map.entry("GM1700", "Twenterand"), Map.entry("GM1708", "Steenwijkerland"), Map.entry("GM1735", "Hof van Twente"),
            Map.entry("GM1742", "Rijssen-Holten"), Map.entry("GM1773", "Olst-Wijhe"), Map.entry("GM1774", "Dinkelland"),
            Map.entry("GM1896", "Zwartewaterland"));

    /** Almelo's placements: housing date and the sizes of the households housed whole on it. */
    private static final Map<LocalDate, int[]> ALMELO_HOUSED = Map.of(
            LocalDate.of(2024, 2, 12), new int[] {5, 4, 6, 3, 1, 1, 2, 4, 5, 1, 1, 1, 1, 5},
            LocalDate.of(2024, 9, 2), new int[] {6, 5, 4, 4, 3, 3, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2},
            LocalDate.of(2025, 3, 3), new int[] {6, 6, 5, 5, 4, 4, 3, 3, 1, 1},
            LocalDate.of(2025, 8, 4), new int[] {7, 6, 5, 4, 4, 3, 3, 2, 1, 1, 1});

    private final SystemStack stack;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    DemoData(SystemStack stack) {
        this.stack = stack;
    }

    void load() {
        System.out.println("Loading demo data: Overijssel with its 25 municipalities, Almelo's case 2024-2025...");
        put(Service.QUOTA, "/provinces/" + OVERIJSSEL, Map.of("name", "Overijssel"));
        OVERIJSSEL_MUNICIPALITIES.forEach((code, name) ->
                put(Service.QUOTA, "/municipalities/" + code, Map.of("name", name, "provinceCode", OVERIJSSEL)));
        put(Service.QUOTA, "/municipalities/" + ALMELO + "/opening-balance", Map.of("period", "2024-H1", "backlog", 52));
        Map.of("2024-H1", 78, "2024-H2", 70, "2025-H1", 73, "2025-H2", 75).forEach((period, persons) ->
                put(Service.QUOTA, "/municipalities/" + ALMELO + "/quotas/" + period,
                        Map.of("persons", persons, "reason", "Rijk, taakstelling " + period)));
        awaitKnownToHousingStock(ALMELO);
        post(Service.HOUSING_STOCK, "/units", Map.of("externalId", "ALM-FLEX-001", "ownerId", "woonservice-almelo",
                "municipalityCode", ALMELO, "type", "FLEX", "capacity", 4));
        post(Service.HOUSING_STOCK, "/units", Map.of("externalId", "ALM-SHARED-001", "ownerId", "woonservice-almelo",
                "municipalityCode", ALMELO, "type", "SHARED", "capacity", 4));
        ALMELO_HOUSED.forEach((housedOn, sizes) -> {
            for (int i = 0; i < sizes.length; i++) {
                house("DEMO-ALM-" + housedOn + "-" + i, sizes[i], housedOn);
            }
        });
        System.out.println("Demo data loaded.");
    }

    /** Couples a household three weeks before its housing date and houses it whole; skipped when loaded before. */
    private void house(String coaReference, int persons, LocalDate housedOn) {
        int adults = Math.min(persons, 2);
        HttpResponse<String> coupling = post(Service.PLACEMENT, "/couplings", Map.of(
                "coaReference", coaReference, "municipalityCode", ALMELO, "adults", adults, "minors", persons - adults,
                "householdType", persons == 1 ? "SINGLE" : "FAMILY",
                "permitDate", housedOn.minusWeeks(5).toString(), "couplingDate", housedOn.minusWeeks(3).toString()));
        if (coupling.statusCode() == 201) {
            String id = read(coupling).get("id").asText();
            send(Service.PLACEMENT, "/couplings/" + id + "/placements", "POST",
                    Map.of("persons", persons, "housedOn", housedOn.toString()), stack.issuer().municipality(ALMELO));
        }
    }

    /** housing-stock learns the municipality register from quota.events; units are refused until it has. */
    private void awaitKnownToHousingStock(String municipality) {
        URI uri = URI.create(stack.url(Service.HOUSING_STOCK) + "/municipalities/" + municipality);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try {
            HttpRequest register = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + tokenFor(Service.HOUSING_STOCK)).build();
            while (http.send(register, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("housing-stock-service did not learn " + municipality
                            + " from quota.events within 60 s");
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The Rijk loads the reference data and quotas, COA the couplings, Almelo its placements (sent with Almelo's own
     * token, see house) and units.
     */
    private String tokenFor(Service service) {
        return switch (service) {
            case QUOTA -> stack.issuer().rijk();
            case PLACEMENT -> stack.issuer().coa();
            case HOUSING_STOCK, SUPERVISION -> stack.issuer().municipality(ALMELO);
        };
    }

    private HttpResponse<String> put(Service service, String path, Map<String, Object> body) {
        return send(service, path, "PUT", body);
    }

    private HttpResponse<String> post(Service service, String path, Map<String, Object> body) {
        return send(service, path, "POST", body);
    }

    private HttpResponse<String> send(Service service, String path, String method, Map<String, Object> body) {
        return send(service, path, method, body, tokenFor(service));
    }

    private HttpResponse<String> send(Service service, String path, String method, Map<String, Object> body, String token) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(stack.url(service) + path))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
