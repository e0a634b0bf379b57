package nl.permitholders.quota.reference;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.permitholders.platform.security.MunicipalityProvinces;

/**
 * The province of a municipality as registered here, for a province caller's tenant check. Quota answers only for
 * registered municipalities, so an unregistered one is 404 to its province as to the Rijk.
 */
@ApplicationScoped
public class RegisteredProvinces implements MunicipalityProvinces {

    @Override
    public Uni<String> provinceOf(String municipalityCode) {
        return Panache.withSession(() -> Municipality.<Municipality>findById(municipalityCode))
                .onItem().ifNull().failWith(() -> Municipality.notRegistered(municipalityCode))
                .map(municipality -> municipality.provinceCode);
    }
}
