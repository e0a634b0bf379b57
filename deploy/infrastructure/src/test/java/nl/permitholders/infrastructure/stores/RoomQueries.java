package nl.permitholders.infrastructure.stores;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Reads through the entity's and the store's named methods, by id and all: no query of its own. */
@ApplicationScoped
public class RoomQueries {

    RoomStore store;

    Uni<List<Room>> free() {
        return Room.freeRooms();
    }

    Uni<Room> one(UUID id) {
        return Room.findById(id);
    }

    Uni<List<Room>> all() {
        return Room.listAll();
    }

    Uni<List<Room>> taken() {
        return store.taken();
    }
}
