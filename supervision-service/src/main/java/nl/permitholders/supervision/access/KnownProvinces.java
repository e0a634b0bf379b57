package nl.permitholders.supervision.access;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.permitholders.platform.security.MunicipalityProvinces;
import nl.permitholders.supervision.store.ReadPool;

/**
 * The province a municipality lies in, from this service's own table of municipalities: what lets a province reach
 * its own municipalities' supervision data (and no others'). A municipality not known here belongs to no province.
 */
@ApplicationScoped
public class KnownProvinces implements MunicipalityProvinces {

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool pool;

    @Override
    public Uni<String> provinceOf(String municipalityCode) {
        return MunicipalityProvinceStore.provinceOf(pool, municipalityCode)
                .map(found -> found.orElse(null));
    }
}
