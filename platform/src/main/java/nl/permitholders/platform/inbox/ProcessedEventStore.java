package nl.permitholders.platform.inbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Remembers which events a consumer has handled. Called inside the consumer's transaction, so the record of an
 * event and its effect commit together: a redelivered event is recognised and changes nothing.
 */
@ApplicationScoped
public class ProcessedEventStore {

    private static final String INSERT = "INSERT INTO processed_event (event_id, type) VALUES (?1, ?2) "
            + "ON CONFLICT (event_id) DO NOTHING";

    /** Records the event as handled; true the first time, false for a duplicate delivery. */
    public Uni<Boolean> firstDelivery(UUID eventId, String type) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(INSERT)
                        .setParameter(1, eventId)
                        .setParameter(2, type)
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
