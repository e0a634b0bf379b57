package nl.permitholders.infrastructure.writepath;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.UUID;

/** Holds the persistence context itself. */
public class EntityManagerResource {

    EntityManager entityManager;

    public Ward lock(UUID wardId) {
        return entityManager.find(Ward.class, wardId, LockModeType.PESSIMISTIC_WRITE);
    }
}
