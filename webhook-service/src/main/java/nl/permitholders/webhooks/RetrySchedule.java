package nl.permitholders.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again, and when trying stops (docs/webhooks.md#retries). The delay doubles with every
 * attempt from {@code base} up to {@code maximum}, with jitter: a delivery waits a random time between half the delay and
 * the whole, so receivers coming back are not met by every sender at once. A delivery that has kept failing for
 * {@code giveUpAfter} (24 hours in production) since its first failure is not tried again: its subscription is
 * suspended with the reason, and its deliveries wait until the owner resumes it.
 */
public final class RetrySchedule {

    /** What follows a failed attempt: another at {@code nextAttempt}, or suspension of the subscription. */
    public record AfterFailure(Instant nextAttempt, boolean suspend) {

        static AfterFailure retryAt(Instant at) {
            return new AfterFailure(at, false);
        }

        static AfterFailure suspended() {
            return new AfterFailure(null, true);
        }
    }

    private final Duration base;
    private final Duration maximum;
    private final Duration giveUpAfter;
    private final DoubleSupplier random;

    /** @param random a source of values in [0, 1), for the jitter */
    public RetrySchedule(Duration base, Duration maximum, Duration giveUpAfter, DoubleSupplier random) {
        if (base.isNegative() || base.isZero() || maximum.compareTo(base) < 0 || giveUpAfter.compareTo(maximum) < 0) {
            throw new IllegalArgumentException("a retry schedule needs 0 < base <= maximum <= giveUpAfter");
        }
        this.base = base;
        this.maximum = maximum;
        this.giveUpAfter = giveUpAfter;
        this.random = Objects.requireNonNull(random);
    }

    /** The delay before attempt {@code attempts + 1}, before jitter: base × 2^(attempts − 1), at most the maximum. */
    public Duration delayAfter(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 40));
        Duration delay = base.multipliedBy(1L << Math.min(doublings, 30));
        return delay.compareTo(maximum) > 0 || doublings > 30 ? maximum : delay;
    }

    /**
     * What follows attempt number {@code attempts} (1 for the first) failing at {@code now}, the delivery having first
     * failed at {@code firstFailure} (equal to {@code now} on its first failure).
     */
    public AfterFailure afterFailure(int attempts, Instant firstFailure, Instant now) {
        if (!now.isBefore(firstFailure.plus(giveUpAfter))) {
            return AfterFailure.suspended();
        }
        Duration delay = delayAfter(attempts);
        long half = delay.toMillis() / 2;
        long jittered = half + (long) (random.getAsDouble() * (delay.toMillis() - half));
        return AfterFailure.retryAt(now.plusMillis(Math.max(1, jittered)));
    }

    public Duration giveUpAfter() {
        return giveUpAfter;
    }
}
