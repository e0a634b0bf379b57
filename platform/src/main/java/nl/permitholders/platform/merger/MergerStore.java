package nl.permitholders.platform.merger;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import nl.permitholders.platform.security.Succession;

/**
 * Reads the mergers and splits kept from quota.events. On the pool, outside any Hibernate session, so that it serves
 * a request's session and the scheduler alike.
 */
@ApplicationScoped
public class MergerStore {

    private static final String MERGERS = "SELECT merged_code, continuing_code, effective_date FROM municipality_merger";
    private static final String SPLITS = "SELECT split_code, receiver_code, effective_date FROM municipality_split_receiver "
            + "ORDER BY split_code, position";

    @Inject
    Pool pool;

    Uni<Succession> succession() {
        return pool.query(MERGERS).execute()
                .flatMap(mergerRows -> pool.query(SPLITS).execute().map(splitRows -> {
                    List<Succession.Merger> mergers = new ArrayList<>();
                    mergerRows.forEach(row -> mergers.add(new Succession.Merger(row.getString(0), row.getString(1), row.getLocalDate(2))));
                    List<Succession.Receiver> receivers = new ArrayList<>();
                    splitRows.forEach(row -> receivers.add(new Succession.Receiver(row.getString(0), row.getString(1), row.getLocalDate(2))));
                    return Succession.ofReceivers(mergers, receivers);
                }));
    }
}
