package nl.permitholders.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import nl.permitholders.infrastructure.KafkaTopics;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;
import nl.permitholders.localstack.DemoData;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Issue 56's "at national speed": on a system of its own with the whole country's demo data loaded as deploy/local/run
 * loads it (12 provinces, 342 municipalities, every half-year's national total distributed, couplings and placements),
 * the demo load itself, the national distribution, the national page and the largest province's overview (server time
 * over HTTP, and the page complete in headless Chromium), the national figures after a change, and the rebuild of the
 * whole projection. Each figure is reported beside its goal; none has a floor (they are the goals of issue 56, not ratios
 * to PostgreSQL or Kafka).
 */
final class National {

    /** Noord-Brabant: the largest province, 56 municipalities. */
    static final String NOORD_BRABANT = "PV30";
    /** Where the change is placed: Almelo, whose figures the demo keeps as published. */
    private static final String CHANGED_MUNICIPALITY = DemoData.ALMELO;

    private final SystemStack stack;
    private final Sizes sizes;
    private final Http http = new Http();
    private final Figures figures;
    private final List<String> notes = new ArrayList<>();
    private final AtomicLong references = new AtomicLong();

    /** Where a figure goes: the harness's table (name, unit, value, load average, goal). */
    interface Figures {
        void add(String name, String unit, double value, double load, String goal);
    }

    National(SystemStack stack, Sizes sizes, Figures figures) {
        this.stack = stack;
        this.sizes = sizes;
        this.figures = figures;
    }

    /** What could not be measured, and why: said in the report rather than left out silently. */
    List<String> notes() {
        return notes;
    }

    /** Loads the demo (once) and measures it; the rest is measured {@code sizes.rounds()} times. */
    void run() {
        double load = Machine.loadAverage();
        DemoData demo = new DemoData(stack);
        long begin = System.nanoTime();
        demo.load();
        double loaded = (System.nanoTime() - begin) / 1e9;
        figures.add("N1. Demo load: the whole country (12 provinces, 342 municipalities, every half-year)", "s", loaded, load, "< 300 s");
        new java.util.TreeMap<>(demo.distributionSeconds()).forEach((period, seconds) -> figures.add(
                "N2a. National distribution over the country during the demo load, " + period, "s", seconds, load, "< 1 s"));
        // Nothing is measured while supervision still works through the demo's events: the national figures after a
        // change would count the demo's placements as the benchmark's, and every other figure would share the machine.
        long waiting = System.nanoTime();
        boolean caughtUp = Benchmarks.consumedEverything(new KafkaTopics(stack.kafka().bootstrapServers()), Benchmarks.SUPERVISION_GROUP,
                ReplayFloor.TOPICS, Duration.ofMinutes(15));
        figures.add("N1a. After the load, until supervision had consumed every event of the demo", "s",
                (System.nanoTime() - waiting) / 1e9, Machine.loadAverage(), "—");
        if (!caughtUp) {
            note("Supervision had not consumed the demo's events 15 minutes after the load: the figures below share the machine with it.");
        }
        for (int round = 0; round < sizes.rounds(); round++) {
            distributions();
            pages();
            browser();
            figuresAfterAChange();
            openData();
            scenarios(round);
        }
        rebuild();
    }

    /**
     * N2. The national total of the running half-year adjusted by one person and back, {@code nationalDistributions}
     * times: each a new distribution over every municipality (the same total again would change nothing).
     */
    private void distributions() {
        String rijk = stack.issuer().rijk();
        String url = stack.url(Service.QUOTA) + "/periods/" + Municipalities.PERIOD + "/national-quota";
        Http.Answer current = http.get(url, rijk);
        if (current.status() != 200) {
            throw new IllegalStateException("no national total for " + Municipalities.PERIOD + ": " + current);
        }
        int persons = current.json().get("persons").asInt();
        int n = Math.max(2, sizes.nationalDistributions());
        long[] durations = new long[n];
        double load = Machine.loadAverage();
        for (int i = 0; i < n; i++) {
            // Ends on the demo's own total: odd adjustments add one person, even ones take it back.
            int total = i % 2 == 0 ? persons + 1 : persons;
            long start = System.nanoTime();
            Http.Answer answer = http.put(url, rijk, Map.of("persons", total, "reason", "benchmark: national distribution " + i));
            durations[i] = System.nanoTime() - start;
            if (answer.status() != 200 && answer.status() != 201) {
                throw new IllegalStateException("national total not set: " + answer);
            }
        }
        int municipalities = http.get(url, rijk).json().get("municipalities").asInt();
        figures.add("N2. National distribution over " + municipalities + " municipalities (PUT national-quota), p50", "ms",
                Samples.percentileMillis(durations, 0.5), load, "< 1000 ms");
        figures.add("N2. National distribution, slowest of " + n, "ms", Samples.percentileMillis(durations, 1.0), load, "< 1000 ms");
    }

    /**
     * N3. The national page and Noord-Brabant's overview as the dashboard answers them, with the Rijk's bearer token: the
     * dashboard asks supervision's API for everything on them in the Rijk's name.
     */
    private void pages() {
        String rijk = stack.issuer().rijk();
        for (Map.Entry<String, String> page : pagePaths().entrySet()) {
            String url = stack.dashboardUrl() + page.getValue();
            expectPage(http.get(url, rijk), page.getKey());
            int n = sizes.nationalRequests();
            long[] durations = new long[n];
            double load = Machine.loadAverage();
            for (int i = 0; i < n; i++) {
                long start = System.nanoTime();
                expectPage(http.get(url, rijk), page.getKey());
                durations[i] = System.nanoTime() - start;
            }
            figures.add("N3. " + page.getKey() + ": server time, p50 of " + n, "ms", Samples.percentileMillis(durations, 0.5), load, "—");
            figures.add("N3. " + page.getKey() + ": server time, p95 of " + n, "ms", Samples.percentileMillis(durations, 0.95), load,
                    "< 1000 ms (the whole page)");
        }
    }

    /**
     * N4. The same pages complete in headless Chromium: navigation start to the end of the load event, by the browser's
     * own Navigation Timing, with the Rijk's bearer token on every request (the dashboard of a system without a realm
     * takes the stack's bearer tokens, as here), after one unmeasured load of each.
     */
    private void browser() {
        Path chromium = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            note("N4 (pages in headless Chromium) not measured: no " + chromium + " or " + chromedriver);
            return;
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1440,1000", "--lang=nl-NL");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver.toString())).build();
        ChromeDriver browser = new ChromeDriver(service, options);
        try {
            browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            browser.executeCdpCommand("Network.enable", Map.of());
            browser.executeCdpCommand("Network.setExtraHTTPHeaders",
                    Map.of("headers", Map.of("Authorization", "Bearer " + stack.issuer().rijk())));
            for (Map.Entry<String, String> page : pagePaths().entrySet()) {
                String url = stack.dashboardUrl() + page.getValue();
                loadInBrowser(browser, url, page.getKey());
                int n = sizes.browserLoads();
                long[] durations = new long[n];
                double load = Machine.loadAverage();
                for (int i = 0; i < n; i++) {
                    durations[i] = loadInBrowser(browser, url, page.getKey());
                }
                figures.add("N4. " + page.getKey() + ": complete in headless Chromium, p50 of " + n, "ms",
                        Samples.percentileMillis(durations, 0.5), load, "—");
                figures.add("N4. " + page.getKey() + ": complete in headless Chromium, p95 of " + n, "ms",
                        Samples.percentileMillis(durations, 0.95), load, "< 1000 ms");
            }
        } finally {
            browser.quit();
        }
    }

    /** Loads {@code url} in the browser: navigation start to load event end, in nanoseconds. */
    private static long loadInBrowser(ChromeDriver browser, String url, String page) {
        browser.get(url);
        Object timing = browser.executeScript("const n = performance.getEntriesByType('navigation')[0];"
                + " return n ? [n.loadEventEnd - n.startTime, n.responseStatus || 0, document.title] : null;");
        if (!(timing instanceof List<?> values) || ((Number) values.get(0)).doubleValue() <= 0) {
            throw new IllegalStateException(page + " did not load in the browser: " + timing + " at " + browser.getCurrentUrl());
        }
        int status = ((Number) values.get(1)).intValue();
        if (status != 0 && status != 200) {
            throw new IllegalStateException(page + " answered " + status + " in the browser: " + values.get(2));
        }
        return (long) (((Number) values.get(0)).doubleValue() * 1_000_000);
    }

    /**
     * N5. The national figures after a change: from the 201 of one placement in Almelo until supervision's national
     * figures of the half-year (the REST API the national page reads) count it, polled every 10 ms.
     */
    private void figuresAfterAChange() {
        String rijk = stack.issuer().rijk();
        String national = stack.url(Service.SUPERVISION) + "/national/periods/" + Municipalities.PERIOD;
        int n = Math.max(1, sizes.nationalChanges());
        long[] latencies = new long[n];
        long[] reads = new long[n];
        double load = Machine.loadAverage();
        for (int i = 0; i < n; i++) {
            String coupling = coupling(CHANGED_MUNICIPALITY);
            int before = housed(national, rijk);
            Http.Answer placed = http.post(stack.url(Service.PLACEMENT) + "/couplings/" + coupling + "/placements",
                    stack.issuer().municipality(CHANGED_MUNICIPALITY),
                    Map.of("persons", 1, "housedOn", Municipalities.HOUSED_ON.toString()));
            long created = System.nanoTime();
            if (placed.status() != 201) {
                throw new IllegalStateException("placement not recorded: " + placed);
            }
            reads[i] = awaitHoused(national, rijk, before + 1, Instant.now().plusSeconds(60));
            latencies[i] = System.nanoTime() - created;
        }
        figures.add("N5. National figures after one placement (201 → national figure counts it), p50 of " + n, "ms",
                Samples.percentileMillis(latencies, 0.5), load, "—");
        figures.add("N5. National figures after one placement, slowest of " + n, "ms", Samples.percentileMillis(latencies, 1.0), load,
                "—");
        figures.add("N5a. of which the last national read (GET national figures), p50", "ms", Samples.percentileMillis(reads, 0.5), load,
                "—");
    }

    /** Polls the national figures until they count at least {@code housed}: the duration of the last read, in nanoseconds. */
    private long awaitHoused(String url, String token, int housed, Instant deadline) {
        while (true) {
            long start = System.nanoTime();
            int now = housed(url, token);
            long read = System.nanoTime() - start;
            if (now >= housed) {
                return read;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the national figures did not reach " + housed + " housed: " + now);
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }

    private int housed(String url, String token) {
        Http.Answer answer = http.get(url, token);
        if (answer.status() != 200) {
            throw new IllegalStateException("national figures: " + answer.status() + " " + answer.body());
        }
        return answer.json().get("totals").get("housed").asInt();
    }

    /** A coupling of one adult in {@code municipality}, as COA registers it; its id. */
    private String coupling(String municipality) {
        Http.Answer answer = http.post(stack.url(Service.PLACEMENT) + "/couplings", stack.issuer().coa(), Map.of(
                "coaReference", "BENCH-NATIONAL-" + references.incrementAndGet(), "municipalityCode", municipality,
                "adults", 1, "minors", 0, "householdType", "SINGLE",
                "permitDate", Municipalities.COUPLING_DATE.minusWeeks(2).toString(),
                "couplingDate", Municipalities.COUPLING_DATE.toString()));
        if (answer.status() != 201) {
            throw new IllegalStateException("coupling not registered: " + answer);
        }
        return answer.json().get("id").asText();
    }

    /**
     * N7. The running half-year's open data published by the Rijk: every municipality's figures at the end of each month
     * that has ended, the country read once. The first round's figures are a new version, the later rounds' the same
     * figures again (200, nothing stored): the same reading either way.
     */
    private void openData() {
        double load = Machine.loadAverage();
        long start = System.nanoTime();
        Http.Answer answer = http.post(stack.url(Service.SUPERVISION) + "/open-data/publications", stack.issuer().rijk(),
                Map.of("period", Municipalities.PERIOD));
        double seconds = (System.nanoTime() - start) / 1e9;
        if (answer.status() != 200 && answer.status() != 201) {
            throw new IllegalStateException("open data not published: " + answer);
        }
        figures.add("N7. Open data of " + Municipalities.PERIOD + " published (POST open-data/publications), the whole country at each "
                + "month's end", "s", seconds, load, "< 10 s");
    }

    /**
     * N8. A scenario of the three half-years after the running one over the whole country (issue 71), as the Rijk asks it
     * (POST scenario-calculations): R1's distribution of each national total, every municipality's forecast at the end of
     * each half-year with its colour and the homes beyond its pipeline, the sums per province and for the country. The
     * first of each round is cold: every municipality's position is read from its ledger, because each round assumes
     * another pace (6 months in the first round, 7 in the second, ...), and supervision caches a position by ledger
     * version and assumptions; the next ones, each with other totals and the round's pace, find every position cached.
     */
    private void scenarios(int round) {
        String url = stack.url(Service.SUPERVISION) + "/scenario-calculations";
        String rijk = stack.issuer().rijk();
        int year = Integer.parseInt(Municipalities.PERIOD.substring(0, 4));
        int index = year * 2 + (Municipalities.PERIOD.endsWith("H1") ? 0 : 1);
        List<String> halfYears = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            halfYears.add((index + i) / 2 + "-H" + ((index + i) % 2 + 1));
        }
        int paceMonths = 6 + round % 19;
        double load = Machine.loadAverage();
        long first = scenario(url, rijk, halfYears, paceMonths, 0);
        int n = Math.max(1, sizes.nationalScenarios());
        long[] durations = new long[n];
        for (int i = 0; i < n; i++) {
            durations[i] = scenario(url, rijk, halfYears, paceMonths, i + 1);
        }
        figures.add("N8. Scenario of " + String.join(", ", halfYears) + " over the whole country (POST scenario-calculations), "
                + "the first of the round (cold: every position read)", "ms", first / 1e6, load, "< 1000 ms");
        figures.add("N8. Scenario of three half-years over the whole country, other totals, p50 of " + n, "ms",
                Samples.percentileMillis(durations, 0.5), load, "< 1000 ms");
        figures.add("N8. Scenario of three half-years over the whole country, other totals, slowest of " + n, "ms",
                Samples.percentileMillis(durations, 1.0), load, "< 1000 ms");
    }

    /**
     * One scenario with totals of 10,000 persons and up, {@code variant} more each, at a pace of the trailing
     * {@code paceMonths}: its time to the whole answer, in nanoseconds.
     */
    private long scenario(String url, String token, List<String> halfYears, int paceMonths, int variant) {
        List<Map<String, Object>> totals = new ArrayList<>();
        for (int i = 0; i < halfYears.size(); i++) {
            totals.add(Map.of("period", halfYears.get(i), "nationalTotal", 10_000 + 1_000 * i + variant));
        }
        long start = System.nanoTime();
        Http.Answer answer = http.post(url, token, Map.of("halfYears", totals, "assumptions", Map.of("paceMonths", paceMonths)));
        long took = System.nanoTime() - start;
        if (answer.status() != 200 || answer.json().get("municipalities").size() < 300) {
            throw new IllegalStateException("scenario not calculated over the country: " + answer.status() + " "
                    + answer.body().substring(0, Math.min(500, answer.body().length())));
        }
        return took;
    }

    /** N6. The whole projection rebuilt from the topics (supervision's projection rebuild), once, after the rounds. */
    private void rebuild() {
        double load = Machine.loadAverage();
        String operator = stack.issuer().token("benchmark-operator", "operator", Map.of());
        String rebuilds = stack.url(Service.SUPERVISION) + "/projection-rebuilds";
        long begin = System.nanoTime();
        Http.Answer started = http.post(rebuilds, operator, Map.of());
        if (started.status() != 202) {
            throw new IllegalStateException("rebuild not started: " + started);
        }
        String id = started.json().get("id").asText();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
        Http.Answer status;
        do {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("rebuild " + id + " did not finish in 30 minutes");
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            status = http.get(rebuilds + "/" + id, operator);
        } while ("RUNNING".equals(status.json().get("state").asText()));
        double wall = (System.nanoTime() - begin) / 1e9;
        JsonNode view = status.json();
        if (!"COMPLETED".equals(view.get("state").asText())) {
            throw new IllegalStateException("rebuild did not complete: " + status);
        }
        double seconds = Duration.between(OffsetDateTime.parse(view.get("startedAt").asText()),
                OffsetDateTime.parse(view.get("finishedAt").asText())).toNanos() / 1e9;
        figures.add("N6. Whole projection rebuilt from the topics (" + view.get("eventsRead").asLong() + " events), as the rebuild reports it",
                "s", seconds, load, "< 60 s");
        figures.add("N6. Whole projection rebuilt, 202 to COMPLETED as polled", "s", wall, load, "< 60 s");
    }

    /** The pages measured, by name: the Rijk's national page and Noord-Brabant's overview, the running half-year. */
    private static Map<String, String> pagePaths() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("National page /dashboard/nederland", "/nederland?periode=" + Municipalities.PERIOD);
        pages.put("Noord-Brabant's overview (56 municipalities)", "/provincies/" + NOORD_BRABANT + "?periode=" + Municipalities.PERIOD);
        return pages;
    }

    private static void expectPage(Http.Answer answer, String page) {
        if (answer.status() != 200) {
            throw new IllegalStateException(page + ": " + answer.status() + " " + answer.body());
        }
    }

    private void note(String note) {
        notes.add(note);
        System.out.println(note);
    }
}
