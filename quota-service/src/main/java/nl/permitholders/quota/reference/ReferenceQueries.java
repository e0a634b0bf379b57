package nl.permitholders.quota.reference;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import nl.permitholders.platform.api.ResourceNotFoundException;

/** Reads the register of provinces and municipalities; a code that is not registered is a 404. */
@ApplicationScoped
public class ReferenceQueries {

    public Uni<Municipality> municipality(String code) {
        return Municipality.<Municipality>findById(code).onItem().ifNull().failWith(() -> Municipality.notRegistered(code));
    }

    public Uni<Province> province(String code) {
        return Province.<Province>findById(code)
                .onItem().ifNull().failWith(() -> new ResourceNotFoundException("Province " + code + " is not registered."));
    }

    /** The register by code, of one province and existing on a date where they are set; paged by the caller in SQL. */
    public PanacheQuery<Municipality> municipalities(String provinceCode, LocalDate validOn) {
        return Municipality.listed(provinceCode, validOn);
    }

    public Uni<Map<String, String>> namesOf(Collection<String> codes) {
        return Municipality.namesOf(codes);
    }
}
