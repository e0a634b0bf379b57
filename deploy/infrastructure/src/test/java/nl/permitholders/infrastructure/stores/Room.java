package nl.permitholders.infrastructure.stores;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import java.util.List;
import java.util.UUID;

/** A Panache entity for {@code StoreRulesTest}: the store of its own table, its queries on itself allowed. */
@Entity
@NamedQuery(name = "Room.free", query = "from Room where free = true")
public class Room extends PanacheEntityBase {

    @Id
    public UUID id;

    public boolean free;

    /** Its own query, by its name. */
    public static Uni<List<Room>> freeRooms() {
        return list("free", true);
    }
}
