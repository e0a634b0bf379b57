package nl.permitholders.supervision.coaposition;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.permitholders.supervision.ledger.AdoptedFigure;
import nl.permitholders.supervision.ledger.Adopter;

/** The adoptions of COA's positions ({@code coa_position_adoption}) and what an adoption changes beside them. */
public final class CoaAdoptionStore {

    private static final String COLUMNS = "a.id, a.municipality_code, a.deadline, a.position, a.import_id, a.line, a.reason, a.adopted_by, "
            + "a.adopted_at, a.kind, l.reference_date, a.adopter, a.decided_on";
    private static final String ADOPTIONS = "SELECT " + COLUMNS + " FROM coa_position_adoption a "
            + "JOIN coa_position_line l ON l.import_id = a.import_id AND l.line = a.line ";

    private CoaAdoptionStore() {
    }

    /** Every adoption for the municipalities of the province, in the order decided. */
    public static Uni<List<Adoption>> ofProvince(SqlClient db, String provinceCode) {
        return db.preparedQuery(ADOPTIONS + "JOIN municipality m ON m.code = a.municipality_code WHERE m.province_code = $1 "
                        + "ORDER BY a.adopted_at, a.id").execute(Tuple.of(provinceCode)).map(CoaAdoptionStore::adoptions);
    }

    /** Every adoption for the municipality, in the order decided. */
    public static Uni<List<Adoption>> ofMunicipality(SqlClient db, String code) {
        return db.preparedQuery(ADOPTIONS + "WHERE a.municipality_code = $1 ORDER BY a.adopted_at, a.id").execute(Tuple.of(code))
                .map(CoaAdoptionStore::adoptions);
    }

    private static List<Adoption> adoptions(RowSet<Row> rows) {
        List<Adoption> all = new ArrayList<>();
        rows.forEach(row -> all.add(new Adoption(row.getUUID("id"), row.getString("municipality_code"), row.getLocalDate("deadline"),
                AdoptedFigure.valueOf(row.getString("kind")), row.getInteger("position"), row.getLocalDate("reference_date"),
                row.getUUID("import_id"), row.getInteger("line"), row.getString("reason"), row.getString("adopted_by"),
                row.getOffsetDateTime("adopted_at").toInstant(), Adopter.valueOf(row.getString("adopter")), row.getLocalDate("decided_on"))));
        return all;
    }

    /** The codes of the province's municipalities, in no order. */
    public static Uni<List<String>> municipalitiesOfProvince(SqlClient db, String provinceCode) {
        return db.preparedQuery("SELECT code FROM municipality WHERE province_code = $1").execute(Tuple.of(provinceCode)).map(rows -> {
            List<String> codes = new ArrayList<>();
            rows.forEach(row -> codes.add(row.getString("code")));
            return codes;
        });
    }

    /** Stores each adoption. */
    public static Uni<RowSet<Row>> insert(SqlClient db, List<Adoption> adoptions) {
        List<Tuple> batch = adoptions.stream().map(a -> Tuple.tuple().addUUID(a.id()).addString(a.municipalityCode())
                .addLocalDate(a.deadline()).addInteger(a.position()).addUUID(a.importId()).addInteger(a.line()).addString(a.reason())
                .addString(a.adoptedBy()).addOffsetDateTime(a.adoptedAt().atOffset(ZoneOffset.UTC)).addString(a.figure().name())
                .addString(a.adopter().name()).addLocalDate(a.decidedOn())).toList();
        return db.preparedQuery("INSERT INTO coa_position_adoption (id, municipality_code, deadline, "
                        + "position, import_id, line, reason, adopted_by, adopted_at, kind, adopter, decided_on) "
                        + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)").executeBatch(batch);
    }
}
