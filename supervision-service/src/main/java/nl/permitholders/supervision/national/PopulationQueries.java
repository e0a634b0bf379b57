package nl.permitholders.supervision.national;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.permitholders.supervision.store.ReadPool;

/**
 * The populations quota-service published (nl.permitholders.quota.population-set.v1), as the projection keeps them:
 * per municipality and reference date (1 January) the highest version.
 */
@ApplicationScoped
public class PopulationQueries {

    /**
     * The populations on one reference date: the latest on or before a half-year's start on which any is known.
     *
     * @param referenceDate null when none is known on or before that day
     * @param persons       per municipality code; a municipality without a figure on that date is absent, also when it has
     *                      one on an earlier date (a continuing municipality of a merger is not given its predecessors')
     */
    public record On(LocalDate referenceDate, Map<String, Integer> persons) {

        public Integer of(String code) {
            return persons.get(code);
        }
    }

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool reads;

    /** The populations on the latest reference date on or before {@code day}. */
    public Uni<On> latestOnOrBefore(LocalDate day) {
        return reads.preparedQuery("SELECT municipality_code, reference_date, persons FROM population "
                        + "WHERE reference_date = (SELECT max(reference_date) FROM population WHERE reference_date <= $1)")
                .execute(Tuple.of(day)).map(rows -> {
                    LocalDate date = null;
                    Map<String, Integer> persons = new HashMap<>();
                    for (Row row : rows) {
                        date = row.getLocalDate("reference_date");
                        persons.put(row.getString("municipality_code"), row.getInteger("persons"));
                    }
                    return new On(date, persons);
                });
    }
}
