package nl.permitholders.supervision.live;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tells whoever listens (the Server-Sent Events streams) which municipalities' figures may have changed, right after
 * the transaction that changed them committed. In memory: a stream hears of the events this instance consumed.
 */
@ApplicationScoped
public class FigureChanges {

    /** The projection's version is not known to the teller (a rebuild's exchange). */
    public static final long VERSION_UNKNOWN = -1;

    /**
     * Municipalities whose figures may have changed, and the projection's version that holds the change (or
     * {@link #VERSION_UNKNOWN}): figures computed at that version or later show it.
     */
    public record Change(Set<String> municipalityCodes, long version) {
    }

    private final CopyOnWriteArrayList<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();

    public Runnable listen(Consumer<Change> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void changed(Set<String> municipalityCodes, long version) {
        if (municipalityCodes.isEmpty()) {
            return;
        }
        Change change = new Change(Set.copyOf(municipalityCodes), version);
        listeners.forEach(listener -> listener.accept(change));
    }
}
