package nl.permitholders.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.ProducerRecord;
import nl.permitholders.infrastructure.KafkaTopics;
import nl.permitholders.infrastructure.MunicipalityEvents;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;

/**
 * Starts the packaged system (SystemStack: real PostgreSQL, real KRaft Kafka, the four quarkus-run.jar processes)
 * and measures it beside the floors of its own PostgreSQL and Kafka, in the same run, as ratios; see
 * docs/performance.md. Run it with {@code deploy/benchmarks/run}.
 */
public final class Benchmarks {

    /** supervision-service's consumer group (its kafka.group.id). */
    static final String SUPERVISION_GROUP = "supervision-service";
    /** housing-stock-service's consumer group, and which of the replay's topics it consumes. */
    private static final String HOUSING_STOCK_GROUP = "housing-stock-service";
    private static final List<String> HOUSING_STOCK_TOPICS = List.of("quota.events", "placement.events");
    private static final String PUBLICATION_DELAY = "outbox_publication_delay_seconds";
    private static final String PROJECTION_DELAY = "supervision_projection_delay_seconds";
    private static final String PROJECTION_BATCH = "supervision_projection_batch_seconds";
    /** The province of the replay's synthetic municipalities: its own, so that the smoke run renames no other. */
    private static final String REPLAY_PROVINCE = "PV97";

    private final SystemStack stack;
    private final Sizes sizes;
    private final Http http = new Http();
    private final Municipalities municipalities;
    private final Floors floors;
    private final BulkImports imports;
    private final Map<String, Figure> figures = new LinkedHashMap<>();
    private boolean propagationWarmedUp;
    private boolean readsWarmedUp;
    private int profiledRounds;

    private Benchmarks(SystemStack stack, Sizes sizes) {
        this.stack = stack;
        this.sizes = sizes;
        this.municipalities = new Municipalities(stack, http);
        this.floors = new Floors(stack);
        this.imports = new BulkImports(stack, http, floors);
    }

    public static void main(String[] args) {
        Sizes sizes = Sizes.fromSystemProperties(Sizes.full());
        Path root = SystemStack.findProjectRoot();
        Path output = args.length > 0 ? Path.of(args[0]) : root.resolve("deploy/benchmarks/target/benchmark-results.md");
        String report = run(root, sizes).markdown();
        write(output, report);
        System.out.println(report);
        System.out.println("Written to " + output);
    }

    /** Every figure, and the whole report as Markdown. */
    public record Results(List<Figure> figures, String markdown) {
    }

    /**
     * Starts the system, runs every benchmark at {@code sizes}, stops the system; then, if {@code national} is included,
     * the national benchmark on a second system of its own with the whole country's demo data (National), so that
     * neither changes what the other measures.
     */
    public static Results run(Path projectRoot, Sizes sizes) {
        List<Figure> figures = new ArrayList<>();
        StringBuilder markdown = new StringBuilder();
        if (sizes.includesAnyOnOneSystem()) {
            double loadBefore = Machine.loadAverage();
            try (SystemStack stack = start(projectRoot, "service-logs", false)) {
                Results results = run(stack, sizes, loadBefore);
                figures.addAll(results.figures());
                markdown.append(results.markdown());
            }
        }
        if (sizes.includes("national")) {
            double loadBefore = Machine.loadAverage();
            try (SystemStack stack = start(projectRoot, "national-service-logs", true)) {
                Results results = national(stack, sizes, loadBefore);
                figures.addAll(results.figures());
                markdown.append(markdown.isEmpty() ? "" : "\n").append(results.markdown());
            }
        }
        return new Results(List.copyOf(figures), markdown.toString());
    }

    /** The packaged system; {@code withPages}: the dashboard too, taking the stack's bearer tokens (the national pages). */
    private static SystemStack start(Path projectRoot, String logs, boolean withPages) {
        SystemStack.Options options = new SystemStack.Options(projectRoot, null, projectRoot.resolve("deploy/benchmarks/target/" + logs),
                false, 0, 0,
                // A service that runs out of heap under the bursts leaves a dump beside its log, to say what filled it.
                List.of("-Xmx256m", "-XX:+HeapDumpOnOutOfMemoryError",
                        "-XX:HeapDumpPath=" + projectRoot.resolve("deploy/benchmarks/target/" + logs)));
        return withPages ? SystemStack.start(options, EnumSet.allOf(Service.class), SystemStack.developmentKey(options),
                Optional.empty(), Map.of(), SystemStack.freePort()) : SystemStack.start(options);
    }

    /**
     * The national benchmark (National) on {@code stack}, a system that holds nothing yet: it loads the whole country's
     * demo data, measures, and reports each figure beside its goal, and each service's start-up and memory beside
     * theirs (issue 56: ready in under 10 s, at most 300 MiB resident after the load).
     */
    private static Results national(SystemStack stack, Sizes sizes, double loadBefore) {
        Benchmarks benchmarks = new Benchmarks(stack, sizes);
        Map<Service, Long> memoryAfterStart = benchmarks.residentMemory();
        National national = new National(stack, sizes,
                (name, unit, value, load, goal) -> {
                    // Each figure also as it is measured: a run stopped before its end still says what it saw.
                    System.out.printf("%s: %s %s (goal %s, load average %.1f)%n", name, Figure.format(value), unit, goal, load);
                    benchmarks.add(name, unit, value, List.of(), load, false, goal);
                });
        national.run();
        StringBuilder out = new StringBuilder();
        out.append(String.format("National benchmark, on a system of its own with the whole country's demo data (deploy/local/run's). "
                + "Machine: %d cores; load average %.1f before start, %.1f at the end. Rounds: %d%n%n",
                Machine.cores(), loadBefore, Machine.loadAverage(), sizes.rounds()));
        out.append("| Benchmark | Median | Floor (median) | Ratio | Goal | Rounds | Load average per round |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        benchmarks.figures.values().forEach(f -> out.append(f.markdownRow()).append('\n'));
        Map<Service, Long> memoryAfterLoad = benchmarks.residentMemory();
        out.append("\n| Service | Start-up to ready (goal < 10 s) | Resident memory after start | after the load and the benchmark "
                + "(goal ≤ 300 MiB) |\n|---|---|---|---|\n");
        for (Service service : Service.values()) {
            out.append(String.format("| %s | %.1f s | %d MiB | %d MiB |%n", service.module,
                    stack.startUpTimes().get(service).toMillis() / 1000.0, memoryAfterStart.get(service), memoryAfterLoad.get(service)));
        }
        national.notes().forEach(note -> out.append("\n").append(note).append('\n'));
        return new Results(List.copyOf(benchmarks.figures.values()), out.toString());
    }

    /**
     * Runs every benchmark at {@code sizes} on a system already running, which it leaves running; its own province and
     * municipalities (PV99, PV98, PV97; GM9xxx, GM8xxx, GM5xxx) stay beside whatever else the system holds. For the
     * smoke run, whose figures are checked, not reported. Never the national benchmark, which needs a system of its own
     * (Sizes.ON_ONE_SYSTEM).
     */
    public static Results run(SystemStack stack, Sizes sizes) {
        return run(stack, sizes, Machine.loadAverage());
    }

    private static Results run(SystemStack stack, Sizes sizes, double loadBefore) {
        Benchmarks benchmarks = new Benchmarks(stack, sizes);
        Map<Service, Long> memoryAfterStart = benchmarks.residentMemory();
        benchmarks.municipalities.setUp(sizes.municipalities());
        Duration register = benchmarks.imports.registerNationalMunicipalities(sizes.nationalMunicipalities());
        for (int round = 0; round < sizes.rounds(); round++) {
            if (sizes.includes("propagation")) {
                benchmarks.eventPropagation();
            }
            if (sizes.includes("reads")) {
                benchmarks.supervisionReads();
            }
            if (sizes.includes("writes")) {
                benchmarks.writePath();
            }
            if (sizes.includes("imports")) {
                benchmarks.bulkImports();
            }
        }
        if (sizes.includes("replay")) {
            benchmarks.fillTopicsForReplay();
            for (int round = 0; round < sizes.rounds(); round++) {
                benchmarks.replay();
                benchmarks.overviewsAfterTheReplay();
            }
        }
        String markdown = benchmarks.report(loadBefore, memoryAfterStart, benchmarks.residentMemory())
                + String.format("%nSet-up: the municipality register CSV of %d municipalities took %.1f s (once, no floor).%n",
                sizes.nationalMunicipalities(), register.toMillis() / 1000.0);
        return new Results(List.copyOf(benchmarks.figures.values()), markdown);
    }

    /**
     * 1. From the 201 of POST placements until supervision serves the new figure, at a steady rate. Supervision's live
     * stream of figures tells when it serves it (see {@link FigureStream}). The first round starts with unmeasured
     * placements, so the services' JIT compilers have done most of their work before anything is measured. The
     * couplings placed are registered before, so that nothing but the placements runs while they are measured (their
     * events would otherwise cross the system at the same moments).
     */
    private void eventPropagation() {
        List<String> warmUpCouplings = propagationWarmedUp ? List.of() : registerCouplings(sizes.propagationWarmUp());
        List<String> couplings = registerCouplings(sizes.propagationPlacements());
        settle();
        double load = Machine.loadAverage();
        String rijk = stack.issuer().rijk();
        int n = sizes.propagationPlacements();
        long[] latencies = new long[n];
        String placementBase = stack.process(Service.PLACEMENT).baseUrl();
        String supervisionBase = stack.process(Service.SUPERVISION).baseUrl();
        long[] kafka = new long[n];
        long[] commit = new long[n];
        try (FigureStream stream = new FigureStream(stack.url(Service.SUPERVISION), Municipalities.PROVINCE, Municipalities.PERIOD, rijk,
                municipalities.codes());
             Floors.EndToEnd floor = floors.endToEnd()) {
            for (int i = 0; i < warmUpCouplings.size(); i++) {
                placeAndAwait(i, warmUpCouplings.get(i), stream, System.nanoTime(), null);
            }
            propagationWarmedUp = true;
            ServiceHistogram publishedBefore = ServiceHistogram.read(http, placementBase, PUBLICATION_DELAY);
            ServiceHistogram appliedBefore = ServiceHistogram.read(http, supervisionBase, PROJECTION_DELAY);
            ServiceHistogram batchBefore = ServiceHistogram.read(http, supervisionBase, PROJECTION_BATCH);
            long interval = sizes.propagationInterval().toNanos();
            long nextStart = System.nanoTime();
            for (int i = 0; i < n; i++) {
                // A steady rate: each placement starts on its own tick (or at once when the previous one ran late),
                // right after one sample of the floor, so that floor and figure are measured under the same conditions.
                int sample = i;
                latencies[i] = placeAndAwait(i, couplings.get(i), stream, nextStart, () -> {
                    kafka[sample] = floor.kafka();
                    commit[sample] = floor.commit();
                });
                nextStart = Math.max(nextStart + interval, System.nanoTime());
            }
            recordPropagation(latencies, kafka, commit, load, placementBase, supervisionBase, publishedBefore, appliedBefore, batchBefore);
        }
    }

    /**
     * Waits, bounded, until supervision has consumed every event on the topics and the machine has calmed down from
     * the benchmark before: a latency measured while supervision still works through the last round's ten thousand
     * imported allocations, or while PostgreSQL vacuums a million rebuilt rows, says more about those than about
     * propagation. The load average is reported with the figure as always.
     */
    private void settle() {
        // Bounded: a figure measured while supervision is still behind is reported with its load like any other.
        supervisionConsumedEverything(new KafkaTopics(stack.kafka().bootstrapServers()), Duration.ofMinutes(5));
        Instant calmBy = Instant.now().plus(sizes.calmAtMost());
        while (Machine.loadAverage() > Machine.cores() + 1 && Instant.now().isBefore(calmBy)) {
            LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
        }
    }

    /** Couplings of municipality(i), for i = 0 .. count - 1, registered as COA would. */
    private List<String> registerCouplings(int count) {
        List<String> couplings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            couplings.add(municipalities.coupling(municipalities.municipality(i)));
        }
        return couplings;
    }

    /**
     * Waits for {@code startAt}, samples the floor (if given), places coupling {@code i} of {@code municipality(i)} and
     * waits for its figure: the nanoseconds from the 201 to the figure.
     */
    private long placeAndAwait(int i, String coupling, FigureStream stream, long startAt, Runnable floorSample) {
        String municipality = municipalities.municipality(i);
        // As the stream last showed it: the figure of the placement before this one in the municipality has arrived.
        int before = stream.housed(municipality);
        long wait = startAt - System.nanoTime();
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
        if (floorSample != null) {
            floorSample.run();
        }
        Http.Answer placed = municipalities.place(municipality, coupling);
        long created = System.nanoTime();
        if (placed.status() != 201) {
            throw new IllegalStateException("placement not recorded: " + placed);
        }
        return stream.housedAfter(municipality, before, created + Duration.ofSeconds(60).toNanos()) - created;
    }

    private void recordPropagation(long[] latencies, long[] kafka, long[] commit, double load, String placementBase, String supervisionBase,
                                   ServiceHistogram publishedBefore, ServiceHistogram appliedBefore, ServiceHistogram batchBefore) {
        int n = latencies.length;
        ServiceHistogram published = ServiceHistogram.read(http, placementBase, PUBLICATION_DELAY).since(publishedBefore);
        ServiceHistogram applied = ServiceHistogram.read(http, supervisionBase, PROJECTION_DELAY).since(appliedBefore);
        ServiceHistogram batches = ServiceHistogram.read(http, supervisionBase, PROJECTION_BATCH).since(batchBefore);
        double p50 = Samples.percentileMillis(latencies, 0.5);
        double p99 = Samples.percentileMillis(latencies, 0.99);
        add("1. Event propagation p50 (201 → supervision figure)", "ms", p50,
                Samples.percentileMillis(kafka, 0.5) + Samples.percentileMillis(commit, 0.5), load, false, "—");
        add("1. Event propagation p99", "ms", p99,
                Samples.percentileMillis(kafka, 0.99) + Samples.percentileMillis(commit, 0.99), load, false, "≤ 2");
        // The floor as the runs before 23 November measured it: back to back after the round, in a tight loop on a machine
        // that has just calmed down; shown beside the same p99, against the same goal, because the way of measuring the
        // floor decides whether the goal is met (docs/performance.md).
        long[][] backToBack = floors.endToEndBackToBack(n);
        add("1. Event propagation p99 beside the floor measured back to back after the round", "ms", p99,
                Samples.percentileMillis(backToBack[0], 0.99) + Samples.percentileMillis(backToBack[1], 0.99), load, false, "—");
        // Where the time went, by the services' own histograms (bucket upper bounds): see docs/performance.md.
        addWithoutFloor("1a. of which written → published to Kafka (placement's outbox), p50", "ms", published.quantileMillis(0.5), load);
        addWithoutFloor("1a. of which written → published to Kafka (placement's outbox), p99", "ms", published.quantileMillis(0.99), load);
        addWithoutFloor("1b. of which written → applied in supervision, p50", "ms", applied.quantileMillis(0.5), load);
        addWithoutFloor("1b. of which written → applied in supervision, p99", "ms", applied.quantileMillis(0.99), load);
        addWithoutFloor("1c. supervision's projection transaction per batch, p50", "ms", batches.quantileMillis(0.5), load);
        addWithoutFloor("1c. supervision's projection transaction per batch, p99", "ms", batches.quantileMillis(0.99), load);
    }

    /**
     * 2. Supervision's reads under concurrent load, beside the same SQL straight against its database. The first round
     * starts with each load and each floor run unmeasured for half a round, as the propagation's does with unmeasured
     * placements: the figures are those of a service and a driver that have run a while, not of their JIT compilers.
     */
    private void supervisionReads() {
        int connections = sizes.readConnections();
        Duration duration = sizes.readDuration();
        String rijk = stack.issuer().rijk();
        String base = stack.url(Service.SUPERVISION);
        String municipality = municipalities.municipality(0);
        String provinceUrl = base + "/provinces/" + Municipalities.PROVINCE + "/periods/" + Municipalities.PERIOD;
        String figuresUrl = base + "/municipalities/" + municipality + "/periods/" + Municipalities.PERIOD;
        Load.Operation overviewRequest = () -> expect200(http.get(provinceUrl, rijk));
        Load.OperationFactory overviews = () -> overviewRequest;
        Load.OperationFactory overviewSql = () -> SupervisionQueries.provinceOverview(floors.connect(Service.SUPERVISION.database),
                Municipalities.PROVINCE);
        Load.Operation figuresRequest = () -> expect200(http.get(figuresUrl, rijk));
        Load.OperationFactory municipalityFigures = () -> figuresRequest;
        Load.OperationFactory figuresSql = () -> SupervisionQueries.municipalityFigures(floors.connect(Service.SUPERVISION.database),
                municipality);
        if (!readsWarmedUp) {
            List.of(overviews, overviewSql, municipalityFigures, figuresSql).forEach(each -> Load.run(connections, duration.dividedBy(2), each));
            readsWarmedUp = true;
        }

        double load = Machine.loadAverage();
        Load.Outcome overview = Load.run(connections, duration, overviews);
        Load.Outcome overviewFloor = Load.run(connections, duration, overviewSql);
        add("2. Province overview (" + municipalities.codes().size() + " municipalities), " + connections + " connections",
                "req/s", overview.perSecond(), overviewFloor.perSecond(), load, true, "≥ 10");
        add("2. Province overview p99", "ms", overview.p99Millis(), overviewFloor.p99Millis(), load, false, "under 50 ms");

        double figuresLoadAverage = Machine.loadAverage();
        CpuTime.Snapshot cpuBeforeFigures = CpuTime.take(stack);
        Load.Outcome figuresLoad = profiled("municipality-figures", () -> Load.run(connections, duration, municipalityFigures));
        CpuTime.Snapshot cpuBeforeFloor = CpuTime.take(stack);
        Load.Outcome figuresFloor = Load.run(connections, duration, figuresSql);
        CpuTime.Snapshot cpuAfterFloor = CpuTime.take(stack);
        // Both sides of the ratio share two cores with the load generator: where the CPU went says what each measured.
        CpuTime.sharesSince(cpuBeforeFigures, cpuBeforeFloor).forEach((part, share) ->
                addWithoutFloor("2a. of the machine's CPU during the municipality figures: " + part, "%", share, figuresLoadAverage));
        CpuTime.sharesSince(cpuBeforeFloor, cpuAfterFloor).forEach((part, share) ->
                addWithoutFloor("2a. of the machine's CPU during their SQL floor: " + part, "%", share, figuresLoadAverage));
        add("2. Municipality figures, " + connections + " connections", "req/s", figuresLoad.perSecond(), figuresFloor.perSecond(),
                figuresLoadAverage, true, "≥ 5");
        add("2. Municipality figures p99", "ms", figuresLoad.p99Millis(), figuresFloor.p99Millis(), figuresLoadAverage, false, "under 50 ms");

        // What a reader waits at the country's peak (docs/scaling.md): the same requests at that rate, not as fast as 50
        // connections can send them, so the latencies are the service's and not those of a queue of 50.
        readsAtThePeak("2g. Province overview", overviewRequest);
        readsAtThePeak("2h. Municipality figures", figuresRequest);
    }

    /**
     * {@code measured}, with supervision-service's flight recorder on while it runs if {@code -Dbenchmark.profile=true}:
     * the recording is written to deploy/benchmarks/target/profile-{@code name}-round-N.jfr (docs/performance.md,
     * "Profiling a read", turns it into a flame graph).
     */
    private <T> T profiled(String name, Supplier<T> measured) {
        if (!Boolean.getBoolean("benchmark.profile")) {
            return measured.get();
        }
        String pid = Long.toString(stack.process(Service.SUPERVISION).pid());
        Path recording = SystemStack.findProjectRoot().resolve("deploy/benchmarks/target/profile-" + name + "-round-" + (++profiledRounds) + ".jfr");
        jcmd(pid, "JFR.start", "name=" + name, "settings=profile");
        try {
            return measured.get();
        } finally {
            jcmd(pid, "JFR.stop", "name=" + name, "filename=" + recording);
        }
    }

    private static void jcmd(String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString()));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("jcmd failed: " + command);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code request} at the national peak's rate for as long as a read round: p50 and p99, timed from when each was due. */
    private void readsAtThePeak(String figure, Load.Operation request) {
        int peak = sizes.peakReadsPerSecond();
        double load = Machine.loadAverage();
        long[] latencies = Load.atRate(peak, sizes.readDuration(), sizes.readConnections(), request);
        String name = figure + " at the national peak (" + peak + " requests/s), ";
        addWithoutFloor(name + "p50", "ms", Samples.percentileMillis(latencies, 0.5), load);
        add(name + "p99", "ms", Samples.percentileMillis(latencies, 0.99), List.of(), load, false, "under 50 ms");
    }

    /**
     * 3. Placements per second through REST and the outbox, sustained for {@code writeDuration} (a minute), beside plain
     * INSERTs of the same rows; and before them, coupling registrations the same way. Couplings are registered for half
     * as long again as the placements run, so that the placements do not run out of couplings to place; if they do,
     * the rate is over the time until they did. Where the machine's CPU went during the placements is reported beside
     * them (3a.), since that is what limits them on two shared cores. They go to as many municipalities of another
     * province as the benchmark's own: a minute's tens of thousands of events would otherwise grow the ledgers that the
     * reads of the next round (and their SQL floors) are measured on.
     */
    private void writePath() {
        Duration duration = sizes.writeDuration();
        int connections = sizes.writeConnections();
        double load = Machine.loadAverage();
        Queue<String[]> couplings = new ConcurrentLinkedQueue<>();
        AtomicInteger registered = new AtomicInteger();
        Duration registeringFor = duration.multipliedBy(3).dividedBy(2);
        Load.Outcome registering = Load.run(connections, registeringFor, () -> () -> {
            String municipality = imports.nationalMunicipality(registered.getAndIncrement(), sizes.municipalities());
            couplings.add(new String[] {municipality, municipalities.coupling(municipality)});
        });
        CpuTime.Snapshot cpuBefore = CpuTime.take(stack);
        Load.Outcome placing = Load.whileWorkLeft(connections, duration, () -> {
            String[] coupling = couplings.poll();
            if (coupling == null) {
                return false;
            }
            Http.Answer placed = municipalities.place(coupling[0], coupling[1]);
            if (placed.status() != 201) {
                throw new IllegalStateException("placement not recorded: " + placed);
            }
            return true;
        });
        Map<String, Double> cpu = CpuTime.sharesSince(cpuBefore, CpuTime.take(stack));
        double floor = floors.placementInsertsPerSecond((int) placing.operations(), connections);
        add("3. Placements through REST + outbox, " + connections + " clients, for " + duration.toSeconds() + " s", "/s",
                placing.perSecond(), floor, load, true, "—");
        add("3. Coupling registrations through REST + outbox, " + connections + " clients, for " + registeringFor.toSeconds() + " s",
                "/s", registering.perSecond(), floor, load, true, "—");
        addWithoutFloor("3b. Placements p99", "ms", placing.p99Millis(), load);
        addWithoutFloor("3b. Placements: seconds sustained", "s", placing.operations() / placing.perSecond(), load);
        cpu.forEach((part, share) -> addWithoutFloor("3a. of the machine's CPU during the placements: " + part, "%", share, load));
    }

    /** 5. Bulk imports, as durations of one import beside its floor. */
    private void bulkImports() {
        double load = Machine.loadAverage();
        // Into a municipality of another province, as the writes: 10,000 ledger rows a round in one of the benchmark
        // province's would lengthen the ledgers the next round's reads and their SQL floors read, so a full run's reads
        // would measure something else than a run of the reads alone.
        double[] vera = imports.veraBatch(sizes.veraBatch(), imports.nationalMunicipality(0, sizes.municipalities()));
        add("5. VERA batch of " + sizes.veraBatch() + " Toewijzingen", "s", vera[0], vera[1], load, false, "—");
        double[] population = imports.populationImport();
        add("5. CBS population CSV of " + sizes.nationalMunicipalities() + " municipalities", "s", population[0], population[1],
                load, false, "—");
    }

    /**
     * 4's volume: the topics are topped up to {@code replayEvents} with the events the writing services would publish
     * for synthetic municipalities (couplings and placements of whole households, {@link MunicipalityEvents}), and
     * the live projection and housing-stock-service, which consumes quota's and placement's events too, consume them
     * all before the rebuild is measured, so that nothing competes with the rebuild for the machine.
     */
    private void fillTopicsForReplay() {
        // Named, so that the synthetic municipalities' province has an overview (2e, 2f).
        Http.Answer named = http.put(stack.url(Service.QUOTA) + "/provinces/" + REPLAY_PROVINCE, stack.issuer().rijk(),
                Map.of("name", "Replayland"));
        if (named.status() != 200 && named.status() != 201) {
            throw new IllegalStateException("the replay's province was not registered: " + named);
        }
        KafkaTopics topics = new KafkaTopics(stack.kafka().bootstrapServers());
        long missing = sizes.replayEvents() - topics.endOffsets(ReplayFloor.TOPICS);
        List<ProducerRecord<String, String>> chunk = new ArrayList<>();
        for (int m = 0; missing > 0; m++) {
            // 2 + 500 couplings + 498 placements = 1,000 events per municipality, in codes no other benchmark uses
            MunicipalityEvents municipality = new MunicipalityEvents("GM%04d".formatted(5000 + m), REPLAY_PROVINCE, m, 2_000, 500, 2, 0);
            chunk.addAll(municipality.inOrder());
            missing -= municipality.size();
            if (chunk.size() >= 20_000 || missing <= 0) {
                topics.sendAll(chunk);
                chunk.clear();
            }
        }
        if (!supervisionConsumedEverything(topics, Duration.ofMinutes(30))) {
            throw new IllegalStateException("supervision did not consume the replay's events in 30 minutes");
        }
        Instant waiting = Instant.now();
        if (!consumedEverything(topics, HOUSING_STOCK_GROUP, HOUSING_STOCK_TOPICS, Duration.ofMinutes(30))) {
            throw new IllegalStateException("housing-stock did not consume the replay's events in 30 minutes");
        }
        System.out.printf("housing-stock-service consumed the replay's events %d s after supervision%n",
                Duration.between(waiting, Instant.now()).toSeconds());
    }

    /** Waits until supervision's group has committed every record now on its topics: true, or false after {@code atMost}. */
    private static boolean supervisionConsumedEverything(KafkaTopics topics, Duration atMost) {
        return consumedEverything(topics, SUPERVISION_GROUP, ReplayFloor.TOPICS, atMost);
    }

    /** Waits until {@code group} has committed every record now on {@code topicsRead}: true, or false after {@code atMost}. */
    static boolean consumedEverything(KafkaTopics topics, String group, List<String> topicsRead, Duration atMost) {
        long end = topics.endOffsets(topicsRead);
        Instant deadline = Instant.now().plus(atMost);
        while (topics.committedRecords(group, topicsRead) < end) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
        }
        return true;
    }

    /** 4. A rebuild of the supervision projection from every event on the topics, beside a bare consumer reading them. */
    private void replay() {
        double load = Machine.loadAverage();
        String operator = stack.issuer().token("benchmark-operator", "operator", Map.of());
        String rebuilds = stack.url(Service.SUPERVISION) + "/projection-rebuilds";
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
        var view = status.json();
        if (!"COMPLETED".equals(view.get("state").asText())) {
            throw new IllegalStateException("rebuild did not complete: " + status);
        }
        long events = view.get("eventsRead").asLong();
        double seconds = Duration.between(OffsetDateTime.parse(view.get("startedAt").asText()),
                OffsetDateTime.parse(view.get("finishedAt").asText())).toNanos() / 1e9;
        ReplayFloor.Outcome floor = ReplayFloor.readAll(stack.kafka().bootstrapServers());
        // Named without the count, which grows by a few events a round (2b.), so that the rounds make one figure.
        add("4. Projection rebuild (every event on the topics)", "events/s", events / seconds, floor.perSecond(), load, true, "—");
        addWithoutFloor("4a. events replayed", "", events, load);
        // Beside the least any rebuild does besides reading: decoding every record, writing nothing.
        ReplayFloor.Outcome decoded = ReplayFloor.readAndDecode(stack.kafka().bootstrapServers());
        add("4. Projection rebuild beside reading and decoding every record", "events/s", events / seconds, decoded.perSecond(),
                load, true, "≥ 0.4");
        add("4. Reading and decoding every record (no writes) beside a bare consumer", "events/s", decoded.perSecond(),
                floor.perSecond(), load, true, "—");
        // The same rebuild beside a floor that also writes: each record read and stored once by COPY, then indexed.
        try (java.sql.Connection connection = floors.connect(Floors.FLOOR_DATABASE)) {
            ReplayFloor.Outcome stored = ReplayFloor.readAndCopy(stack.kafka().bootstrapServers(), connection);
            add("4. Projection rebuild beside reading and storing every record (COPY)", "events/s", events / seconds,
                    stored.perSecond(), load, true, "—");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("the replay's read-and-copy floor failed", e);
        }
    }

    /**
     * 2. The national overview once the projection holds the replay's million ledger entries: every municipality's
     * figures, so every ledger read, right after the rebuild changed the projection's version (nothing computed before
     * is current). Floor: the ledger rows read straight from supervision's database over JDBC. Then, without floors,
     * the benchmark province's overview (2c) and the replay's province's (2e), also computed in full.
     */
    private void overviewsAfterTheReplay() {
        double load = Machine.loadAverage();
        String url = stack.url(Service.SUPERVISION) + "/national/periods/" + Municipalities.PERIOD;
        long start = System.nanoTime();
        expect200(http.get(url, stack.issuer().rijk()));
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] floor;
        try (java.sql.Connection connection = floors.connect(Service.SUPERVISION.database)) {
            floor = SupervisionQueries.readEveryLedger(connection);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("the national overview's floor failed", e);
        }
        add("2. National overview after the replay, one request", "s", seconds, floor[1] / 1e9, load, false, "under 5 s");
        addWithoutFloor("2a. ledger entries in the projection at the national overview", "", floor[0], load);
        String provinceUrl = provinceOverview(Municipalities.PROVINCE);
        addWithoutFloor("2c. Province overview after the replay, one request", "ms", millisecondsOf(provinceUrl), Machine.loadAverage());
        String replayProvinceUrl = provinceOverview(REPLAY_PROVINCE);
        addWithoutFloor("2e. Overview of the replay's province after the replay, one request", "ms", millisecondsOf(replayProvinceUrl),
                Machine.loadAverage());
        overviewsAfterOnePlacement(url, provinceUrl, replayProvinceUrl);
    }

    private String provinceOverview(String province) {
        return stack.url(Service.SUPERVISION) + "/provinces/" + province + "/periods/" + Municipalities.PERIOD;
    }

    /**
     * 2b, 2d and 2f. The national overview, the benchmark province's and the replay's province's once more, after one
     * coupling and its placement in the benchmark province have been consumed: supervision then computes again only the
     * municipality they changed, not every ledger of the country or of a province (the replay's province has none of
     * them changed, but its overview was computed at an older version).
     */
    private void overviewsAfterOnePlacement(String url, String provinceUrl, String replayProvinceUrl) {
        String municipality = municipalities.municipality(0);
        Http.Answer placed = municipalities.place(municipality, municipalities.coupling(municipality));
        if (placed.status() != 201) {
            throw new IllegalStateException("placement not recorded: " + placed);
        }
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (stack.postgres().unpublishedEvents(Service.PLACEMENT.database, municipality) > 0 && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        supervisionConsumedEverything(new KafkaTopics(stack.kafka().bootstrapServers()), Duration.ofMinutes(1));
        double load = Machine.loadAverage();
        addWithoutFloor("2b. National overview after one more coupling and placement, one request", "ms", millisecondsOf(url), load);
        addWithoutFloor("2d. Province overview after one more coupling and placement, one request", "ms", millisecondsOf(provinceUrl), load);
        addWithoutFloor("2f. Overview of the replay's province after one more coupling and placement in another, one request", "ms",
                millisecondsOf(replayProvinceUrl), load);
    }

    /** How long one request of the Rijk takes, answered 200. */
    private double millisecondsOf(String url) {
        long start = System.nanoTime();
        expect200(http.get(url, stack.issuer().rijk()));
        return (System.nanoTime() - start) / 1e6;
    }

    private Map<Service, Long> residentMemory() {
        Map<Service, Long> memory = new LinkedHashMap<>();
        for (Service service : Service.values()) {
            memory.put(service, stack.process(service).residentMemoryKib() / 1024);
        }
        return memory;
    }

    private void add(String name, String unit, double value, double floor, double load, boolean higherIsBetter, String goal) {
        add(name, unit, value, List.of(floor), load, higherIsBetter, goal);
    }

    /** A figure that explains another and has no floor of its own. */
    private void addWithoutFloor(String name, String unit, double value, double load) {
        add(name, unit, value, List.of(), load, false, "—");
    }

    private void add(String name, String unit, double value, List<Double> floor, double load, boolean higherIsBetter, String goal) {
        Figure existing = figures.get(name);
        List<Double> rounds = existing == null ? new ArrayList<>() : new ArrayList<>(existing.rounds());
        List<Double> floorRounds = existing == null ? new ArrayList<>() : new ArrayList<>(existing.floorRounds());
        List<Double> loads = existing == null ? new ArrayList<>() : new ArrayList<>(existing.loadAverages());
        rounds.add(value);
        floorRounds.addAll(floor);
        loads.add(load);
        figures.put(name, new Figure(name, unit, rounds, floorRounds, loads, higherIsBetter, goal));
    }

    private String report(double loadBefore, Map<Service, Long> memoryAfterStart, Map<Service, Long> memoryAfterLoad) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("Machine: %d cores; load average %.1f before start, %.1f at the end. Sizes: %s%n%n",
                Machine.cores(), loadBefore, Machine.loadAverage(), sizes));
        out.append("| Benchmark | Median | Floor (median) | Ratio | Goal | Rounds | Load average per round |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        figures.values().forEach(f -> out.append(f.markdownRow()).append('\n'));
        out.append("\n| Service | Start-up to ready | Resident memory after start | after the load |\n|---|---|---|---|\n");
        for (Service service : Service.values()) {
            out.append(String.format("| %s | %.1f s | %d MiB | %d MiB |%n", service.module,
                    stack.startUpTimes().get(service).toMillis() / 1000.0, memoryAfterStart.get(service), memoryAfterLoad.get(service)));
        }
        return out.toString();
    }

    private static void expect200(Http.Answer answer) {
        if (answer.status() != 200) {
            throw new IllegalStateException("read failed: " + answer.status() + " " + answer.body());
        }
    }

    private static void write(Path output, String report) {
        try {
            Files.createDirectories(output.getParent());
            Files.writeString(output, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
