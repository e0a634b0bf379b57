package nl.permitholders.infrastructure.clinic.bed;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Broken: a bean whose name says no role (a store? a service?). */
@ApplicationScoped
public class BedLedger {

    public Uni<List<Bed>> free(String ward) {
        return Bed.freeIn(ward);
    }
}
