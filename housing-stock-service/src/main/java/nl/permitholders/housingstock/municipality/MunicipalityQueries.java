package nl.permitholders.housingstock.municipality;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.permitholders.platform.api.ResourceNotFoundException;

/** Reads the municipality register for the resources. */
@ApplicationScoped
@WithSession
public class MunicipalityQueries {

    /** The municipality as the register here knows it; 404 when it does not (yet). */
    public Uni<Municipality> known(String code) {
        return Municipality.<Municipality>findById(code)
                .onItem().ifNull().failWith(() -> new ResourceNotFoundException(
                        "Municipality " + code + " is not (yet) known from the municipality register."));
    }
}
