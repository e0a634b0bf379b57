package nl.permitholders.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import nl.permitholders.platform.events.EventTypes.Handling;
import org.junit.jupiter.api.Test;

/** An event its consumer does not know may come from a producer upgraded first: kept aside, not poison. */
class EventTypesTest {

    private static final String PLACEMENT_RECORDED = "nl.permitholders.placement.placement-recorded.v1";
    private static final String MOVED_ON = "nl.permitholders.placement.moved-to-follow-up-housing.v1";

    private final EventTypes projection = EventTypes.everyType(Set.of(PLACEMENT_RECORDED));
    private final EventTypes occupancy = EventTypes.only(PLACEMENT_RECORDED);

    @Test
    void aKnownTypeIsKnownToEitherKindOfConsumer() {
        assertThat(projection.of(PLACEMENT_RECORDED)).isEqualTo(Handling.KNOWN);
        assertThat(occupancy.of(PLACEMENT_RECORDED)).isEqualTo(Handling.KNOWN);
    }

    @Test
    void aConsumerThatEveryEventConcernsWaitsForANewTypeOfAnyService() {
        assertThat(projection.of(MOVED_ON)).isEqualTo(Handling.NOT_KNOWN_YET);
        assertThat(projection.of("nl.permitholders.housingstock.unit-renovated.v1")).isEqualTo(Handling.NOT_KNOWN_YET);
    }

    @Test
    void aConsumerThatEveryEventConcernsWaitsForANewerVersionOfAKnownType() {
        assertThat(projection.of("nl.permitholders.placement.placement-recorded.v2")).isEqualTo(Handling.NOT_KNOWN_YET);
    }

    @Test
    void forAConsumerThatEveryEventConcernsATypeOfNoServiceIsPoison() {
        assertThat(projection.of("com.example.placement-recorded.v1")).isEqualTo(Handling.UNREADABLE);
        assertThat(projection.of("nl.permitholders.placement.placement-recorded")).isEqualTo(Handling.UNREADABLE);
        assertThat(projection.of("nl.permitholders.placement.placement-recorded.v0")).isEqualTo(Handling.UNREADABLE);
        assertThat(projection.of("")).isEqualTo(Handling.UNREADABLE);
    }

    @Test
    void aConsumerOfAFewTypesWaitsForANewerVersionOfOneItApplies() {
        assertThat(occupancy.of("nl.permitholders.placement.placement-recorded.v2")).isEqualTo(Handling.NOT_KNOWN_YET);
        assertThat(occupancy.of("nl.permitholders.placement.placement-recorded.v12")).isEqualTo(Handling.NOT_KNOWN_YET);
    }

    @Test
    void aConsumerOfAFewTypesIgnoresEveryOtherType() {
        assertThat(occupancy.of(MOVED_ON)).isEqualTo(Handling.IGNORED);
        assertThat(occupancy.of("nl.permitholders.placement.coupling-registered.v3")).isEqualTo(Handling.IGNORED);
        assertThat(occupancy.of("com.example.anything")).isEqualTo(Handling.IGNORED);
    }

    @Test
    void anOlderVersionOfAnAppliedTypeIsNoNewerProducers() {
        EventTypes second = EventTypes.only("nl.permitholders.placement.placement-recorded.v2");
        assertThat(second.of(PLACEMENT_RECORDED)).isEqualTo(Handling.IGNORED);
    }

    @Test
    void anUnknownEventFailsAsTheHandlingSays() {
        assertThatThrownBy(() -> projection.unknown(event(MOVED_ON))).isInstanceOf(EventNotKnownYetException.class)
                .hasMessageContaining(MOVED_ON);
        assertThatThrownBy(() -> projection.unknown(event("com.example.x.v1"))).isInstanceOf(UnreadableEventException.class);
        assertThatThrownBy(() -> occupancy.unknown(event("nl.permitholders.placement.placement-recorded.v2")))
                .isInstanceOf(EventNotKnownYetException.class);
        assertThatCode(() -> occupancy.unknown(event(MOVED_ON))).doesNotThrowAnyException();
    }

    private static IncomingEvent event(String type) {
        return new IncomingEvent(UUID.randomUUID(), type, "/test", "GM0001", null, "{}");
    }
}
