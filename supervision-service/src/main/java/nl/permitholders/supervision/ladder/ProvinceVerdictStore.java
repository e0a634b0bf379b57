package nl.permitholders.supervision.ladder;

import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.permitholders.supervision.store.ReadPool;
import nl.permitholders.supervision.verdict.ProvinceVerdict;
import nl.permitholders.supervision.verdict.ProvinceVerdicts;
import nl.permitholders.supervision.verdict.Verdict;

/**
 * The verdicts province staff recorded, read back: for {@link ProvinceVerdictService}, which records them, and for the
 * reads that count them (the figures, the ladder, a letter).
 */
@ApplicationScoped
public class ProvinceVerdictStore {

    private static final String INSERT = "INSERT INTO province_verdict (" + ProvinceVerdictStore.COLUMNS
            + ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";

    static final String COLUMNS = "id, municipality_code, deadline, verdict, grounds, decided_on, decided_by, recorded_at, recorded_against";

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool reads;

    /** Every verdict recorded for the municipality. */
    public Uni<ProvinceVerdicts> of(String code) {
        return reads.preparedQuery("SELECT " + COLUMNS + " FROM province_verdict WHERE municipality_code = $1").execute(Tuple.of(code))
                .map(rows -> {
                    List<ProvinceVerdict> all = new ArrayList<>();
                    rows.forEach(row -> all.add(verdict(row)));
                    return ProvinceVerdicts.of(all);
                });
    }

    private static ProvinceVerdict verdict(Row row) {
        return new ProvinceVerdict(row.getUUID("id"), row.getString("municipality_code"), row.getLocalDate("deadline"),
                Verdict.valueOf(row.getString("verdict")), row.getString("grounds"), row.getLocalDate("decided_on"),
                row.getString("decided_by"), row.getOffsetDateTime("recorded_at").toInstant(), Verdict.valueOf(row.getString("recorded_against")));
    }

    /** Stores a province's own verdict. */
    public static Uni<RowSet<Row>> insert(SqlClient db, ProvinceVerdict verdict) {
        return db.preparedQuery(INSERT).execute(Tuple.tuple().addUUID(verdict.id()).addString(verdict.municipalityCode())
                .addLocalDate(verdict.deadline()).addString(verdict.verdict().name()).addString(verdict.grounds())
                .addLocalDate(verdict.decidedOn()).addString(verdict.decidedBy())
                .addOffsetDateTime(verdict.recordedAt().atOffset(ZoneOffset.UTC)).addString(verdict.recordedAgainst().name()));
    }
}
