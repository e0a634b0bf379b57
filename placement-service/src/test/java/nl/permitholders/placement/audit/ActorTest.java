package nl.permitholders.placement.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.permitholders.platform.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void withoutAHeaderTheActorIsUnknown() {
        assertThat(Actor.of(null)).isEqualTo("unknown");
        assertThat(Actor.of("  ")).isEqualTo("unknown");
    }

    @Test
    void theActorIsAPlainName() {
        assertThat(Actor.of(" coa-medewerker@coa.nl ")).isEqualTo("coa-medewerker@coa.nl");
        assertThat(Actor.of("Gemeente Almelo: Wonen")).isEqualTo("Gemeente Almelo: Wonen");
        assertThatThrownBy(() -> Actor.of("<script>")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Actor.of("x".repeat(101))).isInstanceOf(InvalidInputException.class);
    }
}
