package nl.permitholders.localstack;

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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import nl.permitholders.infrastructure.ReorganisationHistory;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;

/**
 * Demo data through the public APIs, as the Rijk, COA, corporations and municipalities would enter it: the whole
 * country, 12 provinces and the 380 municipalities of 2019 with CBS's reorganisations since replayed ({@link DemoRegister}),
 * so the 342 of 2024 on CBS's populations of 1 January 2024 (Bron: CBS), every half-year's
 * national total distributed by quota-service over them by R1, and from 2024-I couplings and placements for every
 * municipality, taken in as COA's records, one file per province, through placement-service's coupling imports
 * ({@link DemoHouseholds}); Almelo as its plan of approach of 27 March 2025 gives it, with that plan. Every figure is a
 * published one or marked as invented in the data files of {@code resources/demo}, whose README says which is which: the
 * national total of 2024-I (18,750), the country's backlog carried into it (almost 6,400) and the persons housed in it
 * (14,271) are the Rijk's, the split over the municipalities invented ({@link InventedCountry}); Overijssel's backlog is
 * the province's 448 on 1 January 2024 and 679 on 1 July 2024 (its letter of 11 July 2024; the split over the
 * municipalities invented); Almelo's 52 carried into 2024, quotas 78, 70, 73 and 75 (2025-II's provisional, as the plan
 * knew it; its 73 of 2025-I a version of its own beside R1's 74), 83 housed in 2024 and 75 in 2025 (the plan's
 * forecast, shown as housed) → 117 at the end of 2024 and 190 at the end of 2025, COA coupling enough in time that
 * every shortfall is Almelo's own (NOT_MET, not excusable). Loading twice changes nothing: every write is idempotent
 * (PUTs, couplings by their COA reference, the plan once, a reorganisation once). It says all the time what it does, how
 * far it is and about how long is left ({@link Progress}).
 */
public final class DemoData {

    public static final String OVERIJSSEL = "PV23";
    public static final String ALMELO = "GM0141";
    /** The title of Almelo's plan of approach of 27 March 2025, as the plan has it. */
    public static final String ALMELO_PLAN_TITLE = "Plan van aanpak huisvesting vergunninghouders";

    /** Requests in flight at a time where many small ones go out (the opening balances). */
    private static final int LOADERS = 16;
    /** Quota reasons point at the data files; quota-service keeps them in each quota's history. */
    private static final String SOURCES = "deploy/local-stack/src/main/resources/demo";
    /** supervision-service's projection: its consumer group (supervision.consumer-group), and the topic of the households' events. */
    private static final String SUPERVISION_GROUP = "supervision-service";
    private static final List<String> PLACEMENT_EVENTS = List.of("placement.events");
    private static final List<String> SUPERVISION_READS = List.of("quota.events", "placement.events", "housing-stock.events");
    /** How long the households may take at most before the load gives up, saying where it stood. */
    private static final Duration HOUSEHOLDS_AT_MOST = Duration.ofMinutes(15);

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
        try (Progress progress = new Progress(System.out, 3)) {
            List<String> register = register(figures, progress);
            Progress.Phase balances = progress.phase("opening balances of 2024-H1", register.size(), "municipalities");
            inParallel(register, code -> {
                put(Service.QUOTA, "/municipalities/" + code + "/opening-balance",
                        Map.of("period", HalfYear.FIRST.toString(), "backlog", country.get(code).backlogOn1January2024()));
                balances.step();
            });
            balances.done(register.size() + " municipalities");
            populations(figures, progress);
            nationalQuotas(figures, progress);
            Progress.Phase almelo = progress.phase("Almelo's quotas of its plan and its units", 3, "steps");
            almelosPublishedQuotas(figures);
            almelo.step();
            awaitKnownToHousingStock(ALMELO);
            almelo.step();
            post(Service.HOUSING_STOCK, "/units", Map.of("externalId", "ALM-FLEX-001", "ownerId", "woonservice-almelo",
                    "municipalityCode", ALMELO, "type", "FLEX", "capacity", 4));
            post(Service.HOUSING_STOCK, "/units", Map.of("externalId", "ALM-SHARED-001", "ownerId", "woonservice-almelo",
                    "municipalityCode", ALMELO, "type", "SHARED", "capacity", 4));
            almelo.done("quotas and 2 units");
            households(figures, country, progress);
            Progress.Phase plan = progress.phase("Almelo's plan of approach and an exchange agreement", 2, "steps");
            almeloActionPlan(figures);
            plan.step();
            exchangeAwaitingTheProvince();
            plan.done("recorded");
            publishOpenData(progress);
        }
        System.out.printf("Demo data loaded in %.0f s.%n", (System.nanoTime() - begin) / 1e9);
    }

    /** The register of 2019 and CBS's reorganisations since, through quota-service, each request counted. */
    private List<String> register(DemoFigures figures, Progress progress) {
        ReorganisationHistory history = ReorganisationHistory.load();
        // At most: the provinces, the register in one file, and per reorganisation a look and a request.
        Progress.Phase phase = progress.phase("register", history.provinces().size() + 1 + 2L * history.reorganisations().size(),
                "requests at most");
        List<String> register = DemoRegister.register(figures, new ReorganisationHistory.QuotaApi() {
            @Override
            public void putJson(String path, Map<String, Object> body) {
                put(Service.QUOTA, path, body);
                phase.step();
            }

            @Override
            public void putCsv(String path, String csv) {
                send(Service.QUOTA, path, "PUT", "text/csv", HttpRequest.BodyPublishers.ofString(csv), tokenFor(Service.QUOTA));
                phase.step();
            }

            @Override
            public void postJson(String path, Map<String, Object> body) {
                post(Service.QUOTA, path, body);
                phase.step();
            }

            @Override
            public LocalDate validUntil(String municipalityCode) {
                JsonNode municipality = readIfFound(Service.QUOTA, "/municipalities/" + municipalityCode);
                phase.step();
                return municipality == null || !municipality.hasNonNull("validUntil") ? null
                        : LocalDate.parse(municipality.get("validUntil").asText());
            }
        });
        phase.done(register.size() + " municipalities on " + DemoRegister.DIVISION_OF_2024);
        return register;
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
     * CBS's populations of 1 January 2024 as quota-service's on every 1 January from the one the first half-year's R1
     * reads (2023) to today's: R1 takes the population of 1 January of the year before the half-year, and CBS's figures of
     * the other years are not at hand, so 2024's stand in for them (an approximation, demo/README.md).
     */
    private void populations(DemoFigures figures, Progress progress) {
        StringBuilder csv = new StringBuilder("code;name;population\n");
        figures.municipalities.values().forEach(m -> csv.append(m.code()).append(';').append(m.name()).append(';')
                .append(m.population()).append('\n'));
        int first = HalfYear.FIRST.year() - 1;
        Progress.Phase phase = progress.phase("populations of 1 January " + first + "-" + today.getYear(),
                today.getYear() - first + 1, "years");
        for (int year = first; year <= today.getYear(); year++) {
            send(Service.QUOTA, "/populations/" + LocalDate.of(year, 1, 1), "PUT", "text/csv",
                    HttpRequest.BodyPublishers.ofString(csv.toString()), tokenFor(Service.QUOTA));
            phase.step();
        }
        phase.done(figures.municipalities.size() + " municipalities a year");
    }

    /**
     * Each half-year's national total, from 2024-I to the current one, distributed by quota-service over the 342
     * municipalities (R1), as the Rijk does it; the time each distribution took is printed.
     */
    private void nationalQuotas(DemoFigures figures, Progress progress) {
        HalfYear current = HalfYear.containing(today);
        int halfYears = 0;
        for (HalfYear p = HalfYear.FIRST; !current.isBefore(p); p = p.next()) {
            halfYears++;
        }
        Progress.Phase phase = progress.phase("national totals distributed (R1)", halfYears, "half-years");
        for (HalfYear p = HalfYear.FIRST; !current.isBefore(p); p = p.next()) {
            DemoFigures.NationalQuota national = figures.nationalQuota(p.toString());
            long begin = System.nanoTime();
            put(Service.QUOTA, "/periods/" + p + "/national-quota", Map.of("persons", national.persons(), "status", national.status(),
                    "reason", national.source() + "; " + SOURCES));
            distributionSeconds.put(p.toString(), (System.nanoTime() - begin) / 1e9);
            System.out.printf("  %s: national total %,d distributed over %d municipalities in %.1f s%n", p, national.persons(),
                    figures.municipalities.size(), distributionSeconds.get(p.toString()));
            phase.step();
        }
        phase.done(halfYears + " half-years");
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
     * The households as COA's records, one file per province, imported by placement-service's coupling imports as COA:
     * each file is received (202) and processed in turn; when every import is accepted and its events published, waits
     * until supervision's projection has applied every event on placement.events, so that the figures show them. A file
     * imported before changes nothing (every line the same), so a second start loads nothing twice.
     */
    private void households(DemoFigures figures, Map<String, InventedCountry.Figures> country, Progress progress) {
        List<DemoHouseholds.Household> households = DemoHouseholds.of(figures, country, today);
        Map<String, String> files = DemoHouseholds.files(figures, households);
        Imports imports = new Imports(households.size(), households.size()
                + households.stream().filter(h -> h.housedOn() != null).count(), files.size());
        Progress.Phase phase = progress.phase("households (COA's records, a file per province)", imports::snapshot);
        long begin = System.nanoTime();
        files.forEach((province, csv) -> {
            String fileName = DemoHouseholds.fileName(province, figures.municipalities.values().stream()
                    .filter(m -> m.provinceCode().equals(province)).findFirst().orElseThrow().provinceName());
            HttpResponse<String> answer = send(Service.PLACEMENT, "/coupling-imports?fileName=" + fileName, "POST", "text/csv",
                    HttpRequest.BodyPublishers.ofString(csv), tokenFor(Service.PLACEMENT));
            imports.sent(read(answer).path("id").asText());
        });
        long deadline = System.nanoTime() + HOUSEHOLDS_AT_MOST.toNanos();
        while (!imports.published()) {
            imports.poll();
            waitUntil(deadline, "the imports of the households did not end within " + HOUSEHOLDS_AT_MOST);
        }
        double accepted = (System.nanoTime() - begin) / 1e9;
        imports.awaitSupervision(deadline);
        phase.done(String.format(java.util.Locale.ROOT, "%,d households in %d files: %,d couplings and %,d placements registered, "
                        + "%,d lines unchanged, %,d events; accepted and published in %.1f s, and applied by supervision",
                households.size(), files.size(), imports.sum("couplingsRegistered"), imports.sum("placementsRecorded"),
                imports.sum("linesUnchanged"), imports.sum("events"), accepted));
    }

    /** The imports of the households' files, polled, and supervision's progress on their events. */
    private final class Imports {

        private final long lines;
        private final long eventsIfAllNew;
        private final int files;
        private final List<String> ids = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final Map<String, JsonNode> statuses = new ConcurrentHashMap<>();
        private final long appliedBefore = stack.topics().committedRecords(SUPERVISION_GROUP, PLACEMENT_EVENTS);
        private volatile long applied;

        Imports(long lines, long eventsIfAllNew, int files) {
            this.lines = lines;
            this.eventsIfAllNew = eventsIfAllNew;
            this.files = files;
        }

        void sent(String id) {
            ids.add(id);
        }

        /** Reads every import's status; a refused or failed one ends the load, naming its first refusals. */
        void poll() {
            applied = stack.topics().committedRecords(SUPERVISION_GROUP, PLACEMENT_EVENTS) - appliedBefore;
            for (String id : ids) {
                JsonNode status = read(get(Service.PLACEMENT, "/coupling-imports/" + id));
                statuses.put(id, status);
                String state = status.path("state").asText();
                if (state.equals("REFUSED") || state.equals("FAILED")) {
                    throw new IllegalStateException("The demo's import " + status.path("fileName").asText() + " was " + state
                            + ": " + status.path("refusals"));
                }
            }
        }

        /** Whether every file has been imported and every event of it published. */
        boolean published() {
            return ids.size() == files && statuses.size() == files && statuses.values().stream().allMatch(s ->
                    s.path("state").asText().equals("ACCEPTED") && s.path("eventsPublished").asLong() == s.path("events").asLong());
        }

        long sum(String field) {
            return statuses.values().stream().mapToLong(s -> s.path(field).asLong()).sum();
        }

        /** Waits until supervision's projection has applied every event on placement.events published so far. */
        void awaitSupervision(long deadline) {
            long published = stack.topics().endOffsets(PLACEMENT_EVENTS);
            long committed;
            while ((committed = stack.topics().committedRecords(SUPERVISION_GROUP, PLACEMENT_EVENTS)) < published) {
                applied = committed - appliedBefore;
                waitUntil(deadline, "supervision-service did not apply the households' events within " + HOUSEHOLDS_AT_MOST);
            }
            applied = committed - appliedBefore;
        }

        /**
         * How far, in shares of the whole: receiving the files, checking and storing their lines, publishing their events,
         * supervision applying them (weighed as they take time on a laptop).
         */
        Progress.Snapshot snapshot() {
            boolean allKnown = statuses.size() == files && statuses.values().stream().allMatch(s -> s.path("state").asText().equals("ACCEPTED"));
            long events = allKnown ? sum("events") : eventsIfAllNew;
            long checked = sum("linesChecked");
            long stored = sum("linesStored");
            long publishedEvents = sum("eventsPublished");
            double done = 0.1 * ids.size() / files + 0.15 * share(checked, lines) + 0.25 * share(stored, lines)
                    + 0.15 * share(publishedEvents, events) + 0.35 * share(applied, events);
            return new Progress.Snapshot(done, String.format(java.util.Locale.ROOT, "%d of %d files sent; lines checked %,d and "
                            + "stored %,d of %,d; events published %,d and applied by supervision %,d of %,d", ids.size(), files,
                    checked, stored, lines, publishedEvents, applied, events));
        }

        private double share(long part, long whole) {
            return whole == 0 ? 1 : Math.min(1.0, part / (double) whole);
        }
    }

    private static void waitUntil(long deadline, String failure) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException(failure);
        }
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500));
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

    /** supervision learns the register from quota.events; an action plan for a municipality it does not know is refused. */
    private void awaitKnownToSupervision(String municipality) {
        awaitStatus200(Service.SUPERVISION, "/municipalities/" + municipality + "/periods/" + HalfYear.FIRST, "supervision-service");
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
     * since the first, the running one up to its last month that has ended, once supervision has applied every event the
     * demo wrote (its consumer group has committed each topic's end). A half-year of which no month has ended yet (400)
     * has nothing to publish.
     */
    private void publishOpenData(Progress progress) {
        String rijk = municipalityTokens.computeIfAbsent("rijk", r -> stack.issuer().rijk());
        HalfYear running = HalfYear.containing(today);
        List<HalfYear> halfYears = new ArrayList<>();
        for (HalfYear period = HalfYear.FIRST; !running.isBefore(period); period = period.next()) {
            halfYears.add(period);
        }
        Progress.Phase phase = progress.phase("open data of every half-year", halfYears.size(), "half-years");
        awaitSupervisionCaughtUp();
        AtomicInteger published = new AtomicInteger();
        // Side by side: each half-year is published under a lock of its own, and each takes a core for its figures.
        inParallel(halfYears, period -> {
            HttpRequest publish = HttpRequest.newBuilder(URI.create(stack.url(Service.SUPERVISION) + "/open-data/publications"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + rijk)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"period\":\"" + period + "\"}")).build();
            try {
                int status = http.send(publish, HttpResponse.BodyHandlers.ofString()).statusCode();
                if (status == 200 || status == 201) {
                    published.incrementAndGet();
                } else if (status != 400) {
                    throw new IllegalStateException("publishing the open data of " + period + " answered " + status);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            phase.step();
        });
        phase.done("published for " + published.get() + " half-years (" + stack.url(Service.SUPERVISION) + "/open-data/catalog)");
    }

    /**
     * Waits until supervision's projection has applied every event on the topics it reads that the demo wrote: what the
     * open data publishes is then what the demo loaded, not a figure still growing.
     */
    private void awaitSupervisionCaughtUp() {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        long published = stack.topics().endOffsets(SUPERVISION_READS);
        while (stack.topics().committedRecords(SUPERVISION_GROUP, SUPERVISION_READS) < published) {
            waitUntil(deadline, "supervision-service did not apply the demo's events within 5 minutes");
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
            case HOUSING_STOCK, SUPERVISION, WEBHOOKS -> municipalityToken(ALMELO);
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
