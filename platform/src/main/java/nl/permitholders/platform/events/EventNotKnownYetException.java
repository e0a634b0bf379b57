package nl.permitholders.platform.events;

/**
 * An event of a type or version its consumer does not know yet (its producer was upgraded first): not poison, so it
 * is kept aside and offered again until a version of the consumer that knows it applies it
 * ({@link nl.permitholders.platform.inbox.DeferredEvents}).
 */
public class EventNotKnownYetException extends RuntimeException {

    public EventNotKnownYetException(String message) {
        super(message, null, false, false);
    }
}
