package nl.permitholders.infrastructure.naming;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** A store, named for what it is: the application service uses it, no resource does. */
@ApplicationScoped
public class BedStore {

    @Inject
    EntityManager entityManager;

    public Bed bed(UUID id) {
        return entityManager.find(Bed.class, id);
    }
}
