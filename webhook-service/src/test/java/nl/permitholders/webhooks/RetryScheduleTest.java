package nl.permitholders.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import nl.permitholders.webhooks.RetrySchedule.AfterFailure;
import org.junit.jupiter.api.Test;

/** A failed delivery is tried again later and later, with jitter, for 24 hours; then its subscription is suspended. */
class RetryScheduleTest {

    private static final Instant FIRST_FAILURE = Instant.parse("2026-03-02T09:00:00Z");

    private static RetrySchedule production(double random) {
        return new RetrySchedule(Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofHours(24), () -> random);
    }

    @Test
    void theDelayDoublesFromTheBaseWithEveryAttemptUpToTheMaximum() {
        RetrySchedule schedule = production(0.5);
        assertThat(schedule.delayAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(schedule.delayAfter(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(schedule.delayAfter(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(schedule.delayAfter(9)).isEqualTo(Duration.ofSeconds(2560));
        assertThat(schedule.delayAfter(10)).isEqualTo(Duration.ofHours(1));
        assertThat(schedule.delayAfter(1000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theNextAttemptIsBetweenHalfTheDelayAndTheWholeDelayByChance() {
        Instant now = FIRST_FAILURE.plusSeconds(70);
        assertThat(production(0.0).afterFailure(3, FIRST_FAILURE, now)).isEqualTo(new AfterFailure(now.plusSeconds(20), false));
        assertThat(production(0.999999).afterFailure(3, FIRST_FAILURE, now).nextAttempt())
                .isBetween(now.plusMillis(39_990), now.plusSeconds(40));
        assertThat(production(0.5).afterFailure(3, FIRST_FAILURE, now)).isEqualTo(new AfterFailure(now.plusSeconds(30), false));
    }

    @Test
    void aDeliveryIsTriedForTwentyFourHoursSinceItFirstFailed() {
        RetrySchedule schedule = production(0.5);
        assertThat(schedule.afterFailure(40, FIRST_FAILURE, FIRST_FAILURE.plus(Duration.ofHours(24)).minusSeconds(1)).suspend()).isFalse();
        assertThat(schedule.afterFailure(41, FIRST_FAILURE, FIRST_FAILURE.plus(Duration.ofHours(24)))).isEqualTo(new AfterFailure(null, true));
    }

    @Test
    void tryingForADayWithTheProductionScheduleMakesOverThirtyAttempts() {
        RetrySchedule schedule = production(1.0 - 1e-9);
        Instant now = FIRST_FAILURE;
        int attempts = 1;
        AfterFailure next = schedule.afterFailure(attempts, FIRST_FAILURE, now);
        while (!next.suspend()) {
            now = next.nextAttempt();
            attempts++;
            next = schedule.afterFailure(attempts, FIRST_FAILURE, now);
        }
        assertThat(attempts).isGreaterThan(30);
        assertThat(now).isAfterOrEqualTo(FIRST_FAILURE.plus(Duration.ofHours(24)));
    }

    @Test
    void aScheduleMustHaveAPositiveBaseAndGiveUpNoSoonerThanItsLongestDelay() {
        assertThatThrownBy(() -> new RetrySchedule(Duration.ZERO, Duration.ofHours(1), Duration.ofHours(24), () -> 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofSeconds(10), Duration.ofHours(2), Duration.ofHours(1), () -> 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
