package nl.permitholders.supervision.coaposition;

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
import nl.permitholders.supervision.ledger.AdoptedFigure;
import nl.permitholders.supervision.ledger.Adopter;
import nl.permitholders.supervision.store.ReadPool;

/** COA's positions province staff adopted, read: a municipality's, a province's, the deadlines of adopted end positions. */
@ApplicationScoped
public class CoaAdoptionQueries {

    private static final String COLUMNS = "a.id, a.municipality_code, a.deadline, a.position, a.import_id, a.line, a.reason, a.adopted_by, "
            + "a.adopted_at, a.kind, l.reference_date, a.adopter";
    private static final String ADOPTIONS = "SELECT " + COLUMNS + " FROM coa_position_adoption a "
            + "JOIN coa_position_line l ON l.import_id = a.import_id AND l.line = a.line ";

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool reads;

    /** Every adoption for the municipalities of the province, in the order decided. */
    public Uni<List<Adoption>> ofProvince(String provinceCode) {
        return reads.preparedQuery(ADOPTIONS + "JOIN municipality m ON m.code = a.municipality_code WHERE m.province_code = $1 "
                        + "ORDER BY a.adopted_at, a.id")
                .execute(Tuple.of(provinceCode))
                .map(rows -> {
                    List<Adoption> all = new ArrayList<>();
                    rows.forEach(row -> all.add(adoption(row)));
                    return all;
                });
    }

    /** Every adoption for the municipality, in the order decided. */
    public Uni<List<Adoption>> of(String code) {
        return reads.preparedQuery(ADOPTIONS + "WHERE a.municipality_code = $1 ORDER BY a.adopted_at, a.id")
                .execute(Tuple.of(code))
                .map(rows -> {
                    List<Adoption> all = new ArrayList<>();
                    rows.forEach(row -> all.add(adoption(row)));
                    return all;
                });
    }

    private static Adoption adoption(Row row) {
        return new Adoption(row.getUUID(0), row.getString(1), row.getLocalDate(2), AdoptedFigure.valueOf(row.getString(9)),
                row.getInteger(3), row.getLocalDate(10), row.getUUID(4), row.getInteger(5), row.getString(6), row.getString(7),
                row.getOffsetDateTime(8).toInstant(), Adopter.valueOf(row.getString(11)));
    }
}
