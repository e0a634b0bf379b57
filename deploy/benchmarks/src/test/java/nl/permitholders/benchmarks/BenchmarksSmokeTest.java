package nl.permitholders.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import nl.permitholders.infrastructure.SystemStack;
import org.junit.jupiter.api.Test;

/**
 * The harness at tiny sizes, so it keeps compiling and working in {@code ./mvnw verify}; the figures in
 * docs/performance.md come from full runs of deploy/benchmarks/run, never from this test.
 */
class BenchmarksSmokeTest {

    @Test
    void everyBenchmarkProducesAFigureBesideAMeasuredFloor() {
        Benchmarks.Results results = Benchmarks.run(SystemStack.findProjectRoot(), Sizes.smoke());

        assertThat(results.figures()).extracting(Figure::name).anyMatch(name -> name.startsWith("1. Event propagation p99"))
                .anyMatch(name -> name.startsWith("2. Province overview")).anyMatch(name -> name.startsWith("2. Municipality figures"))
                .anyMatch(name -> name.startsWith("3. Placements")).anyMatch(name -> name.startsWith("4. Projection rebuild ("))
                .anyMatch(name -> name.startsWith("4. Projection rebuild beside reading and storing"))
                .anyMatch(name -> name.startsWith("5. "));
        assertThat(results.figures()).allSatisfy(figure -> assertThat(figure.median()).as(figure.name()).isPositive().isFinite());
        // Every benchmark beside its floor; only the figures that break one down (1a, 1b...) have none of their own.
        assertThat(results.figures()).filteredOn(figure -> figure.name().matches("\\d\\. .*")).isNotEmpty()
                .allSatisfy(figure -> assertThat(figure.floor()).as(figure.name()).isPositive().isFinite());
        assertThat(results.figures()).filteredOn(figure -> !figure.name().matches("\\d\\. .*"))
                .allSatisfy(figure -> assertThat(figure.floorRounds()).as(figure.name()).isEmpty());
        assertThat(results.markdown()).contains("| quota-service |", "| supervision-service |", "load average");
    }
}
