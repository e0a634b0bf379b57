package nl.permitholders.supervision.coaposition;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.supervision.figures.MunicipalityLedgers;
import nl.permitholders.supervision.projection.ReadPool;

/**
 * COA's positions province staff adopted at a deadline as the municipality's from then on: a re-anchoring of its
 * ledger ({@code ledger.ReAnchoring}). Adopting raises the municipality's ledger version in the same transaction, as
 * recording a verdict does, so no figure cached from before is taken for current. Only ever added to: a later
 * adoption at the same deadline follows an earlier one.
 */
@ApplicationScoped
public class CoaAdoptions {

    public static final int REASON_MAX = 500;
    private static final String COLUMNS = "id, municipality_code, deadline, position, import_id, line, reason, adopted_by, adopted_at";

    /** An adoption: COA's position on the day before {@code deadline}, from the import line it came from. */
    public record Adoption(UUID id, String municipalityCode, LocalDate deadline, int position, UUID importId, int line, String reason,
                           String adoptedBy, Instant adoptedAt) {

        /** The reference date of COA's position adopted: the last day of the half-year that ends at the deadline. */
        public LocalDate referenceDate() {
            return referenceDateOf(deadline);
        }
    }

    @Inject
    Pool pool;

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool reads;

    @Inject
    CoaPositionImports imports;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    static LocalDate referenceDateOf(LocalDate deadline) {
        return deadline.minusDays(1);
    }

    /**
     * Adopts COA's position at {@code deadline} (a 1 January or 1 July that has come) from the latest import with a
     * line for the municipality on the day before; 400 naming deadline when it is no such date or no import has it.
     */
    public Uni<Adoption> adopt(String code, LocalDate deadline, String reason) {
        LocalDate today = LocalDate.now(clock);
        if (deadline.getDayOfMonth() != 1 || deadline.getMonthValue() != 1 && deadline.getMonthValue() != 7) {
            throw InvalidInputException.of("deadline", "must be a deadline: a 1 January or 1 July");
        }
        if (deadline.isAfter(today)) {
            throw InvalidInputException.of("deadline", "lies in the future: a position can be adopted once the deadline has come");
        }
        LocalDate referenceDate = referenceDateOf(deadline);
        return imports.latest(code, referenceDate).flatMap(found -> {
            if (found == null) {
                throw InvalidInputException.of("deadline", "no import of COA's positions has a line for " + code + " on "
                        + referenceDate + ", the day before the deadline: import COA's file of that date first");
            }
            Adoption adoption = new Adoption(UUID.randomUUID(), code, deadline, found.line().position(), found.importId(),
                    found.line().line(), reason, caller.name(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
            Tuple row = Tuple.tuple().addUUID(adoption.id()).addString(code).addLocalDate(deadline).addInteger(adoption.position())
                    .addUUID(adoption.importId()).addInteger(adoption.line()).addString(reason).addString(adoption.adoptedBy())
                    .addOffsetDateTime(adoption.adoptedAt().atOffset(ZoneOffset.UTC));
            return pool.withTransaction(db -> db.preparedQuery("INSERT INTO coa_position_adoption (" + COLUMNS
                                    + ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)").execute(row)
                            .chain(() -> db.preparedQuery(MunicipalityLedgers.RAISE_VERSION).execute(Tuple.of(code))))
                    .replaceWith(adoption);
        });
    }

    /**
     * Per municipality of the province, the reference dates whose COA position province staff adopted (the day before
     * each deadline adopted at), as "code date".
     */
    public Uni<Set<String>> adoptedReferenceDates(String provinceCode) {
        return reads.preparedQuery("SELECT DISTINCT a.municipality_code, a.deadline FROM coa_position_adoption a "
                        + "JOIN municipality m ON m.code = a.municipality_code WHERE m.province_code = $1")
                .execute(Tuple.of(provinceCode))
                .map(rows -> {
                    Set<String> adopted = new HashSet<>();
                    rows.forEach(row -> adopted.add(row.getString(0) + " " + referenceDateOf(row.getLocalDate(1))));
                    return adopted;
                });
    }

    /** Every adoption for the municipality, in the order decided. */
    public Uni<List<Adoption>> of(String code) {
        return reads.preparedQuery("SELECT " + COLUMNS + " FROM coa_position_adoption WHERE municipality_code = $1 ORDER BY adopted_at, id")
                .execute(Tuple.of(code))
                .map(rows -> {
                    List<Adoption> all = new ArrayList<>();
                    rows.forEach(row -> all.add(adoption(row)));
                    return all;
                });
    }

    private static Adoption adoption(Row row) {
        return new Adoption(row.getUUID(0), row.getString(1), row.getLocalDate(2), row.getInteger(3), row.getUUID(4), row.getInteger(5),
                row.getString(6), row.getString(7), row.getOffsetDateTime(8).toInstant());
    }
}
