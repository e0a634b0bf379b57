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
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.supervision.store.MunicipalityLedgers;
import nl.permitholders.supervision.ledger.AdoptedFigure;
import nl.permitholders.supervision.ledger.Adopter;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.supervision.ledger.LedgerEntry;
import nl.permitholders.supervision.verdict.VerdictRecorder;
import nl.permitholders.supervision.store.ReadPool;

/**
 * COA's positions province staff adopted at a deadline as the municipality's from then on: a re-anchoring of its
 * ledger ({@code ledger.ReAnchoring}), on COA's end position or, where COA later carried a different amount into the
 * half-year, on that revision. Adopting raises the municipality's ledger version and judges its closed half-years
 * again in the same transaction, so no figure cached from before is taken for current and a verdict the adoption
 * changes is recorded with the adoption as its cause (R7). Only ever added to: a later adoption at the same deadline
 * follows an earlier one.
 */
@ApplicationScoped
public class CoaAdoptionService {

    public static final int REASON_MAX = 500;
    private static final String COLUMNS = "a.id, a.municipality_code, a.deadline, a.position, a.import_id, a.line, a.reason, a.adopted_by, "
            + "a.adopted_at, a.kind, l.reference_date, a.adopter";
    private static final String ADOPTIONS = "SELECT " + COLUMNS + " FROM coa_position_adoption a "
            + "JOIN coa_position_line l ON l.import_id = a.import_id AND l.line = a.line ";

    /** The cause a verdict judged again names: the adoption, by its id. */
    public static final String ADOPTED_CAUSE = LedgerEntry.ANCHORED_TYPE;

    /**
     * An adoption: {@code figure} of COA's line {@code line} of import {@code importId} (reference date
     * {@code referenceDate}) as the backlog carried into the half-year starting at {@code deadline}.
     */
    public record Adoption(UUID id, String municipalityCode, LocalDate deadline, AdoptedFigure figure, int position, LocalDate referenceDate,
                           UUID importId, int line, String reason, String adoptedBy, Instant adoptedAt, Adopter adopter) {
    }

    @Inject
    Pool pool;

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool reads;

    @Inject
    CoaPositionImportService imports;

    @Inject
    Caller caller;

    @Inject
    VerdictRecorder verdicts;

    @Inject
    Clock clock;

    /**
     * Adopts {@code figure} of COA's at {@code deadline} (a 1 January or 1 July that has come): its end position from the
     * latest import with a line for the municipality on the deadline or the day before, or the amount it carried into the
     * half-year starting there from the latest line of that half-year ({@link CoaConvention#referenceDates}); 400 naming
     * deadline when it is no such date or no import has such a line. In the same transaction the municipality's closed
     * half-years are judged again, naming the adoption as the cause.
     */
    public Uni<Adoption> adopt(String code, LocalDate deadline, AdoptedFigure figure, String reason) {
        return adopt(code, deadline, figure, reason, null);
    }

    /**
     * As {@link #adopt(String, LocalDate, AdoptedFigure, String)}, from import {@code importId} when given: the way to
     * confirm a figure COA revised in a later import (400 naming importId when that import has no such line).
     */
    public Uni<Adoption> adopt(String code, LocalDate deadline, AdoptedFigure figure, String reason, UUID importId) {
        LocalDate[] dates = referenceDates(deadline, figure);
        return imports.latest(code, dates[0], dates[1], importId).flatMap(found -> {
            if (found == null && importId != null) {
                throw InvalidInputException.of("importId", "import " + importId + " has no line for " + code + " from " + dates[0]
                        + " to " + dates[1]);
            }
            if (found == null) {
                throw InvalidInputException.of("deadline", "no import of COA's positions has a line for " + code + " from "
                        + dates[0] + " to " + dates[1] + lacking(figure));
            }
            return store(List.of(adoption(found, deadline, figure, reason))).map(stored -> stored.get(0));
        });
    }

    /**
     * The Rijk's adoption at national level: {@code figure} of COA's at {@code deadline}, as {@link #adopt} takes it, for
     * every municipality of the country that an import has such a line for, in one transaction that judges all of them
     * again. 400 naming deadline when it is no deadline that has come or no import has a line for any municipality.
     */
    public Uni<List<Adoption>> adoptNationally(LocalDate deadline, AdoptedFigure figure, String reason) {
        LocalDate[] dates = referenceDates(deadline, figure);
        return imports.latestOfCountry(dates[0], dates[1]).flatMap(found -> {
            if (found.isEmpty()) {
                throw InvalidInputException.of("deadline", "no import of COA's positions has a line for any municipality from "
                        + dates[0] + " to " + dates[1] + lacking(figure));
            }
            return store(found.stream().map(line -> adoption(line, deadline, figure, reason)).toList());
        });
    }

    private LocalDate[] referenceDates(LocalDate deadline, AdoptedFigure figure) {
        if (!CoaConvention.isDeadline(deadline)) {
            throw InvalidInputException.of("deadline", "must be a deadline: a 1 January or 1 July");
        }
        if (deadline.isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.of("deadline", "lies in the future: a position can be adopted once the deadline has come");
        }
        return CoaConvention.referenceDates(figure, deadline);
    }

    /**
     * Whether {@code line}, imported after {@code adoption} was decided, gives the adopted figure otherwise: a line of
     * the municipality in the figure's reference dates whose figure differs (as the ledger's {@code REVISED_AT} finds).
     */
    static boolean revises(CoaPositionImportService.ImportedLine line, Adoption adoption) {
        return covers(adoption, line) && line.importedAt().isAfter(adoption.adoptedAt())
                && CoaConvention.carriedIn(adoption.figure(), line.line()) != adoption.position();
    }

    /** Whether {@code line} gives the figure {@code adoption} took: the municipality's, in the figure's reference dates. */
    static boolean covers(Adoption adoption, CoaPositionImportService.ImportedLine line) {
        LocalDate[] dates = CoaConvention.referenceDates(adoption.figure(), adoption.deadline());
        LocalDate date = line.line().referenceDate();
        return line.line().municipalityCode().equals(adoption.municipalityCode()) && !date.isBefore(dates[0]) && !date.isAfter(dates[1]);
    }

    private static String lacking(AdoptedFigure figure) {
        return figure == AdoptedFigure.END_POSITION
                ? ", the end of the half-year before the deadline: import COA's file of that date first"
                : ", in the half-year starting at the deadline: import a file of COA's of that half-year first";
    }

    private Adoption adoption(CoaPositionImportService.ImportedLine found, LocalDate deadline, AdoptedFigure figure, String reason) {
        return new Adoption(UUID.randomUUID(), found.line().municipalityCode(), deadline, figure, CoaConvention.carriedIn(figure, found.line()),
                found.line().referenceDate(), found.importId(), found.line().line(), reason, caller.name(),
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS), caller.is(Roles.RIJK) ? Adopter.RIJK : Adopter.PROVINCE);
    }

    /** Stores the adoptions, raises their municipalities' ledger versions and judges them again: one transaction. */
    private Uni<List<Adoption>> store(List<Adoption> adoptions) {
        List<Tuple> rows = adoptions.stream().map(a -> Tuple.tuple().addUUID(a.id()).addString(a.municipalityCode())
                .addLocalDate(a.deadline()).addInteger(a.position()).addUUID(a.importId()).addInteger(a.line()).addString(a.reason())
                .addString(a.adoptedBy()).addOffsetDateTime(a.adoptedAt().atOffset(ZoneOffset.UTC)).addString(a.figure().name())
                .addString(a.adopter().name())).toList();
        List<Tuple> versions = adoptions.stream().map(a -> Tuple.of(a.municipalityCode())).toList();
        Map<String, VerdictRecorder.Cause> causes = new HashMap<>();
        adoptions.forEach(a -> causes.put(a.municipalityCode(), new VerdictRecorder.Cause(ADOPTED_CAUSE, a.id())));
        return pool.withTransaction(db -> db.preparedQuery("INSERT INTO coa_position_adoption (id, municipality_code, deadline, "
                                + "position, import_id, line, reason, adopted_by, adopted_at, kind, adopter) "
                                + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)")
                        .executeBatch(rows)
                        .chain(() -> db.preparedQuery(MunicipalityLedgers.RAISE_VERSION).executeBatch(versions))
                        .chain(() -> verdicts.rejudge(db, causes)))
                .replaceWith(adoptions);
    }

    /**
     * The deadlines at which COA's published end position is adopted for some municipality: the half-years ending then
     * have published figures in the national series.
     */
    public Uni<java.util.Set<LocalDate>> endPositionsAdopted() {
        return reads.preparedQuery("SELECT DISTINCT deadline FROM coa_position_adoption WHERE kind = $1")
                .execute(Tuple.of(AdoptedFigure.END_POSITION.name()))
                .map(rows -> {
                    java.util.Set<LocalDate> deadlines = new java.util.HashSet<>();
                    rows.forEach(row -> deadlines.add(row.getLocalDate(0)));
                    return deadlines;
                });
    }

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
