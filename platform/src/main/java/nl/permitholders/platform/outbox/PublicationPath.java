package nl.permitholders.platform.outbox;

/**
 * Which way the relay publishes a write's events once it has committed: straight from memory, or by claiming rows from
 * the table. Publishing from memory saves a transaction and a round trip per write, but may only be done while no
 * older event waits in the outbox, or it would overtake it: so the relay starts by claiming (events left by an
 * earlier run may wait), claims again from the first failed publication on (the broker is away; what waits is
 * published in order when it is back), and publishes from memory only once a claim found nothing left to publish.
 * Plain Java, without the framework, so the rule can be tested on its own.
 */
final class PublicationPath {

    private boolean fromMemory;
    /** Bumped at every failure, so that a claim that began before a failure cannot declare the outbox drained. */
    private long failures;

    /** Whether a committed write's events may be published straight from memory now. */
    synchronized boolean fromMemory() {
        return fromMemory;
    }

    /**
     * A publication failed: its events wait in the table, and what comes after must not overtake them.
     *
     * @return whether this failure ended publishing from memory (false while the relay claims anyway)
     */
    synchronized boolean failed() {
        boolean wasFromMemory = fromMemory;
        fromMemory = false;
        failures++;
        return wasFromMemory;
    }

    /**
     * A write committed events it did not keep in memory: they wait in the table, and what comes after must not overtake
     * them; as after a failure, a claim that began before cannot declare the outbox drained.
     */
    synchronized void behindTheTable() {
        fromMemory = false;
        failures++;
    }

    /** What a claim starting now must hand back to {@link #drained} when it finds the outbox empty. */
    synchronized long claimStarted() {
        return failures;
    }

    /** A claim that started at {@code token} found nothing left to publish and published all it claimed. */
    synchronized void drained(long token) {
        if (token == failures) {
            fromMemory = true;
        }
    }
}
