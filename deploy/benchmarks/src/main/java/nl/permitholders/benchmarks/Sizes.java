package nl.permitholders.benchmarks;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * How much each benchmark does per round, and how many rounds. {@link #full()} is what docs/performance.md reports;
 * {@link #smoke()} keeps the harness working in {@code ./mvnw verify} within seconds per measurement. {@code calmAtMost}
 * is how long the propagation waits at most for the machine to calm down from the benchmark before it (the smoke's
 * figures are checked, not reported, so it does not wait). The national benchmark's: how many national distributions it
 * measures per round, requests per page (server time), loads per page in the browser, and placements whose arrival in
 * the national figures it times, and how many scenarios of three half-years over the country it calculates (N8).
 */
public record Sizes(int rounds, int municipalities, int propagationWarmUp, int propagationPlacements, Duration propagationInterval,
             int readConnections, int peakReadsPerSecond,
             Duration readDuration, Duration writeDuration, int writeConnections,
             int veraBatch, int nationalMunicipalities, int replayEvents, Duration calmAtMost,
             int nationalDistributions, int nationalRequests, int browserLoads, int nationalChanges, int nationalScenarios,
             Set<String> only) {

    /** The benchmarks by name, as {@code -Dbenchmark.only=propagation,replay} selects them. */
    static final Set<String> ALL = Set.of("propagation", "reads", "writes", "imports", "replay", "national");
    /**
     * The benchmarks on the one system of the full run; {@code national} runs on a system of its own with the whole
     * country's demo data loaded (National), which the smoke run leaves out: on deploy/system-tests' shared system it
     * would adjust the national totals the demo's own tests check, and rebuild the projection under them.
     */
    static final Set<String> ON_ONE_SYSTEM = Set.of("propagation", "reads", "writes", "imports", "replay");

    /** Whether the benchmark {@code name} (one of {@link #ALL}) runs; all run unless {@code only} names some. */
    boolean includes(String name) {
        return only.isEmpty() || only.contains(name);
    }

    /** Whether any benchmark of the full run's one system runs (and so that system is started). */
    boolean includesAnyOnOneSystem() {
        return ON_ONE_SYSTEM.stream().anyMatch(this::includes);
    }

    /** What docs/performance.md reports; the reads' peak rate, 100 requests/s, is docs/scaling.md's for the whole country. */
    public static Sizes full() {
        return new Sizes(3, 12, 2000, 1000, Duration.ofMillis(50), 50, 100, Duration.ofSeconds(20), Duration.ofMinutes(1), 16, 10_000, 342, 1_000_000,
                Duration.ofMinutes(2), 10, 50, 20, 10, 10, Set.of());
    }

    public static Sizes smoke() {
        return new Sizes(1, 2, 2, 10, Duration.ofMillis(20), 4, 10, Duration.ofSeconds(1), Duration.ofSeconds(2), 4, 20, 20, 2_000,
                Duration.ZERO, 2, 3, 2, 1, 2, ON_ONE_SYSTEM);
    }

    /** {@link #full()} with any of its figures overridden by system properties of the same name (benchmark.rounds...). */
    static Sizes fromSystemProperties(Sizes base) {
        return new Sizes(
                Integer.getInteger("benchmark.rounds", base.rounds),
                Integer.getInteger("benchmark.municipalities", base.municipalities),
                Integer.getInteger("benchmark.propagationWarmUp", base.propagationWarmUp),
                Integer.getInteger("benchmark.propagationPlacements", base.propagationPlacements),
                Duration.ofMillis(Long.getLong("benchmark.propagationIntervalMillis", base.propagationInterval.toMillis())),
                Integer.getInteger("benchmark.readConnections", base.readConnections),
                Integer.getInteger("benchmark.peakReadsPerSecond", base.peakReadsPerSecond),
                Duration.ofSeconds(Long.getLong("benchmark.readSeconds", base.readDuration.toSeconds())),
                Duration.ofSeconds(Long.getLong("benchmark.writeSeconds", base.writeDuration.toSeconds())),
                Integer.getInteger("benchmark.writeConnections", base.writeConnections),
                Integer.getInteger("benchmark.veraBatch", base.veraBatch),
                Integer.getInteger("benchmark.nationalMunicipalities", base.nationalMunicipalities),
                Integer.getInteger("benchmark.replayEvents", base.replayEvents),
                Duration.ofSeconds(Long.getLong("benchmark.calmSeconds", base.calmAtMost.toSeconds())),
                Integer.getInteger("benchmark.nationalDistributions", base.nationalDistributions),
                Integer.getInteger("benchmark.nationalRequests", base.nationalRequests),
                Integer.getInteger("benchmark.browserLoads", base.browserLoads),
                Integer.getInteger("benchmark.nationalChanges", base.nationalChanges),
                Integer.getInteger("benchmark.nationalScenarios", base.nationalScenarios),
                only(System.getProperty("benchmark.only", "")));
    }

    private static Set<String> only(String names) {
        Set<String> only = new LinkedHashSet<>();
        for (String name : names.split(",")) {
            if (!name.isBlank()) {
                if (!ALL.contains(name.strip())) {
                    throw new IllegalArgumentException("benchmark.only: no benchmark '" + name.strip() + "'; there are " + ALL);
                }
                only.add(name.strip());
            }
        }
        return Set.copyOf(only);
    }
}
