package nl.permitholders.supervision.opendata;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.permitholders.supervision.store.ReadPool;

/**
 * The populations supervision holds (quota-service's nl.permitholders.quota.population-set.v1, the highest version per
 * municipality and reference date, as the projection keeps them), read for the open data ({@link PopulationFiles}).
 */
@ApplicationScoped
public class OpenDataPopulationStore {

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool reads;

    /** The reference dates on which any population is known, first to last. */
    public Uni<List<LocalDate>> referenceDates() {
        return reads.query("SELECT DISTINCT reference_date FROM population ORDER BY reference_date").execute().map(rows -> {
            List<LocalDate> dates = new ArrayList<>();
            rows.forEach(row -> dates.add(row.getLocalDate("reference_date")));
            return dates;
        });
    }

    /** Every municipality's population on {@code referenceDate}, by code; empty when none is known. */
    public Uni<List<PopulationFiles.Row>> on(LocalDate referenceDate) {
        return reads.preparedQuery("SELECT p.municipality_code, m.name, p.reference_date, p.persons FROM population p "
                        + "LEFT JOIN municipality m ON m.code = p.municipality_code WHERE p.reference_date = $1 ORDER BY p.municipality_code")
                .execute(Tuple.of(referenceDate)).map(rows -> {
                    List<PopulationFiles.Row> found = new ArrayList<>();
                    for (Row row : rows) {
                        found.add(new PopulationFiles.Row(row.getString("municipality_code"), row.getString("name"),
                                row.getLocalDate("reference_date"), row.getInteger("persons")));
                    }
                    return found;
                });
    }
}
