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
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;

/**
 * Demo data through the public APIs, as the Rijk, COA, corporations and municipalities would enter it: the province
 * of Overijssel with its 25 municipalities, Almelo as in its plan of approach of 27 March 2025 (backlog 52 into
 * 2024, quotas 78/70/73/75, 83 housed in 2024 and 75 in 2025 → backlog 117 end 2024, 190 end 2025; COA coupled
 * enough in time that every shortfall is its own: NOT_MET, not excusable) with that plan loaded, and the other 24
 * municipalities with varied histories from 2024 up to today (some ahead, some on schedule, some behind).
 * Loading twice changes nothing: every write is idempotent (PUTs, couplings by their COA reference, the plan once).
 */
public final class DemoData {

    public static final String OVERIJSSEL = "PV23";
    public static final String ALMELO = "GM0141";
    public static final Map<String, String> OVERIJSSEL_MUNICIPALITIES = Map.ofEntries(
            Map.entry("GM0141", "Almelo"), Map.entry("GM0147", "Borne"), Map.entry("GM0148", "Dalfsen"),
            Map.entry("GM0150", "Deventer"), Map.entry("GM0153", "Enschede"), Map.entry("GM0158", "Haaksbergen"),
            Map.entry("GM0160", "Hardenberg"), Map.entry("GM0163", "Hellendoorn"), Map.entry("GM0164", "Hengelo"),
            Map.entry("GM0166", "Kampen"), Map.entry("GM0168", "Losser"), Map.entry("GM0173", "Oldenzaal"),
            Map.entry("GM0175", "Ommen"), Map.entry("GM0177", "Raalte"), Map.entry("GM0180", "Staphorst"),
            Map.entry("GM0183", "Tubbergen"), Map.entry("GM0189", "Wierden"), Map.entry("GM0193", "Zwolle"),
            Map.entry("GM1700", "Twenterand"), Map.entry("GM1708", "Steenwijkerland"), Map.entry("GM1735", "Hof van Twente"),
            Map.entry("GM1742", "Rijssen-Holten"), Map.entry("GM1773", "Olst-Wijhe"), Map.entry("GM1774", "Dinkelland"),
            Map.entry("GM1896", "Zwartewaterland"));

    /** Almelo's quotas as its plan of approach of 27 March 2025 lists them. */
    private static final Map<String, Integer> ALMELO_QUOTAS = Map.of("2024-H1", 78, "2024-H2", 70, "2025-H1", 73, "2025-H2", 75);

    /** Persons per half-year the Rijk asks of each of the other municipalities, roughly by size (demo figures). */
    private static final Map<String, Integer> QUOTA_SIZE = Map.ofEntries(
            Map.entry("GM0147", 12), Map.entry("GM0148", 16), Map.entry("GM0150", 55), Map.entry("GM0153", 90),
            Map.entry("GM0158", 14), Map.entry("GM0160", 36), Map.entry("GM0163", 20), Map.entry("GM0164", 48),
            Map.entry("GM0166", 30), Map.entry("GM0168", 13), Map.entry("GM0173", 18), Map.entry("GM0175", 10),
            Map.entry("GM0177", 22), Map.entry("GM0180", 9), Map.entry("GM0183", 12), Map.entry("GM0189", 14),
            Map.entry("GM0193", 75), Map.entry("GM1700", 20), Map.entry("GM1708", 25), Map.entry("GM1735", 20),
            Map.entry("GM1742", 22), Map.entry("GM1773", 10), Map.entry("GM1774", 15), Map.entry("GM1896", 13));

    /** Almelo's placements: housing date, the date COA coupled those households, and the sizes of the households. */
    private record Batch(LocalDate housedOn, LocalDate coupledOn, int[] sizes) {
    }

    /**
     * 40 + 43 housed in 2024 and 38 + 37 in 2025, as in the plan. COA coupled each batch months ahead, so that on its
     * reference dates (1 April, 1 October) enough was coupled and still waiting: the shortfalls are Almelo's own.
     */
    private static final List<Batch> ALMELO_HOUSED = List.of(
            new Batch(LocalDate.of(2024, 2, 12), LocalDate.of(2024, 1, 22), new int[] {5, 4, 6, 3, 1, 1, 2, 4, 5, 1, 1, 1, 1, 5}),
            new Batch(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 3, 4),
                    new int[] {6, 5, 4, 4, 3, 3, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2}),
            new Batch(LocalDate.of(2025, 3, 3), LocalDate.of(2024, 9, 16), new int[] {6, 6, 5, 5, 4, 4, 3, 3, 1, 1}),
            new Batch(LocalDate.of(2025, 8, 4), LocalDate.of(2025, 3, 17), new int[] {7, 6, 5, 4, 4, 3, 3, 2, 1, 1, 1}));

    /** Households COA coupled to Almelo that are still waiting: 30 persons since September 2024, 20 since September 2025. */
    private static final List<Batch> ALMELO_WAITING = List.of(
            new Batch(null, LocalDate.of(2024, 9, 16), new int[] {5, 4, 4, 3, 3, 2, 2, 2, 1, 1, 1, 1, 1}),
            new Batch(null, LocalDate.of(2025, 9, 15), new int[] {6, 4, 3, 2, 2, 1, 1, 1}));

    /** The other municipalities' pace: persons housed as a share of what they had to house in a half-year. */
    private static final double[] PACES = {1.1, 0.95, 0.85, 0.7, 0.5};
    private static final HalfYear FIRST = new HalfYear(2024, 1);

    /** A half-year, as the services name it (2024-H1); the launcher does without the services' own classes. */
    private record HalfYear(int year, int half) {
        static HalfYear containing(LocalDate date) {
            return new HalfYear(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
        }

        LocalDate firstDay() {
            return LocalDate.of(year, half == 1 ? 1 : 7, 1);
        }

        LocalDate lastDay() {
            return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
        }

        HalfYear next() {
            return half == 1 ? new HalfYear(year, 2) : new HalfYear(year + 1, 1);
        }

        boolean isBefore(HalfYear other) {
            return year < other.year || (year == other.year && half < other.half);
        }

        @Override
        public String toString() {
            return year + "-H" + half;
        }
    }

    private final SystemStack stack;
    private final LocalDate today;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    public DemoData(SystemStack stack) {
        this(stack, LocalDate.now(ZoneId.of("Europe/Amsterdam")));
    }

    DemoData(SystemStack stack, LocalDate today) {
        this.stack = stack;
        this.today = today;
    }

    public void load() {
        System.out.println("Loading demo data: Overijssel with its 25 municipalities, Almelo's case 2024-2025, the others since 2024...");
        put(Service.QUOTA, "/provinces/" + OVERIJSSEL, Map.of("name", "Overijssel"));
        OVERIJSSEL_MUNICIPALITIES.forEach((code, name) ->
                put(Service.QUOTA, "/municipalities/" + code, Map.of("name", name, "provinceCode", OVERIJSSEL)));
        put(Service.QUOTA, "/municipalities/" + ALMELO + "/opening-balance", Map.of("period", "2024-H1", "backlog", 52));
        // As the plan of approach gives them: 2024's quotas fixed, 2025's as then known and not yet fixed (75 for 2025-II
        // is the plan's "prognose taakstelling").
        Map.of("2024-H1", "FINAL", "2024-H2", "FINAL", "2025-H1", "PROVISIONAL", "2025-H2", "PROVISIONAL").forEach((period, status) ->
                put(Service.QUOTA, "/municipalities/" + ALMELO + "/quotas/" + period, Map.of("persons", ALMELO_QUOTAS.get(period),
                        "status", status, "reason", "Plan van aanpak Almelo 27 maart 2025, taakstelling " + period)));
        awaitKnownToHousingStock(ALMELO);
        post(Service.HOUSING_STOCK, "/units", Map.of("externalId", "ALM-FLEX-001", "ownerId", "woonservice-almelo",
                "municipalityCode", ALMELO, "type", "FLEX", "capacity", 4));
        post(Service.HOUSING_STOCK, "/units", Map.of("externalId", "ALM-SHARED-001", "ownerId", "woonservice-almelo",
                "municipalityCode", ALMELO, "type", "SHARED", "capacity", 4));
        for (Batch batch : ALMELO_HOUSED) {
            for (int i = 0; i < batch.sizes().length; i++) {
                house(ALMELO, "DEMO-ALM-" + batch.housedOn() + "-" + i, batch.sizes()[i], batch.coupledOn(), batch.housedOn());
            }
        }
        for (Batch batch : ALMELO_WAITING) {
            for (int i = 0; i < batch.sizes().length; i++) {
                couple(ALMELO, "DEMO-ALM-WAIT-" + batch.coupledOn() + "-" + i, batch.sizes()[i], batch.coupledOn());
            }
        }
        // The municipalities one after the other take minutes; a few at a time keep the services busy, not idle.
        ExecutorService loaders = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> loading = OVERIJSSEL_MUNICIPALITIES.keySet().stream().sorted().filter(code -> !code.equals(ALMELO))
                    .<Future<?>>map(code -> loaders.submit(() -> history(code))).toList();
            for (Future<?> each : loading) {
                each.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("loading a municipality's history failed", e.getCause());
        } finally {
            loaders.shutdownNow();
        }
        almeloActionPlan();
        System.out.println("Demo data loaded.");
    }

    /**
     * A municipality's half-years from 2024 up to today: an opening balance, a quota each half-year, and households
     * coupled and housed at a pace of its own (from ahead of schedule to far behind); a few couplings still waiting.
     * Seeded by its code, so that every load makes the same history.
     */
    private void history(String code) {
        Random random = new Random(code.hashCode());
        double pace = PACES[random.nextInt(PACES.length)];
        int size = QUOTA_SIZE.get(code);
        int backlog = random.nextInt(size / 2 + 1);
        put(Service.QUOTA, "/municipalities/" + code + "/opening-balance", Map.of("period", FIRST.toString(), "backlog", backlog));
        HalfYear current = HalfYear.containing(today);
        int household = 0;
        for (HalfYear p = FIRST; !current.isBefore(p); p = p.next()) {
            int quota = Math.max(1, (int) Math.round(size * (0.85 + random.nextDouble() * 0.3)));
            put(Service.QUOTA, "/municipalities/" + code + "/quotas/" + p,
                    Map.of("persons", quota, "reason", "Rijk, taakstelling " + p));
            long days = ChronoUnit.DAYS.between(p.firstDay(), p.equals(current) ? today : p.lastDay()) + 1;
            double share = p.equals(current) ? (double) days / (ChronoUnit.DAYS.between(p.firstDay(), p.lastDay()) + 1) : 1.0;
            int target = Math.max(0, (int) Math.round((backlog + quota) * pace * share));
            int housed = 0;
            while (housed < target) {
                int persons = Math.min(target - housed, 1 + random.nextInt(7));
                LocalDate housedOn = p.firstDay().plusDays(random.nextInt((int) days));
                LocalDate coupledOn = housedOn.minusWeeks(3 + random.nextInt(8));
                house(code, "DEMO-" + code + "-" + household++, persons, coupledOn, housedOn);
                housed += persons;
            }
            backlog = backlog + quota - housed;
        }
        // Households coupled and still waiting: some recently, some beyond the 12 weeks (R8) for the slower ones.
        int waiting = 1 + random.nextInt(3) + (pace < 0.8 ? 2 : 0);
        for (int i = 0; i < waiting; i++) {
            LocalDate coupledOn = today.minusWeeks(1 + random.nextInt(pace < 0.8 ? 20 : 10));
            couple(code, "DEMO-" + code + "-WAIT-" + i, 1 + random.nextInt(5), coupledOn);
        }
    }

    /** Almelo's plan of approach of 27 March 2025 with its five measures (as in ActionPlanFlowTest); recorded once. */
    private void almeloActionPlan() {
        String plans = "/municipalities/" + ALMELO + "/action-plans";
        awaitKnownToSupervision(ALMELO);
        if (read(get(Service.SUPERVISION, plans)).get("totalItems").asInt() > 0) {
            return;
        }
        post(Service.SUPERVISION, plans, Map.of(
                "title", "Plan van aanpak huisvesting statushouders Almelo 2025",
                "adoptedOn", "2025-03-27",
                "measures", List.of(
                        measure("Woningdelen", "SHORT", "IN_PROGRESS", Map.of("2025-H1", 15, "2025-H2", 15)),
                        measure("Nieuwbouw voor een brede doelgroep", "MEDIUM", "IN_PROGRESS",
                                Map.of("2025-H2", 10, "2026-H1", 20, "2026-H2", 20)),
                        measure("Doorstroming", "MEDIUM", "IN_PROGRESS", Map.of("2025-H1", 10, "2025-H2", 10, "2026-H1", 10)),
                        measure("Doelgroepen combineren", "MEDIUM", "IN_PROGRESS", Map.of("2025-H1", 5, "2025-H2", 10, "2026-H1", 10)),
                        measure("Standaard inschrijving op het woonplatform", "LONG", "PLANNED",
                                Map.of("2026-H2", 15, "2027-H1", 15)))));
    }

    private static Map<String, Object> measure(String title, String term, String status, Map<String, Integer> expected) {
        return Map.of("title", title, "term", term, "status", status, "expectedHoused", expected.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Map.of("period", e.getKey(), "persons", e.getValue())).toList());
    }

    /** COA couples a household and the municipality houses it whole; skipped when loaded before. */
    private void house(String municipality, String coaReference, int persons, LocalDate coupledOn, LocalDate housedOn) {
        String coupling = couple(municipality, coaReference, persons, coupledOn);
        if (coupling != null) {
            send(Service.PLACEMENT, "/couplings/" + coupling + "/placements", "POST",
                    Map.of("persons", persons, "housedOn", housedOn.toString()), stack.issuer().municipality(municipality));
        }
    }

    /** @return the new coupling's id, or null when a coupling with this reference was loaded before */
    private String couple(String municipality, String coaReference, int persons, LocalDate coupledOn) {
        int adults = Math.min(persons, 2);
        HttpResponse<String> coupling = post(Service.PLACEMENT, "/couplings", Map.of(
                "coaReference", coaReference, "municipalityCode", municipality, "adults", adults, "minors", persons - adults,
                "householdType", persons == 1 ? "SINGLE" : "FAMILY",
                "permitDate", coupledOn.minusWeeks(2).toString(), "couplingDate", coupledOn.toString()));
        return coupling.statusCode() == 201 ? read(coupling).get("id").asText() : null;
    }

    /** supervision learns the register from quota.events; an action plan for a municipality it does not know is refused. */
    private void awaitKnownToSupervision(String municipality) {
        awaitStatus200(Service.SUPERVISION, "/municipalities/" + municipality + "/periods/" + FIRST, "supervision-service");
    }

    /** housing-stock learns the municipality register from quota.events; units are refused until it has. */
    private void awaitKnownToHousingStock(String municipality) {
        awaitStatus200(Service.HOUSING_STOCK, "/municipalities/" + municipality, "housing-stock-service");
    }

    private void awaitStatus200(Service service, String path, String name) {
        URI uri = URI.create(stack.url(service) + path);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try {
            HttpRequest register = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + tokenFor(service)).build();
            while (http.send(register, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(name + " did not learn " + path + " from the events within 60 s");
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

    private HttpResponse<String> get(Service service, String path) {
        return send(service, path, "GET", null);
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
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
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
