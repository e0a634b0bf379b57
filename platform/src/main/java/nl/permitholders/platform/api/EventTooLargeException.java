package nl.permitholders.platform.api;

/**
 * A write would append an event larger than the outbox's producer may send ({@code max.request.size}): it could never
 * be published, so the write is refused and nothing is stored. Answered with a 413 problem.
 */
public class EventTooLargeException extends RuntimeException {

    public EventTooLargeException(String type, int size, int limit) {
        super("The change would publish an event " + type + " of " + size + " bytes, more than the " + limit
                + " bytes an event may have; make it smaller (fewer items per request, shorter texts).");
    }
}
