package nl.permitholders.infrastructure.clinic.bed;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Reads the beds for the resource, through the entity's own finder. */
@ApplicationScoped
public class BedQueries {

    public Uni<List<UUID>> free(String ward) {
        return Bed.freeIn(ward).map(beds -> beds.stream().map(bed -> bed.id).toList());
    }
}
