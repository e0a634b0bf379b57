package nl.permitholders.infrastructure.naming;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** The application service that writes: takes a command, stores through its store. */
@ApplicationScoped
public class BedService {

    public record AssignBed(UUID bedId) {
    }

    public record Assigned(UUID bedId, String status) {
    }

    @Inject
    BedStore store;

    @Inject
    LedgerService ledger;

    @Inject
    EntityManager entityManager;

    public Assigned assign(AssignBed command) {
        Bed bed = store.bed(command.bedId());
        bed.status = "ASSIGNED";
        entityManager.persist(bed);
        ledger.note(bed.id);
        return new Assigned(bed.id, bed.status);
    }
}
