package nl.permitholders.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.localstack.TheDemo;
import org.junit.jupiter.api.Test;

/**
 * The harness at tiny sizes, so it keeps compiling and working in {@code ./mvnw verify}, on the system the other tests
 * of this module share (its own province and municipalities beside theirs); the figures in docs/performance.md come
 * from full runs of deploy/benchmarks/run on a system of their own, never from this test.
 */
@TheDemo
class BenchmarksSmokeIT {

    @Test
    void everyBenchmarkProducesAFigureBesideAMeasuredFloor(SystemStack stack) {
        Benchmarks.Results results = Benchmarks.run(stack, Sizes.smoke());

        assertThat(results.figures()).extracting(Figure::name).anyMatch(name -> name.startsWith("1. Event propagation p99"))
                .anyMatch(name -> name.startsWith("2. Province overview")).anyMatch(name -> name.startsWith("2. Municipality figures"))
                .anyMatch(name -> name.startsWith("2g. Province overview at the national peak"))
                .anyMatch(name -> name.startsWith("2h. Municipality figures at the national peak"))
                .anyMatch(name -> name.startsWith("3. Placements")).anyMatch(name -> name.startsWith("4. Projection rebuild ("))
                .anyMatch(name -> name.startsWith("4. Projection rebuild beside reading and storing"))
                .anyMatch(name -> name.startsWith("4. Projection rebuild beside reading and decoding"))
                .anyMatch(name -> name.startsWith("4. Reading and decoding every record (no writes) beside a bare consumer"))
                .anyMatch(name -> name.startsWith("5. ")).anyMatch(name -> name.startsWith("2b. National overview after one more"))
                .anyMatch(name -> name.startsWith("2c. Province overview after the replay"))
                .anyMatch(name -> name.startsWith("2d. Province overview after one more"))
                .anyMatch(name -> name.startsWith("2e. Overview of the replay's province"))
                .anyMatch(name -> name.startsWith("2f. Overview of the replay's province after one more"));
        // Shares of the CPU may be nothing (a service idle, no core idle); every other figure is a rate, a time or a size.
        assertThat(results.figures()).filteredOn(figure -> !figure.name().startsWith("3a. ") && !figure.name().startsWith("2a. "))
                .allSatisfy(figure -> assertThat(figure.median()).as(figure.name()).isPositive().isFinite());
        assertMachineShares(results, "2a. of the machine's CPU during the municipality figures: ", "supervision-service");
        assertMachineShares(results, "2a. of the machine's CPU during their SQL floor: ", "PostgreSQL");
        List<Figure> cpuShares = results.figures().stream().filter(figure -> figure.name().startsWith("3a. ")).toList();
        assertThat(cpuShares).extracting(Figure::name).anyMatch(name -> name.endsWith("placement-service"))
                .anyMatch(name -> name.endsWith("PostgreSQL")).anyMatch(name -> name.endsWith("idle"));
        assertThat(cpuShares).allSatisfy(share -> assertThat(share.median()).as(share.name()).isBetween(0.0, 100.0));
        // One round: the parts, the rest and idle are the whole machine (read a few ticks apart).
        assertThat(cpuShares.stream().mapToDouble(Figure::median).sum()).isCloseTo(100.0, within(5.0));
        assertThat(cpuShares).filteredOn(share -> share.name().endsWith("placement-service")).singleElement()
                .satisfies(share -> assertThat(share.median()).isPositive());
        // Every benchmark beside its floor; only the figures that break one down (1a, 1b...) have none of their own.
        assertThat(results.figures()).filteredOn(figure -> figure.name().matches("\\d\\. .*")).isNotEmpty()
                .allSatisfy(figure -> assertThat(figure.floor()).as(figure.name()).isPositive().isFinite());
        assertThat(results.figures()).filteredOn(figure -> !figure.name().matches("\\d\\. .*"))
                .allSatisfy(figure -> assertThat(figure.floorRounds()).as(figure.name()).isEmpty());
        assertThat(results.markdown()).contains("| quota-service |", "| supervision-service |", "load average");
    }

    /** The shares named {@code prefix}: every part of the machine, each a share, together the whole; {@code busy}'s above nothing. */
    private static void assertMachineShares(Benchmarks.Results results, String prefix, String busy) {
        List<Figure> shares = results.figures().stream().filter(figure -> figure.name().startsWith(prefix)).toList();
        assertThat(shares).extracting(Figure::name).anyMatch(name -> name.endsWith("supervision-service"))
                .anyMatch(name -> name.endsWith("PostgreSQL")).anyMatch(name -> name.endsWith("idle"));
        assertThat(shares).allSatisfy(share -> assertThat(share.median()).as(share.name()).isBetween(0.0, 100.0));
        assertThat(shares.stream().mapToDouble(Figure::median).sum()).as(prefix).isCloseTo(100.0, within(5.0));
        assertThat(shares).filteredOn(share -> share.name().endsWith(busy)).singleElement()
                .satisfies(share -> assertThat(share.median()).as(share.name()).isPositive());
    }
}
