package nl.permitholders.supervision.figures;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.permitholders.supervision.figures.MunicipalityLedgers.Recomputed;
import org.junit.jupiter.api.Test;

/** Each key's results are computed in full once, then brought up to each newer version by what changed since. */
class KeptPerMunicipalityTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final KeptPerMunicipality<String, String> kept = new KeptPerMunicipality<>(2, registry, "computations", "test");
    private final List<Long> askedSince = new ArrayList<>();

    @Test
    void theFirstTimeEverythingAfterThatSinceTheVersionKept() {
        assertThat(current("2026-H2", new Recomputed<>(7, true, Set.of("GM0001", "GM0002"), Map.of("GM0001", "a7", "GM0002", "b7"))))
                .containsExactly(Map.entry("GM0001", "a7"), Map.entry("GM0002", "b7"));
        assertThat(current("2026-H2", new Recomputed<>(9, false, Set.of("GM0002"), Map.of("GM0002", "b9"))))
                .containsExactly(Map.entry("GM0001", "a7"), Map.entry("GM0002", "b9"));

        assertThat(askedSince).containsExactly(-1L, 7L);
        assertThat(count("everything")).isEqualTo(1);
        assertThat(count("changed")).isEqualTo(1);
    }

    @Test
    void eachKeyHasItsOwnVersion() {
        current("2026-H2", new Recomputed<>(7, true, Set.of(), Map.of("GM0001", "a7")));
        current("2027-H1", new Recomputed<>(8, true, Set.of(), Map.of("GM0001", "a8")));
        current("2026-H2", new Recomputed<>(9, false, Set.of(), Map.of()));

        assertThat(askedSince).containsExactly(-1L, -1L, 7L);
    }

    @Test
    void aComputationFinishedAfterANewerOneDoesNotReplaceIt() {
        Uni<Recomputed<String>> older = Uni.createFrom().item(new Recomputed<>(5, true, Set.of(), Map.of("GM0001", "a5")));
        // The newer computation starts and ends while the older one has not ended yet.
        Uni<Map<String, String>> olderRead = kept.current("2026-H2", since -> older);
        current("2026-H2", new Recomputed<>(6, true, Set.of(), Map.of("GM0001", "a6")));
        olderRead.await().indefinitely();
        current("2026-H2", new Recomputed<>(7, false, Set.of(), Map.of()));

        assertThat(askedSince).containsExactly(-1L, 6L);
    }

    @Test
    void beyondTheKeysKeptEverythingIsComputedAgain() {
        current("2026-H1", new Recomputed<>(7, true, Set.of(), Map.of()));
        current("2026-H2", new Recomputed<>(7, true, Set.of(), Map.of()));
        current("2027-H1", new Recomputed<>(7, true, Set.of(), Map.of()));
        current("2026-H1", new Recomputed<>(8, true, Set.of(), Map.of()));

        assertThat(askedSince).containsExactly(-1L, -1L, -1L, -1L);
    }

    private Map<String, String> current(String key, Recomputed<String> recomputed) {
        return kept.current(key, since -> {
            askedSince.add(since);
            return Uni.createFrom().item(recomputed);
        }).await().indefinitely();
    }

    private double count(String municipalities) {
        return registry.get("computations").tag("municipalities", municipalities).counter().count();
    }
}
