package nl.permitholders.faulttests;

import java.time.Duration;

/**
 * How long the outbox's producer of the fault stack tries to deliver an event before the send fails and the row waits
 * in the outbox for the relay's next sweep: {@value #DELIVERY_MS} ms, waiting at most {@value #BLOCK_MS} ms for the
 * broker to answer. Production's is 30 s, waiting 10 s (docs/configuration.md); the fault stack's is shorter, so that
 * a broker outage which must outlast it is short too, and proves the same: the outbox, not the producer's buffer,
 * carries the events across the outage.
 */
final class DeliveryTimeout {

    static final int DELIVERY_MS = 5000;
    static final int BLOCK_MS = 2000;
    /** The services' JVM options for these timeouts. */
    static final String DELIVERY_OPTION = "-Doutbox.producer.delivery.timeout.ms=" + DELIVERY_MS;
    static final String REQUEST_OPTION = "-Doutbox.producer.request.timeout.ms=" + BLOCK_MS;
    static final String BLOCK_OPTION = "-Doutbox.producer.max.block.ms=" + BLOCK_MS;

    private DeliveryTimeout() {
    }

    static Duration delivery() {
        return Duration.ofMillis(DELIVERY_MS);
    }
}
