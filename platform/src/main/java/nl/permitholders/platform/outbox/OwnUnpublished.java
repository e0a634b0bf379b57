package nl.permitholders.platform.outbox;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The events this instance committed and has not yet seen acknowledged by the broker. When the relay claims "every"
 * unpublished row (at start-up, after a failed publication) it takes these, and of the other rows only those older than
 * the publication grace: a younger row of another instance is that instance's to publish from memory, and claiming it
 * too would send it twice. Past {@link #LIMIT} events (a long broker outage), or after a write whose events were not
 * kept in memory, the set no longer knows them all: the relay then claims every row until the outbox has drained, as
 * before, trading the odd duplicate for bounded memory.
 * Plain Java, without the framework, so the rule can be tested on its own.
 */
final class OwnUnpublished {

    static final int LIMIT = 10_000;

    private final Set<UUID> events = ConcurrentHashMap.newKeySet();
    private volatile boolean overflowed;

    /** Committed by this instance, not yet acknowledged. */
    void committed(Collection<UUID> eventIds) {
        if (overflowed) {
            return;
        }
        events.addAll(eventIds);
        if (events.size() > LIMIT) {
            overflowed = true;
            events.clear();
        }
    }

    /** Committed by this instance, but which events is not known: until drained, every row is claimed. */
    void committedUnknown() {
        overflowed = true;
        events.clear();
    }

    /** Acknowledged by the broker: no longer this instance's to claim. */
    void published(Collection<UUID> eventIds) {
        events.removeAll(eventIds);
    }

    /** A claim of every row found nothing left: counting starts afresh. */
    void drained() {
        overflowed = false;
    }

    /** Whether a claim of "every" row must take every row, because the set no longer knows all of this instance's. */
    boolean overflowed() {
        return overflowed;
    }

    /** This instance's unpublished events, for a claim. */
    UUID[] ids() {
        return events.toArray(UUID[]::new);
    }
}
