package nl.permitholders.infrastructure.stores;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import java.util.UUID;

/** An entity that holds SQL of its own: SQL belongs to a store. */
@Entity
@NamedNativeQuery(name = "CleanedRoom.all", query = "SELECT * FROM cleaned_room")
public class CleanedRoom {

    @Id
    public UUID id;
}
