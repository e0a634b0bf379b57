package nl.permitholders.infrastructure.naming;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** A store named as a collection (as {@code PeriodQuotas} was): its name does not say it is a store. */
@ApplicationScoped
public class WardBook {

    @Inject
    EntityManager entityManager;

    public void add(Bed bed) {
        entityManager.persist(bed);
    }
}
