package nl.permitholders.supervision.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import nl.permitholders.supervision.figures.MunicipalityLedgers.Recomputed;
import org.junit.jupiter.api.Test;

/** Results computed at an older version of the projection, brought up to a newer one by what was computed again. */
class RecomputedTest {

    private final Map<String, String> before = Map.of("GM0001", "a at v1", "GM0002", "b at v1", "GM0003", "c at v1");

    @Test
    void theMunicipalitiesComputedAgainReplaceTheirResultsAndTheRestStay() {
        Recomputed<String> recomputed = new Recomputed<>(2, false, Set.of("GM0002"), Map.of("GM0002", "b at v2"));

        assertThat(recomputed.appliedTo(before)).containsExactly(
                Map.entry("GM0001", "a at v1"), Map.entry("GM0002", "b at v2"), Map.entry("GM0003", "c at v1"));
    }

    @Test
    void oneComputedAgainWithoutAResultIsGoneAndANewOneComes() {
        // GM0003 merged into GM0004 by the half-year asked for: it has no figures of its own there any more.
        Recomputed<String> recomputed = new Recomputed<>(3, false, Set.of("GM0003", "GM0004"), Map.of("GM0004", "d at v3"));

        assertThat(recomputed.appliedTo(before)).containsOnlyKeys("GM0001", "GM0002", "GM0004");
    }

    @Test
    void everythingComputedAgainIsJustTheResults() {
        Recomputed<String> recomputed = new Recomputed<>(4, true, Set.of("GM0001"), Map.of("GM0001", "a at v4"));

        assertThat(recomputed.appliedTo(before)).containsExactly(Map.entry("GM0001", "a at v4"));
    }

    @Test
    void nothingChangedLeavesTheResultsAsTheyWere() {
        assertThat(new Recomputed<String>(5, false, Set.of(), Map.of()).appliedTo(before)).isEqualTo(before);
    }
}
