package nl.permitholders.infrastructure.clinic.bed;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;
import java.util.UUID;

/** A bed, the store of its own table. */
@Entity
public class Bed extends PanacheEntityBase {

    @Id
    public UUID id;

    public String ward;

    public boolean free;

    public static Uni<List<Bed>> freeIn(String ward) {
        return list("ward = ?1 and free = true", ward);
    }
}
