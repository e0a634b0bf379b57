package nl.permitholders.infrastructure.clinic.bed;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** Assigns a bed: asks the rule, stores through the store. */
@ApplicationScoped
public class BedService {

    @Inject
    BedStore store;

    public Uni<Void> assign(UUID id) {
        return store.freeOf(id).flatMap(free -> {
            AssignmentRule.require(free);
            return store.assign(id);
        });
    }
}
