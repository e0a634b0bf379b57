package nl.permitholders.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Which rows a claim of "every" unpublished row may take: this instance's own, and what any instance left behind. */
class OwnUnpublishedTest {

    private final OwnUnpublished own = new OwnUnpublished();

    @Test
    void aCommittedEventIsOwnUntilTheBrokerHasAcknowledgedIt() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        own.committed(List.of(first, second));
        assertThat(own.ids()).containsExactlyInAnyOrder(first, second);
        own.published(List.of(first));
        assertThat(own.ids()).containsExactly(second);
        assertThat(own.overflowed()).isFalse();
    }

    @Test
    void pastTheLimitItStopsCountingAndEveryRowIsClaimedUntilTheOutboxHasDrained() {
        own.committed(IntStream.rangeClosed(0, OwnUnpublished.LIMIT).mapToObj(i -> UUID.randomUUID()).toList());
        assertThat(own.overflowed()).isTrue();
        assertThat(own.ids()).as("memory freed").isEmpty();
        own.committed(List.of(UUID.randomUUID()));
        assertThat(own.ids()).as("not counted while every row is claimed").isEmpty();

        own.drained();
        UUID next = UUID.randomUUID();
        own.committed(List.of(next));
        assertThat(own.overflowed()).isFalse();
        assertThat(own.ids()).containsExactly(next);
    }

    @Test
    void eventsCommittedWithoutBeingKnownMakeEveryRowClaimedUntilDrained() {
        own.committed(List.of(UUID.randomUUID()));
        own.committedUnknown();
        assertThat(own.overflowed()).isTrue();
        own.drained();
        assertThat(own.overflowed()).isFalse();
    }
}
