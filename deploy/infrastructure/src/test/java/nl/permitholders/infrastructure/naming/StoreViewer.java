package nl.permitholders.infrastructure.naming;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** Request-scoped, but it reads the store: an application service by another name, no identity. */
@RequestScoped
public class StoreViewer {

    @Inject
    BedStore beds;

    public String status(UUID bedId) {
        return beds.bed(bedId).status;
    }
}
