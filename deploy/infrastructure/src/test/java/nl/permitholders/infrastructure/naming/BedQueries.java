package nl.permitholders.infrastructure.naming;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** The application service that reads: it finds, it changes nothing. */
@ApplicationScoped
public class BedQueries {

    @Inject
    EntityManager entityManager;

    public String status(UUID bedId) {
        return entityManager.find(Bed.class, bedId).status;
    }
}
