package nl.permitholders.faulttests;

import java.time.Duration;

/**
 * How long the consumers of the fault stack retry a record that fails for another reason than its database before
 * they dead-letter it ({@code ConsumerRetries}): {@value #ATTEMPTS} retries, the first after 200 ms, each pause doubling
 * up to {@value #MAX_BACK_OFF}, every pause drawn with Mutiny's jitter of up to half of it but never above that longest
 * one. Production's longest pause is 10 s (about 2½ minutes in all); the fault stack's is a quarter of a second (5 s in
 * all), so that an outage which must outlast the budget is short too, and proves the same: the same number of retries,
 * each after a shorter pause.
 */
final class RetryBudget {

    static final int ATTEMPTS = 20;
    static final String MAX_BACK_OFF = "0.25s";
    /** The services' JVM options for this budget. */
    static final String ATTEMPTS_OPTION = "-Dconsumer.retry.attempts=" + ATTEMPTS;
    static final String MAX_BACK_OFF_OPTION = "-Dconsumer.retry.max-back-off=" + MAX_BACK_OFF;

    private static final Duration FIRST_BACK_OFF = Duration.ofMillis(200);
    private static final double JITTER = 0.5;

    private RetryBudget() {
    }

    /** The longest the retries can take, every pause drawn at its longest. */
    static Duration longest() {
        Duration maxBackOff = Duration.parse("PT" + MAX_BACK_OFF);
        Duration total = Duration.ZERO;
        Duration pause = FIRST_BACK_OFF;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Duration withJitter = pause.plusMillis((long) (pause.toMillis() * JITTER));
            total = total.plus(withJitter.compareTo(maxBackOff) < 0 ? withJitter : maxBackOff);
            pause = pause.multipliedBy(2).compareTo(maxBackOff) < 0 ? pause.multipliedBy(2) : maxBackOff;
        }
        return total;
    }
}
