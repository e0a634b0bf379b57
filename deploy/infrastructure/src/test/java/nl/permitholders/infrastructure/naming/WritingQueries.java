package nl.permitholders.infrastructure.naming;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Named as a read, but it writes: a transaction, a lock, a change. */
@ApplicationScoped
public class WritingQueries {

    @Inject
    EntityManager entityManager;

    @Transactional
    public String status(UUID bedId) {
        Bed bed = entityManager.find(Bed.class, bedId, LockModeType.PESSIMISTIC_WRITE);
        bed.status = "SEEN";
        return bed.status;
    }
}
