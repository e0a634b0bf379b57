package nl.permitholders.platform.inbox;

import io.smallrye.mutiny.Uni;
import java.util.Set;
import nl.permitholders.platform.events.IncomingEvent;

/** A consumer that {@link DeferredEvents} offers again the events it kept aside, of the topics it consumes. */
public interface DeferredEventConsumer {

    /** The topics it consumes (as its channels' {@code topic} configuration names them). */
    Set<String> topics();

    /**
     * Applies a kept event exactly once, as a delivery of its record would (an event applied before changes nothing);
     * fails with {@link nl.permitholders.platform.events.EventNotKnownYetException} while it does not know it.
     */
    Uni<Void> applyDeferred(String topic, IncomingEvent event);
}
