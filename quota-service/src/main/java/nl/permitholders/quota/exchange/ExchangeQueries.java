package nl.permitholders.quota.exchange;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.permitholders.platform.api.ResourceNotFoundException;

/** Reads the exchanges of quota between municipalities. */
@ApplicationScoped
public class ExchangeQueries {

    /** An exchange with its changes by municipality code; 404 when there is none with this id. */
    public Uni<Exchanged> exchange(UUID id) {
        return QuotaExchangeRecord.<QuotaExchangeRecord>findById(id)
                .onItem().ifNull().failWith(() -> new ResourceNotFoundException("No exchange with id " + id + "."))
                .flatMap(exchange -> QuotaExchangeChange.of(id).map(changes -> new Exchanged(exchange, changes)));
    }

    public record Exchanged(QuotaExchangeRecord exchange, List<QuotaExchangeChange> changes) {
    }
}
