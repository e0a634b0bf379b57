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

    private final CopyOnWriteArrayList<Consumer<Set<String>>> listeners = new CopyOnWriteArrayList<>();

    public Runnable listen(Consumer<Set<String>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void changed(Set<String> municipalityCodes) {
        if (municipalityCodes.isEmpty()) {
            return;
        }
        Set<String> changed = Set.copyOf(municipalityCodes);
        listeners.forEach(listener -> listener.accept(changed));
    }
}
