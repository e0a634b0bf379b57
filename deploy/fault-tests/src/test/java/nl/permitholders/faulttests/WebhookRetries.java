package nl.permitholders.faulttests;

import java.time.Duration;

/**
 * The webhook settings of the fault stack's webhook-service and how long scenario 9's receiver is down. Production
 * retries a failed delivery after 10 s, doubling up to an hour, for 24 hours; the fault stack after {@value #BASE},
 * doubling up to {@value #MAXIMUM}, so that a short outage spans as many retry rounds as a long one in production and
 * proves the same: every delivery is tried again and again while the receiver is down, and none is lost or reordered
 * when it recovers. The outage is {@code -Dwebhook-outage=PT10M} for the ten minutes; the build's is
 * {@value #BUILD_OUTAGE}, to keep the build short.
 */
final class WebhookRetries {

    static final String BASE = "100ms";
    static final String MAXIMUM = "1s";
    static final String BUILD_OUTAGE = "PT40S";

    /** The services' JVM options (webhook-service reads them): these retries, and receivers on localhost over plain http, as in the tests. */
    static final String BASE_OPTION = "-Dwebhooks.retry.base=" + BASE;
    static final String MAXIMUM_OPTION = "-Dwebhooks.retry.maximum=" + MAXIMUM;
    static final String POLL_OPTION = "-Dwebhooks.poll-interval=200ms";
    static final String HTTP_OPTION = "-Dwebhooks.allow-http=true";
    static final String LOCALHOST_OPTION = "-Dwebhooks.internal-hosts-allowed=localhost";

    private WebhookRetries() {
    }

    /** How long the receiver answers 503: {@code -Dwebhook-outage} (ISO-8601), else {@value #BUILD_OUTAGE}. */
    static Duration outage() {
        return Duration.parse(System.getProperty("webhook-outage", BUILD_OUTAGE));
    }

    /** The fewest retry rounds the first delivery of an outage of {@code outage} makes, every pause at its longest. */
    static int leastRounds(Duration outage) {
        Duration maximum = Duration.ofSeconds(1);
        Duration pause = Duration.ofMillis(100);
        Duration spent = Duration.ZERO;
        int rounds = 0;
        while (spent.plus(pause).compareTo(outage) < 0) {
            spent = spent.plus(pause);
            rounds++;
            pause = pause.multipliedBy(2).compareTo(maximum) < 0 ? pause.multipliedBy(2) : maximum;
        }
        return rounds;
    }
}
