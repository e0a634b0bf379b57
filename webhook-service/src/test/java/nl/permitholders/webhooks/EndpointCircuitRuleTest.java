package nl.permitholders.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A receiver that does not answer is left alone for a while, longer each time; one that answers, even 500, is not. */
class EndpointCircuitRuleTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final String ENDPOINT = EndpointCircuitRule.endpoint("https://Hooks.Example.org/a/b?c=d");

    private final EndpointCircuitRule circuits = new EndpointCircuitRule(3, Duration.ofMinutes(1), Duration.ofMinutes(30));

    @Test
    void anEndpointIsSchemeHostAndPortWhateverThePath() {
        assertThat(ENDPOINT).isEqualTo("https://hooks.example.org:443");
        assertThat(EndpointCircuitRule.endpoint("http://hooks.example.org:8080/x")).isEqualTo("http://hooks.example.org:8080");
    }

    @Test
    void threeUnansweredAttemptsInARowOpenItForAMinuteThenOneProbeGoes() {
        circuits.unanswered(ENDPOINT, NOW);
        circuits.unanswered(ENDPOINT, NOW);
        assertThat(circuits.allows(ENDPOINT, NOW)).isTrue();
        circuits.unanswered(ENDPOINT, NOW);
        assertThat(circuits.allows(ENDPOINT, NOW.plusSeconds(59))).isFalse();
        assertThat(circuits.openUntil(ENDPOINT, NOW)).isEqualTo(NOW.plusSeconds(60));
        assertThat(circuits.allows(ENDPOINT, NOW.plusSeconds(60))).as("the probe").isTrue();
        assertThat(circuits.allows("https://other.example.org:443", NOW)).as("another endpoint").isTrue();
    }

    @Test
    void aFailedProbeOpensItForTwiceAsLongUpToTheLongestAndAnAnswerClosesIt() {
        for (int i = 0; i < 3; i++) {
            circuits.unanswered(ENDPOINT, NOW);
        }
        Instant probe = NOW.plusSeconds(60);
        circuits.unanswered(ENDPOINT, probe);
        assertThat(circuits.openUntil(ENDPOINT, probe)).isEqualTo(probe.plus(Duration.ofMinutes(2)));
        Instant later = probe;
        for (int i = 0; i < 10; i++) {
            later = later.plus(Duration.ofHours(1));
            circuits.unanswered(ENDPOINT, later);
        }
        assertThat(circuits.openUntil(ENDPOINT, later)).isEqualTo(later.plus(Duration.ofMinutes(30)));
        circuits.answered(ENDPOINT);
        assertThat(circuits.allows(ENDPOINT, later)).isTrue();
        circuits.unanswered(ENDPOINT, later);
        assertThat(circuits.allows(ENDPOINT, later)).as("closed again: three in a row open it").isTrue();
    }
}
