package nl.permitholders.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the demo's loaders take the households: in turns over the municipalities, so none is left to one loader at the end. */
class DemoDataTest {

    @Test
    void householdsAreTakenOneOfEachMunicipalityInTurnUntilTheLargestIsDone() {
        List<String> turns = DemoData.interleaved(List.of(
                List.of("A1", "A2", "A3", "A4"),
                List.of(),
                List.of("B1"),
                List.of("C1", "C2")));

        assertThat(turns).containsExactly("A1", "B1", "C1", "A2", "C2", "A3", "A4");
    }

    @Test
    void nothingToLoadIsNoTurn() {
        assertThat(DemoData.interleaved(List.of(List.of(), List.of()))).isEmpty();
    }
}
