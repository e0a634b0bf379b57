package nl.permitholders.supervision.round;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.permitholders.supervision.reference.ProvinceStore;
import nl.permitholders.supervision.store.ReadPool;

/** What the round's letters read of the register besides the figures and the letters' states. */
@ApplicationScoped
public class ProvinceLettersQueries {

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool reads;

    /** The province's name as the register knows it; empty when it does not. */
    public Uni<Optional<String>> provinceName(String code) {
        return ProvinceStore.name(reads, code);
    }
}
