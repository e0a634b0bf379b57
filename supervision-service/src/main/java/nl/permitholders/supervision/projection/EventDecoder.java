package nl.permitholders.supervision.projection;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.permitholders.platform.events.EventTypes;
import nl.permitholders.platform.events.EventTypes.Handling;
import nl.permitholders.platform.events.IncomingEvent;
import nl.permitholders.platform.events.Rfc3339Module;
import nl.permitholders.platform.events.UnreadableEventException;
import nl.permitholders.supervision.projection.ConsumedEvents.Consumed;

/**
 * Reads what an event changes in the projection, from the event alone, so the live consumer and a rebuild from the
 * topics decide exactly the same. The decoder holds only the machinery: which record an event type's data reads as
 * ({@link ConsumedEvents#BY_TYPE}), reading it tolerantly, and what to do with a type it does not know; what an event
 * changes each record of {@link ConsumedEvents} says itself. An event that can never be applied (a type of no service,
 * unreadable or missing data, no valid period) throws {@link UnreadableEventException}: it belongs on the dead-letter
 * topic. Every event of the services concerns the projection, so one of a type or version it does not know yet (its
 * producer was upgraded first) throws {@link nl.permitholders.platform.events.EventNotKnownYetException}: it is kept
 * aside until a version that knows it runs ({@link EventTypes#everyType}).
 */
@ApplicationScoped
public class EventDecoder {

    /** Per event type, a reader of its data: unknown fields ignored (a tolerant reader), dates read fast ({@link Rfc3339Module}). */
    private final Map<String, ObjectReader> readers = new HashMap<>();

    @Inject
    EventDecoder(ObjectMapper json) {
        ObjectMapper events = json.copy().registerModule(new Rfc3339Module()).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        ConsumedEvents.BY_TYPE.forEach((type, data) -> readers.put(type, events.readerFor(data)));
    }

    public Decoded decode(IncomingEvent event) {
        ObjectReader reader = readers.get(event.type());
        if (reader != null) {
            Consumed data = event.data(reader);
            return new Decoded(event, data.changes(event));
        }
        if (ConsumedEvents.KNOWN_WITHOUT_EFFECT.contains(event.type())) {
            return new Decoded(event, List.of());
        }
        throw TYPES.of(event.type()) == Handling.UNREADABLE ? event.unknownType() : event.notKnownYet();
    }

    /** The types the projection knows: those that change it and those it reads and ignores. */
    private static final EventTypes TYPES = EventTypes.everyType(union(ConsumedEvents.BY_TYPE.keySet(), ConsumedEvents.KNOWN_WITHOUT_EFFECT));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
