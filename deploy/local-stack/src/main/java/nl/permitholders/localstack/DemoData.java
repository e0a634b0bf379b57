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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import nl.permitholders.infrastructure.ReorganisationHistory;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;

/**
 * Demo data through the public APIs, as the Rijk, COA, corporations and municipalities would enter it: the whole
 * country, 12 provinces and the 380 municipalities of 2019 with CBS's reorganisations since replayed ({@link DemoRegister}),
 * so the 342 of 2024 on CBS's populations of 1 January 2024 (Bron: CBS), every half-year's
 * national total distributed by quota-service over them by R1, and from 2024-I couplings and placements for every
 * municipality; Almelo as its plan of approach of 27 March 2025 gives it, with that plan. Every figure is a published
 * one or marked as invented in the data files of {@code resources/demo}, whose README says which is which: the
 * national total of 2024-I (18,750), the country's backlog carried into it (almost 6,400) and the persons housed in it
 * (14,271) are the Rijk's, the split over the municipalities invented ({@link InventedCountry}); Overijssel's backlog is
 * the province's 448 on 1 January 2024 and 679 on 1 July 2024 (its letter of 11 July 2024; the split over the
 * municipalities invented); Almelo's 52 carried into 2024, quotas 78, 70, 73 and 75 (2025-II's provisional, as the plan
 * knew it; its 73 of 2025-I a version of its own beside R1's 74), 83 housed in 2024 and 75 in 2025 (the plan's
 * forecast, shown as housed) → 117 at the end of 2024 and 190 at the end of 2025, COA coupling enough in time that
 * every shortfall is Almelo's own (NOT_MET, not excusable). Loading twice changes nothing: every write is idempotent
 * (PUTs, couplings by their COA reference, the plan once, a reorganisation once).
 */
public final class DemoData {

    public static final String OVERIJSSEL = "PV23";
    public static final String ALMELO = "GM0141";
    /** The title of Almelo's plan of approach of 27 March 2025, as the plan has it. */
    public static final String ALMELO_PLAN_TITLE = "Plan van aanpak huisvesting vergunninghouders";

    /** Almelo's placements: housing date, the date COA coupled those households, and the sizes of the households. */
    private record Batch(LocalDate housedOn, LocalDate coupledOn, int[] sizes) {
    }

    /**
     * The plan's 83 housed in 2024 and 75 forecast for 2025, as 40 + 43 and 38 + 37 (an invented split, the households,
     * their sizes and dates invented too). COA coupled each batch months ahead, so that on its reference dates (1 April,
     * 1 October) enough was coupled and still waiting: the shortfalls are Almelo's own.
     */
    private static final List<Batch> ALMELO_HOUSED = List.of(
            new Batch(LocalDate.of(2024, 2, 12), LocalDate.of(2024, 1, 22), new int[] {5, 4, 6, 3, 1, 1, 2, 4, 5, 1, 1, 1, 1, 5}),
            new Batch(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 3, 4),
                    new int[] {6, 5, 4, 4, 3, 3, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2}),
            new Batch(LocalDate.of(2025, 3, 3), LocalDate.of(2024, 9, 16), new int[] {6, 6, 5, 5, 4, 4, 3, 3, 1, 1}),
            new Batch(LocalDate.of(2025, 8, 4), LocalDate.of(2025, 3, 17), new int[] {7, 6, 5, 4, 4, 3, 3, 2, 1, 1, 1}));

    /** Households COA coupled to Almelo that are still waiting (invented): 30 persons since September 2024, 20 since September 2025. */
    private static final List<Batch> ALMELO_WAITING = List.of(
            new Batch(null, LocalDate.of(2024, 9, 16), new int[] {5, 4, 4, 3, 3, 2, 2, 2, 1, 1, 1, 1, 1}),
            new Batch(null, LocalDate.of(2025, 9, 15), new int[] {6, 4, 3, 2, 2, 1, 1, 1}));

    private static final HalfYear FIRST = new HalfYear(2024, 1);
    /** Requests in flight at a time: as many clients as the write path was measured with (docs/performance.md). */
    private static final int LOADERS = 16;
    /** Quota reasons point at the data files; quota-service keeps them in each quota's history. */
    private static final String SOURCES = "deploy/local-stack/src/main/resources/demo";

    /** A half-year, as the services name it (2024-H1); the launcher does without the services' own classes. */
    private record HalfYear(int year, int half) {
        static HalfYear containing(LocalDate date) {
            return new HalfYear(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
        }

        /** "2025-H2". */
        static HalfYear parse(String text) {
            return new HalfYear(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(6)));
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
    /**
     * HTTP/1.1: a connection per loader. The JDK's client otherwise upgrades its first connection to HTTP/2 (h2c) and sends
     * every loader's requests over that one connection, which a service serves on one event loop, so on one core.
     */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** Tokens by municipality code (and of the Rijk and COA): signing one per request would cost more than the request. */
    private final Map<String, String> municipalityTokens = new ConcurrentHashMap<>();
    /** How long each half-year's national distribution took, in seconds. */
    final Map<String, Double> distributionSeconds = new ConcurrentSkipListMap<>();
    private final ObjectMapper json = new ObjectMapper();

    /** How long each half-year's national distribution took during {@link #load()}, in seconds (for deploy/benchmarks). */
    public Map<String, Double> distributionSeconds() {
        return Map.copyOf(distributionSeconds);
    }

    public DemoData(SystemStack stack) {
        this(stack, LocalDate.now(ZoneId.of("Europe/Amsterdam")));
    }

    DemoData(SystemStack stack, LocalDate today) {
        this.stack = stack;
        this.today = today;
    }

    public void load() {
        System.out.println("Loading demo data: the Netherlands, 12 provinces and 380 municipalities of 2019 with CBS's reorganisations"
                + " since (342 from 2023), CBS's populations (Bron: CBS),"
                + " Almelo's case 2024-2025, every municipality since 2024 (sources, and what is invented: " + SOURCES + "/README.md)...");
        long begin = System.nanoTime();
        DemoFigures figures = DemoFigures.load();
        Map<String, InventedCountry.Figures> country = InventedCountry.of(figures);
        List<String> register = DemoRegister.register(figures, new ReorganisationHistory.QuotaApi() {
            @Override
            public void putJson(String path, Map<String, Object> body) {
                put(Service.QUOTA, path, body);
            }

            @Override
            public void putCsv(String path, String csv) {
                send(Service.QUOTA, path, "PUT", "text/csv", HttpRequest.BodyPublishers.ofString(csv), tokenFor(Service.QUOTA));
            }

            @Override
            public void postJson(String path, Map<String, Object> body) {
                post(Service.QUOTA, path, body);
            }

            @Override
            public LocalDate validUntil(String municipalityCode) {
                JsonNode municipality = readIfFound(Service.QUOTA, "/municipalities/" + municipalityCode);
                return municipality == null || !municipality.hasNonNull("validUntil") ? null
                        : LocalDate.parse(municipality.get("validUntil").asText());
            }
        });
        inParallel(register, code -> put(Service.QUOTA, "/municipalities/" + code + "/opening-balance",
                Map.of("period", FIRST.toString(), "backlog", country.get(code).backlogOn1January2024())));
        populations(figures);
        nationalQuotas(figures);
        almelosPublishedQuotas(figures);
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
        inParallel(interleaved(register.stream().filter(code -> !code.equals(ALMELO))
                .map(code -> history(figures, country.get(code))).toList()), this::load);
        almeloActionPlan(figures);
        exchangeAwaitingTheProvince();
        publishOpenData();
        System.out.printf("Demo data loaded in %.0f s.%n", (System.nanoTime() - begin) / 1e9);
    }

    /** One task per item, {@link #LOADERS} at a time: one after the other would leave the services idle between requests. */
    private static <T> void inParallel(List<T> items, java.util.function.Consumer<T> task) {
        ExecutorService loaders = Executors.newFixedThreadPool(LOADERS);
        try {
            List<Future<?>> loading = items.stream().<Future<?>>map(item -> loaders.submit(() -> task.accept(item))).toList();
            for (Future<?> each : loading) {
                each.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("loading the demo data failed", e.getCause());
        } finally {
            loaders.shutdownNow();
        }
    }

    /**
     * The municipalities' households taken in turns, one of each: loaded a municipality at a time, Amsterdam's 1,200 or
     * so would go one after the other on one loader long after the others had finished.
     */
    static <T> List<T> interleaved(List<List<T>> perMunicipality) {
        List<T> turns = new ArrayList<>();
        int longest = perMunicipality.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (List<T> households : perMunicipality) {
                if (i < households.size()) {
                    turns.add(households.get(i));
                }
            }
        }
        return turns;
    }

    /**
     * CBS's populations of 1 January 2024 as quota-service's on every 1 January from the one the first half-year's R1
     * reads (2023) to today's: R1 takes the population of 1 January of the year before the half-year, and CBS's figures of
     * the other years are not at hand, so 2024's stand in for them (an approximation, demo/README.md).
     */
    private void populations(DemoFigures figures) {
        StringBuilder csv = new StringBuilder("code;name;population\n");
        figures.municipalities.values().forEach(m -> csv.append(m.code()).append(';').append(m.name()).append(';')
                .append(m.population()).append('\n'));
        for (int year = FIRST.year() - 1; year <= today.getYear(); year++) {
            send(Service.QUOTA, "/populations/" + LocalDate.of(year, 1, 1), "PUT", "text/csv",
                    HttpRequest.BodyPublishers.ofString(csv.toString()), tokenFor(Service.QUOTA));
        }
    }

    /**
     * Each half-year's national total, from 2024-I to the current one, distributed by quota-service over the 342
     * municipalities (R1), as the Rijk does it; the time each distribution took is printed.
     */
    private void nationalQuotas(DemoFigures figures) {
        HalfYear current = HalfYear.containing(today);
        for (HalfYear p = FIRST; !current.isBefore(p); p = p.next()) {
            DemoFigures.NationalQuota national = figures.nationalQuota(p.toString());
            long begin = System.nanoTime();
            put(Service.QUOTA, "/periods/" + p + "/national-quota", Map.of("persons", national.persons(), "status", national.status(),
                    "reason", national.source() + "; " + SOURCES));
            distributionSeconds.put(p.toString(), (System.nanoTime() - begin) / 1e9);
            System.out.printf("  %s: national total %,d distributed over %d municipalities in %.1f s%n", p, national.persons(),
                    figures.municipalities.size(), distributionSeconds.get(p.toString()));
        }
    }

    /**
     * Where Almelo's plan of approach gives a quota other than R1's share on CBS's populations (2025-I: 73 where R1 gives
     * 74), the plan's quota as a version of its own with its source: quota-service keeps R1's beside it in the quota's
     * history, and the plan's counts. The status is the national total's, as the plan knew it.
     */
    private void almelosPublishedQuotas(DemoFigures figures) {
        Map<String, Integer> plan = new TreeMap<>(figures.almeloPlan.get("quota"));
        plan.putAll(figures.almeloPlan.get("quota_forecast"));
        plan.forEach((period, persons) -> {
            DemoFigures.NationalQuota national = figures.nationalQuota(period);
            int r1 = figures.quota(ALMELO, national);
            if (r1 != persons) {
                put(Service.QUOTA, "/municipalities/" + ALMELO + "/quotas/" + period, Map.of(
                        "persons", persons, "status", national.status(),
                        "reason", "Plan van aanpak huisvesting vergunninghouders Almelo, 27 maart 2025, taakstelling " + period
                                + (figures.almeloPlan.get("quota_forecast").containsKey(period) ? " (prognose)" : "")
                                + "; R1 on CBS's populations gives " + r1 + "; " + SOURCES));
            }
        });
    }

    /**
     * The households of a municipality's half-years from 2024 up to today (its quota is quota-service's distribution): in
     * 2024-I the persons housed that take it from its backlog on 1 January to that on 1 July 2024 in Overijssel, elsewhere its
     * invented share of the country's 14,271; from then on households coupled and housed at its pace (invented); a few
     * couplings still waiting. The households, their sizes and dates are invented, seeded by its code, so every load
     * makes the same.
     */
    private List<Household> history(DemoFigures figures, InventedCountry.Figures municipality) {
        List<Household> households = new ArrayList<>();
        String code = municipality.code();
        Random random = new Random(code.hashCode());
        double pace = municipality.pace();
        int backlog = municipality.backlogOn1January2024();
        HalfYear current = HalfYear.containing(today);
        int household = 0;
        for (HalfYear p = FIRST; !current.isBefore(p); p = p.next()) {
            int quota = figures.quota(code, figures.nationalQuota(p.toString()));
            long days = ChronoUnit.DAYS.between(p.firstDay(), p.equals(current) ? today : p.lastDay()) + 1;
            double share = p.equals(current) ? (double) days / (ChronoUnit.DAYS.between(p.firstDay(), p.lastDay()) + 1) : 1.0;
            int target = p.equals(FIRST) ? municipality.housedIn2024I() : Math.max(0, (int) Math.round((backlog + quota) * pace * share));
            int housed = 0;
            while (housed < target) {
                int persons = Math.min(target - housed, 1 + random.nextInt(7));
                LocalDate housedOn = p.firstDay().plusDays(random.nextInt((int) days));
                LocalDate coupledOn = housedOn.minusWeeks(3 + random.nextInt(8));
                households.add(new Household(code, "DEMO-" + code + "-" + household++, persons, coupledOn, housedOn));
                housed += persons;
            }
            backlog = backlog + quota - housed;
        }
        // Households coupled and still waiting: some recently, some beyond the 12 weeks (R8) for the slower ones.
        int waiting = 1 + random.nextInt(3) + (pace < 0.8 ? 2 : 0);
        for (int i = 0; i < waiting; i++) {
            LocalDate coupledOn = today.minusWeeks(1 + random.nextInt(pace < 0.8 ? 20 : 10));
            households.add(new Household(code, "DEMO-" + code + "-WAIT-" + i, 1 + random.nextInt(5), coupledOn, null));
        }
        return households;
    }

    /** A household COA couples to a municipality, housed on {@code housedOn} or, when that is null, still waiting. */
    private record Household(String municipality, String coaReference, int persons, LocalDate coupledOn, LocalDate housedOn) {
    }

    private void load(Household household) {
        if (household.housedOn() == null) {
            couple(household.municipality(), household.coaReference(), household.persons(), household.coupledOn());
        } else {
            house(household.municipality(), household.coaReference(), household.persons(), household.coupledOn(), household.housedOn());
        }
    }

    /**
     * Almelo's plan of approach of 27 March 2025 with its five measures and the term of each, as the plan gives them; the
     * plan gives no persons per measure, so none are expected. Recorded once.
     */
    private void almeloActionPlan(DemoFigures figures) {
        String plans = "/municipalities/" + ALMELO + "/action-plans";
        awaitKnownToSupervision(ALMELO);
        if (read(get(Service.SUPERVISION, plans)).get("totalItems").asInt() > 0) {
            return;
        }
        post(Service.SUPERVISION, plans, Map.of(
                "title", ALMELO_PLAN_TITLE,
                "adoptedOn", "2025-03-27",
                "measures", figures.almeloMeasures.stream()
                        .map(measure -> Map.of("title", measure.title(), "term", measure.term(), "expectedHoused", List.of()))
                        .toList()));
    }

    /**
     * An exchange agreement (R2) for the current half-year that Hengelo proposed and Borne confirmed, waiting for the
     * province to register or refuse it on the dashboard. Invented, and its reason says so; not registered, so it
     * changes no figure. Proposed once.
     */
    private void exchangeAwaitingTheProvince() {
        String hengelo = "GM0164";
        String borne = "GM0147";
        if (read(send(Service.SUPERVISION, "/municipalities/" + hengelo + "/exchanges", "GET", null,
                municipalityToken(hengelo))).size() > 0) {
            return;
        }
        String period = HalfYear.containing(today).toString();
        // The check on the adjusted quota reads supervision's figures, which learn the quotas from quota.events.
        awaitQuotaKnownToSupervision(hengelo, period);
        awaitQuotaKnownToSupervision(borne, period);
        JsonNode proposed = read(send(Service.SUPERVISION, "/exchanges", "POST", Map.of(
                "period", period,
                "reason", "Verzonnen voor de demo: Hengelo neemt 5 personen van de taakstelling van Borne over (regionale afspraak)",
                "changes", List.of(Map.of("municipalityCode", hengelo, "delta", 5, "backlogTransfer", 0),
                        Map.of("municipalityCode", borne, "delta", -5, "backlogTransfer", 0))), municipalityToken(hengelo)));
        send(Service.SUPERVISION, "/exchanges/" + proposed.get("id").asText() + "/confirm", "POST", null, municipalityToken(borne));
    }

    /** COA couples a household and the municipality houses it whole; skipped when loaded before. */
    private void house(String municipality, String coaReference, int persons, LocalDate coupledOn, LocalDate housedOn) {
        String coupling = couple(municipality, coaReference, persons, coupledOn);
        if (coupling != null) {
            send(Service.PLACEMENT, "/couplings/" + coupling + "/placements", "POST",
                    Map.of("persons", persons, "housedOn", housedOn.toString()), municipalityToken(municipality));
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

    private void awaitQuotaKnownToSupervision(String municipality, String period) {
        HttpRequest figures = HttpRequest.newBuilder(URI.create(stack.url(Service.SUPERVISION) + "/municipalities/" + municipality
                + "/periods/" + period)).header("Authorization", "Bearer " + municipalityToken(municipality)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try {
            HttpResponse<String> answer;
            while ((answer = http.send(figures, HttpResponse.BodyHandlers.ofString())).statusCode() != 200
                    || read(answer).path("quota").asInt(0) == 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("supervision-service did not learn the quota of " + municipality + " in "
                            + period + " from the events within 60 s");
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
     * The open data as the daily cut-off (supervision's MonthlyCutOff) would have published it by today: every half-year
     * since the first, the running one up to its last month that has ended, each once supervision has read what the demo
     * wrote of it (its national total housed the same for five seconds). A half-year of which no month has ended yet
     * (400) has nothing to publish.
     */
    private void publishOpenData() {
        String rijk = municipalityTokens.computeIfAbsent("rijk", r -> stack.issuer().rijk());
        HalfYear running = HalfYear.containing(today);
        int published = 0;
        for (HalfYear period = FIRST; !running.isBefore(period); period = period.next()) {
            awaitHousedSettled(period, rijk);
            HttpRequest publish = HttpRequest.newBuilder(URI.create(stack.url(Service.SUPERVISION) + "/open-data/publications"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + rijk)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"period\":\"" + period + "\"}")).build();
            try {
                int status = http.send(publish, HttpResponse.BodyHandlers.ofString()).statusCode();
                if (status == 200 || status == 201) {
                    published++;
                } else if (status != 400) {
                    throw new IllegalStateException("publishing the open data of " + period + " answered " + status);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        System.out.println("Open data published for " + published + " half-years (" + stack.url(Service.SUPERVISION) + "/open-data/catalog).");
    }

    private void awaitHousedSettled(HalfYear period, String rijk) {
        HttpRequest national = HttpRequest.newBuilder(URI.create(stack.url(Service.SUPERVISION) + "/national/periods/" + period))
                .header("Authorization", "Bearer " + rijk).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        int last = -1;
        try {
            while (System.nanoTime() < deadline) {
                HttpResponse<String> answer = http.send(national, HttpResponse.BodyHandlers.ofString());
                int housed = answer.statusCode() == 200 ? read(answer).path("totals").path("housed").asInt(-1) : -1;
                if (housed >= 0 && housed == last) {
                    return;
                }
                last = housed;
                LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(5));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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

    private String municipalityToken(String code) {
        return municipalityTokens.computeIfAbsent(code, c -> stack.issuer().municipality(c));
    }

    /**
     * The Rijk loads the reference data and quotas, COA the couplings, Almelo its placements (sent with Almelo's own
     * token, see house) and units.
     */
    private String tokenFor(Service service) {
        return switch (service) {
            case QUOTA -> municipalityTokens.computeIfAbsent("rijk", r -> stack.issuer().rijk());
            case PLACEMENT -> municipalityTokens.computeIfAbsent("coa", c -> stack.issuer().coa());
            case HOUSING_STOCK, SUPERVISION -> municipalityToken(ALMELO);
        };
    }

    /** GET as the Rijk/COA/Almelo (tokenFor); null on 404. */
    private JsonNode readIfFound(Service service, String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stack.url(service) + path))
                    .header("Authorization", "Bearer " + tokenFor(service)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return null;
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return read(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
            return send(service, path, method, "application/json", body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)), token);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(Service service, String path, String method, String contentType, HttpRequest.BodyPublisher body,
                                      String token) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(stack.url(service) + path))
                    .header("Content-Type", contentType)
                    .header("Authorization", "Bearer " + token)
                    .method(method, body)
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
