package nl.permitholders.infrastructure.stores;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.BiFunction;

/** Queries outside a store: through an EntityManager, a Panache query, and a Panache query as a method reference. */
public class RoomSearch {

    EntityManager entityManager;

    List<Room> free() {
        return entityManager.createQuery("from Room where free = true", Room.class).getResultList();
    }

    Uni<List<Room>> taken() {
        return Room.list("free = ?1", false);
    }

    BiFunction<String, Object[], PanacheQuery<Room>> finder() {
        return Room::find;
    }
}
