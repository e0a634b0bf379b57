package nl.permitholders.supervision.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.permitholders.supervision.projection.ConsumedEvents.Consumed;
import org.junit.jupiter.api.Test;

/** The decoder knows an event type by its record alone: a record that says what it changes is read for some type. */
class ConsumedEventsTest {

    @Test
    void everyRecordThatChangesTheProjectionIsReadForAType() {
        assertThat(Set.copyOf(ConsumedEvents.BY_TYPE.values())).isEqualTo(Set.of(Consumed.class.getPermittedSubclasses()));
    }

    @Test
    void noTypeBothChangesTheProjectionAndIsKnownWithoutEffect() {
        assertThat(ConsumedEvents.BY_TYPE.keySet()).doesNotContainAnyElementsOf(ConsumedEvents.KNOWN_WITHOUT_EFFECT);
    }
}
