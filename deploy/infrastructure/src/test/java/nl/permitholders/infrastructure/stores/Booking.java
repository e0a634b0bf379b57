package nl.permitholders.infrastructure.stores;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

/** An entity that queries another entity's table: that query belongs to a store. */
@Entity
public class Booking extends PanacheEntityBase {

    @Id
    public UUID id;

    public static Uni<Long> freeRooms() {
        return Room.count("free", true);
    }
}
