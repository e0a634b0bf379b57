package nl.permitholders.benchmarks;

import java.time.Duration;

/**
 * How much each benchmark does per round, and how many rounds. {@link #full()} is what docs/performance.md reports;
 * {@link #smoke()} keeps the harness working in {@code ./mvnw verify} within seconds per measurement.
 */
public record Sizes(int rounds, int municipalities, int propagationPlacements, Duration propagationInterval, int readConnections,
             Duration readDuration, int writePlacements, int writeConnections,
             int veraBatch, int nationalMunicipalities, int replayEvents) {

    public static Sizes full() {
        return new Sizes(3, 12, 1000, Duration.ofMillis(50), 50, Duration.ofSeconds(20), 3000, 16, 10_000, 342, 1_000_000);
    }

    public static Sizes smoke() {
        return new Sizes(1, 2, 10, Duration.ofMillis(20), 4, Duration.ofSeconds(2), 40, 4, 20, 20, 2_000);
    }

    /** {@link #full()} with any of its figures overridden by system properties of the same name (benchmark.rounds...). */
    static Sizes fromSystemProperties(Sizes base) {
        return new Sizes(
                Integer.getInteger("benchmark.rounds", base.rounds),
                Integer.getInteger("benchmark.municipalities", base.municipalities),
                Integer.getInteger("benchmark.propagationPlacements", base.propagationPlacements),
                Duration.ofMillis(Long.getLong("benchmark.propagationIntervalMillis", base.propagationInterval.toMillis())),
                Integer.getInteger("benchmark.readConnections", base.readConnections),
                Duration.ofSeconds(Long.getLong("benchmark.readSeconds", base.readDuration.toSeconds())),
                Integer.getInteger("benchmark.writePlacements", base.writePlacements),
                Integer.getInteger("benchmark.writeConnections", base.writeConnections),
                Integer.getInteger("benchmark.veraBatch", base.veraBatch),
                Integer.getInteger("benchmark.nationalMunicipalities", base.nationalMunicipalities),
                Integer.getInteger("benchmark.replayEvents", base.replayEvents));
    }
}
