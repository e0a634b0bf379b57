package nl.permitholders.supervision.coaposition;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.api.InvalidParam;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.supervision.store.ReadPool;

/**
 * COA's position files as province staff (or the Rijk, for the whole country) imported them: storing one (all its lines
 * or none), and reading them back.
 * Every import is kept; for a municipality and reference date the latest import stands.
 */
@ApplicationScoped
public class CoaPositionImportService {

    public static final int FILE_NAME_MAX = 200;
    private static final String IMPORT_COLUMNS = "id, province_code, file_name, imported_by, imported_at, stand_convention";
    private static final String LINE_COLUMNS = "line, municipality_code, municipality_name, reference_date, quota, adjusted_quota, housed, "
            + "position, stand";
    private static final String PROVINCE_OF = "SELECT code, province_code FROM municipality WHERE code = ANY($1)";

    /** One import: who imported which file when, how many lines it held, and how it read the Stand. */
    public record Import(UUID id, String provinceCode, String fileName, String importedBy, Instant importedAt, int lines,
                         StandConvention standConvention) {
    }

    /** A line of an import, with the import it came from. */
    public record ImportedLine(UUID importId, Instant importedAt, CoaPositionLine line) {
    }

    @Inject
    Pool pool;

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool reads;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /**
     * Raises the ledger version of the municipalities of an import that have an adoption: a line of COA's may revise an
     * adopted figure, which marks the adoption to review, so nothing cached from before may be taken for current.
     */
    private static final String RAISE_VERSION_OF_ADOPTERS = "INSERT INTO ledger_version (municipality_code, version) "
            + "SELECT c, nextval('ledger_version_seq') FROM (SELECT DISTINCT municipality_code AS c FROM coa_position_adoption "
            + "WHERE municipality_code = ANY($1)) adopters ON CONFLICT (municipality_code) DO UPDATE SET version = EXCLUDED.version";

    /**
     * Stores the file's lines as an import of {@code provinceCode} by the caller; 400 naming every line refused in
     * reading and every line whose municipality is not one of the province's (the register's), nothing stored then.
     */
    public Uni<Import> store(String provinceCode, String fileName, CoaPositionFile.Read read, StandConvention convention) {
        return pool.withTransaction(db -> provincesOf(db, read.lines()).flatMap(provinces -> {
            List<InvalidParam> refusals = new ArrayList<>(read.refusals());
            for (CoaPositionLine line : read.lines()) {
                if (!provinceCode.equals(provinces.get(line.municipalityCode()))) {
                    refusals.add(new InvalidParam("line " + line.line() + ": Gemeentecode", line.municipalityCode()
                            + " is not one of the municipalities of province " + provinceCode + " (you may import only your own province's)"));
                }
            }
            if (!refusals.isEmpty()) {
                throw new InvalidInputException(refusals);
            }
            return insert(db, provinceCode, fileName, read.lines(), convention);
        }));
    }

    /**
     * Stores COA's file of the whole country, as the Rijk imports it: one import per province its lines belong to, all
     * in one transaction, so that each province's reconciliation shows its own lines. 400 naming every line refused in
     * reading and every line whose municipality is not registered, nothing stored then. The imports in province order.
     */
    public Uni<List<Import>> storeNational(String fileName, CoaPositionFile.Read read, StandConvention convention) {
        return pool.withTransaction(db -> provincesOf(db, read.lines()).flatMap(provinces -> {
            List<InvalidParam> refusals = new ArrayList<>(read.refusals());
            Map<String, List<CoaPositionLine>> perProvince = new java.util.TreeMap<>();
            for (CoaPositionLine line : read.lines()) {
                String province = provinces.get(line.municipalityCode());
                if (province == null) {
                    refusals.add(new InvalidParam("line " + line.line() + ": Gemeentecode", line.municipalityCode()
                            + " is not a registered municipality"));
                } else {
                    perProvince.computeIfAbsent(province, p -> new ArrayList<>()).add(line);
                }
            }
            if (!refusals.isEmpty()) {
                throw new InvalidInputException(refusals);
            }
            Uni<List<Import>> stored = Uni.createFrom().item(new ArrayList<>());
            for (Map.Entry<String, List<CoaPositionLine>> province : perProvince.entrySet()) {
                stored = stored.call(done -> insert(db, province.getKey(), fileName, province.getValue(), convention).invoke(done::add));
            }
            return stored;
        }));
    }

    private static Uni<Map<String, String>> provincesOf(SqlConnection db, List<CoaPositionLine> lines) {
        String[] codes = lines.stream().map(CoaPositionLine::municipalityCode).distinct().toArray(String[]::new);
        return db.preparedQuery(PROVINCE_OF).execute(Tuple.of((Object) codes)).map(rows -> {
            Map<String, String> provinces = new HashMap<>();
            rows.forEach(row -> provinces.put(row.getString(0), row.getString(1)));
            return provinces;
        });
    }

    private Uni<Import> insert(SqlConnection db, String provinceCode, String fileName, List<CoaPositionLine> lines,
                               StandConvention convention) {
        Import stored = new Import(UUID.randomUUID(), provinceCode, fileName, caller.name(),
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS), lines.size(), convention);
        List<Tuple> rowsToInsert = lines.stream().map(line -> Tuple.tuple().addUUID(stored.id()).addInteger(line.line())
                .addString(line.municipalityCode()).addString(line.municipalityName()).addLocalDate(line.referenceDate())
                .addInteger(line.quota()).addInteger(line.adjustedQuota()).addInteger(line.housed()).addInteger(line.position())
                .addInteger(line.stand())).toList();
        return db.preparedQuery("INSERT INTO coa_position_import (" + IMPORT_COLUMNS + ") VALUES ($1, $2, $3, $4, $5, $6)")
                .execute(Tuple.of(stored.id(), provinceCode, fileName, stored.importedBy(), stored.importedAt().atOffset(ZoneOffset.UTC),
                        convention.name()))
                .chain(() -> db.preparedQuery("INSERT INTO coa_position_line (import_id, " + LINE_COLUMNS
                        + ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)").executeBatch(rowsToInsert))
                .chain(() -> db.preparedQuery(RAISE_VERSION_OF_ADOPTERS)
                        .execute(Tuple.of((Object) lines.stream().map(CoaPositionLine::municipalityCode).distinct().toArray(String[]::new))))
                .replaceWith(stored);
    }

    /** Every import of the province, latest first. */
    public Uni<List<Import>> ofProvince(String provinceCode) {
        return reads.preparedQuery("SELECT i.id, i.province_code, i.file_name, i.imported_by, i.imported_at, "
                        + "(SELECT count(*) FROM coa_position_line l WHERE l.import_id = i.id), i.stand_convention "
                        + "FROM coa_position_import i WHERE i.province_code = $1 ORDER BY i.imported_at DESC, i.id")
                .execute(Tuple.of(provinceCode))
                .map(rows -> {
                    List<Import> all = new ArrayList<>();
                    rows.forEach(row -> all.add(imported(row)));
                    return all;
                });
    }

    /** One import of the province with its lines in file order; 404 when the province has no such import. */
    public Uni<Map.Entry<Import, List<CoaPositionLine>>> one(String provinceCode, UUID id) {
        return ofProvince(provinceCode).flatMap(all -> {
            Import found = all.stream().filter(i -> i.id().equals(id)).findFirst()
                    .orElseThrow(() -> new ResourceNotFoundException("Province " + provinceCode + " has no import " + id + " of COA's positions."));
            return reads.preparedQuery("SELECT " + LINE_COLUMNS + " FROM coa_position_line WHERE import_id = $1 ORDER BY line")
                    .execute(Tuple.of(id))
                    .map(rows -> {
                        List<CoaPositionLine> lines = new ArrayList<>();
                        rows.forEach(row -> lines.add(line(row)));
                        return Map.entry(found, lines);
                    });
        });
    }

    /**
     * Per municipality of the province and reference date, the line of the latest import that has one, by
     * municipality and date; only those on {@code referenceDate} when given.
     */
    public Uni<List<ImportedLine>> latestOfProvince(String provinceCode, LocalDate referenceDate) {
        return reads.preparedQuery("SELECT DISTINCT ON (l.municipality_code, l.reference_date) i.id, i.imported_at, "
                        + prefixed("l.") + " FROM coa_position_line l JOIN coa_position_import i ON i.id = l.import_id "
                        + "WHERE i.province_code = $1 AND ($2::date IS NULL OR l.reference_date = $2) "
                        + "ORDER BY l.municipality_code, l.reference_date, i.imported_at DESC, i.id")
                .execute(Tuple.of(provinceCode, referenceDate))
                .map(CoaPositionImportService::importedLines);
    }

    /**
     * The imported line for the municipality with the latest reference date from {@code from} to {@code to}, of the
     * latest import that has a line on that date; null if none has.
     */
    public Uni<ImportedLine> latest(String municipalityCode, LocalDate from, LocalDate to) {
        return latest(municipalityCode, from, to, null);
    }

    /** As {@link #latest(String, LocalDate, LocalDate)}, of import {@code importId} only when given. */
    public Uni<ImportedLine> latest(String municipalityCode, LocalDate from, LocalDate to, UUID importId) {
        return reads.preparedQuery("SELECT i.id, i.imported_at, " + prefixed("l.") + " FROM coa_position_line l "
                        + "JOIN coa_position_import i ON i.id = l.import_id WHERE l.municipality_code = $1 "
                        + "AND l.reference_date BETWEEN $2 AND $3 AND ($4::uuid IS NULL OR i.id = $4) "
                        + "ORDER BY l.reference_date DESC, i.imported_at DESC, i.id LIMIT 1")
                .execute(Tuple.of(municipalityCode, from, to, importId))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next())
                .map(row -> row == null ? null : new ImportedLine(row.getUUID(0), row.getOffsetDateTime(1).toInstant(), line(row, 2)));
    }

    /**
     * For every municipality of the country with a line from {@code from} to {@code to}: its line with the latest
     * reference date, of the latest import that has a line on that date; in code order.
     */
    public Uni<List<ImportedLine>> latestOfCountry(LocalDate from, LocalDate to) {
        return reads.preparedQuery("SELECT DISTINCT ON (l.municipality_code) i.id, i.imported_at, " + prefixed("l.")
                        + " FROM coa_position_line l JOIN coa_position_import i ON i.id = l.import_id "
                        + "WHERE l.reference_date BETWEEN $1 AND $2 "
                        + "ORDER BY l.municipality_code, l.reference_date DESC, i.imported_at DESC, i.id")
                .execute(Tuple.of(from, to))
                .map(CoaPositionImportService::importedLines);
    }

    /** Rows of an import's id, its time and a line's columns, in order. */
    private static List<ImportedLine> importedLines(RowSet<Row> rows) {
        List<ImportedLine> lines = new ArrayList<>();
        rows.forEach(row -> lines.add(new ImportedLine(row.getUUID(0), row.getOffsetDateTime(1).toInstant(), line(row, 2))));
        return lines;
    }

    private static String prefixed(String prefix) {
        return String.join(", ", java.util.Arrays.stream(LINE_COLUMNS.split(", ")).map(c -> prefix + c).toList());
    }

    private static Import imported(Row row) {
        return new Import(row.getUUID(0), row.getString(1), row.getString(2), row.getString(3), row.getOffsetDateTime(4).toInstant(),
                row.getLong(5).intValue(), StandConvention.valueOf(row.getString(6)));
    }

    private static CoaPositionLine line(Row row) {
        return line(row, 0);
    }

    private static CoaPositionLine line(Row row, int from) {
        return CoaPositionLine.stored(row.getInteger(from), row.getString(from + 1), row.getString(from + 2), row.getLocalDate(from + 3),
                row.getInteger(from + 4), row.getInteger(from + 5), row.getInteger(from + 6), row.getInteger(from + 8), row.getInteger(from + 7));
    }
}
