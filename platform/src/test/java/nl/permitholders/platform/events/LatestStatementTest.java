package nl.permitholders.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Of two statements of the same thing, the one made last stands, whichever arrives last. */
class LatestStatementTest {

    private static final OffsetDateTime EARLIER = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime LATER = EARLIER.plusMinutes(1);

    @Test
    void aLaterStatementReplacesTheStandingOne() {
        assertThat(LatestStatement.replaces(LATER, EARLIER)).isTrue();
    }

    @Test
    void anEarlierStatementDeliveredLateDoesNot() {
        assertThat(LatestStatement.replaces(EARLIER, LATER)).isFalse();
    }

    @Test
    void aStatementOfTheSameMomentArrivingLaterReplacesIt() {
        assertThat(LatestStatement.replaces(EARLIER, EARLIER)).isTrue();
    }

    @Test
    void withoutATimeOnEitherSideArrivalOrderDecides() {
        assertThat(LatestStatement.replaces(null, LATER)).isTrue();
        assertThat(LatestStatement.replaces(EARLIER, null)).isTrue();
    }
}
