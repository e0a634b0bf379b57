package nl.permitholders.supervision.coaposition;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The imports of COA's positions ({@code coa_position_import}) and their lines ({@code coa_position_line}). */
public final class CoaPositionImportStore {

    private static final String IMPORT_COLUMNS = "id, province_code, file_name, imported_by, imported_at, stand_convention";
    private static final String PROVINCE_OF = "SELECT code, province_code FROM municipality WHERE code = ANY($1)";
    /**
     * Raises the ledger version of the municipalities of an import that have an adoption: a line of COA's may revise an
     * adopted figure, which marks the adoption to review, so nothing cached from before may be taken for current.
     */
    private static final String RAISE_VERSION_OF_ADOPTERS = "INSERT INTO ledger_version (municipality_code, version) "
            + "SELECT c, nextval('ledger_version_seq') FROM (SELECT DISTINCT municipality_code AS c FROM coa_position_adoption "
            + "WHERE municipality_code = ANY($1)) adopters ON CONFLICT (municipality_code) DO UPDATE SET version = EXCLUDED.version";

    static final String LINE_COLUMNS = "line, municipality_code, municipality_name, reference_date, quota, adjusted_quota, housed, "
            + "position, stand";

    private CoaPositionImportStore() {
    }

    private static String prefixed(String prefix) {
        return String.join(", ", java.util.Arrays.stream(LINE_COLUMNS.split(", ")).map(c -> prefix + c).toList());
    }

    /** The province's imports of COA's positions, newest first, with how many lines each has. */
    public static Uni<List<CoaPositionImport>> importsOfProvince(SqlClient db, String provinceCode) {
        return db.preparedQuery("SELECT i.id, i.province_code, i.file_name, i.imported_by, i.imported_at, "
                        + "(SELECT count(*) FROM coa_position_line l WHERE l.import_id = i.id), i.stand_convention "
                        + "FROM coa_position_import i WHERE i.province_code = $1 ORDER BY i.imported_at DESC, i.id").execute(Tuple.of(provinceCode))
                .map(rows -> {
                    List<CoaPositionImport> all = new ArrayList<>();
                    // The count of lines has no name of its own: column 5.
                    rows.forEach(row -> all.add(new CoaPositionImport(row.getUUID("id"), row.getString("province_code"),
                            row.getString("file_name"), row.getString("imported_by"), row.getOffsetDateTime("imported_at").toInstant(),
                            row.getLong(5).intValue(), StandConvention.valueOf(row.getString("stand_convention")))));
                    return all;
                });
    }

    /** The lines of an import, in their order. */
    public static Uni<List<CoaPositionLine>> linesOf(SqlClient db, UUID importId) {
        return db.preparedQuery("SELECT " + LINE_COLUMNS + " FROM coa_position_line WHERE import_id = $1 ORDER BY line").execute(Tuple.of(importId))
                .map(rows -> {
                    List<CoaPositionLine> lines = new ArrayList<>();
                    rows.forEach(row -> lines.add(line(row)));
                    return lines;
                });
    }

    /** Of each municipality of the province and reference date (or {@code referenceDate}, if not null), the line of the latest import. */
    public static Uni<List<ImportedLine>> latestOfProvinceOn(SqlClient db, String provinceCode, LocalDate referenceDate) {
        return db.preparedQuery("SELECT DISTINCT ON (l.municipality_code, l.reference_date) i.id, i.imported_at, "
                        + prefixed("l.") + " FROM coa_position_line l JOIN coa_position_import i ON i.id = l.import_id "
                        + "WHERE i.province_code = $1 AND ($2::date IS NULL OR l.reference_date = $2) "
                        + "ORDER BY l.municipality_code, l.reference_date, i.imported_at DESC, i.id").execute(Tuple.of(provinceCode, referenceDate))
                .map(CoaPositionImportStore::importedLines);
    }

    /** The municipality's latest imported line with a reference date from {@code from} to {@code to} (of {@code importId}, if not null). */
    public static Uni<Optional<ImportedLine>> latest(SqlClient db, String municipalityCode, LocalDate from, LocalDate to, UUID importId) {
        return db.preparedQuery("SELECT i.id, i.imported_at, " + prefixed("l.") + " FROM coa_position_line l "
                        + "JOIN coa_position_import i ON i.id = l.import_id WHERE l.municipality_code = $1 "
                        + "AND l.reference_date BETWEEN $2 AND $3 AND ($4::uuid IS NULL OR i.id = $4) "
                        + "ORDER BY l.reference_date DESC, i.imported_at DESC, i.id LIMIT 1")
                .execute(Tuple.of(municipalityCode, from, to, importId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(importedLine(rows.iterator().next())));
    }

    /** Of each municipality of the province, the latest imported line with a reference date from {@code from} to {@code to}. */
    public static Uni<List<ImportedLine>> latestOfProvinceIn(SqlClient db, String provinceCode, LocalDate from, LocalDate to) {
        return db.preparedQuery("SELECT DISTINCT ON (l.municipality_code) i.id, i.imported_at, " + prefixed("l.")
                        + " FROM coa_position_line l JOIN coa_position_import i ON i.id = l.import_id "
                        + "WHERE i.province_code = $1 AND l.reference_date BETWEEN $2 AND $3 "
                        + "ORDER BY l.municipality_code, l.reference_date DESC, i.imported_at DESC, i.id").execute(Tuple.of(provinceCode, from, to))
                .map(CoaPositionImportStore::importedLines);
    }

    /** The lines named (import {@code imports[i]}, line {@code lines[i]}) that the province imported. */
    public static Uni<List<ImportedLine>> linesOfProvince(SqlClient db, String provinceCode, UUID[] imports, Integer[] lines) {
        return db.preparedQuery("SELECT i.id, i.imported_at, " + prefixed("l.") + " FROM coa_position_line l "
                        + "JOIN coa_position_import i ON i.id = l.import_id JOIN unnest($2::uuid[], $3::int[]) AS w(import_id, line) "
                        + "ON w.import_id = l.import_id AND w.line = l.line WHERE i.province_code = $1")
                .execute(Tuple.of(provinceCode, imports, lines)).map(CoaPositionImportStore::importedLines);
    }

    /** Of each municipality, the latest imported line with a reference date from {@code from} to {@code to}. */
    public static Uni<List<ImportedLine>> latestOfCountry(SqlClient db, LocalDate from, LocalDate to) {
        return db.preparedQuery("SELECT DISTINCT ON (l.municipality_code) i.id, i.imported_at, " + prefixed("l.")
                        + " FROM coa_position_line l JOIN coa_position_import i ON i.id = l.import_id "
                        + "WHERE l.reference_date BETWEEN $1 AND $2 "
                        + "ORDER BY l.municipality_code, l.reference_date DESC, i.imported_at DESC, i.id").execute(Tuple.of(from, to))
                .map(CoaPositionImportStore::importedLines);
    }

    /** The province of each municipality named, by code; one the register does not know is left out. */
    public static Uni<Map<String, String>> provincesOf(SqlClient db, String[] codes) {
        return db.preparedQuery(PROVINCE_OF).execute(Tuple.of((Object) codes)).map(rows -> {
            Map<String, String> provinces = new HashMap<>();
            rows.forEach(row -> provinces.put(row.getString("code"), row.getString("province_code")));
            return provinces;
        });
    }

    /** Rows of an import's id, its time and a line's columns, in order. */
    private static List<ImportedLine> importedLines(RowSet<Row> rows) {
        List<ImportedLine> lines = new ArrayList<>();
        rows.forEach(row -> lines.add(importedLine(row)));
        return lines;
    }

    private static ImportedLine importedLine(Row row) {
        return new ImportedLine(row.getUUID("id"), row.getOffsetDateTime("imported_at").toInstant(), line(row));
    }

    private static CoaPositionLine line(Row row) {
        return CoaPositionLine.stored(row.getInteger("line"), row.getString("municipality_code"), row.getString("municipality_name"),
                row.getLocalDate("reference_date"), row.getInteger("quota"), row.getInteger("adjusted_quota"), row.getInteger("housed"),
                row.getInteger("stand"), row.getInteger("position"));
    }

    /** Stores an import (not its lines): the province's file, who imported it when, and the convention of its Stand column. */
    public static Uni<RowSet<Row>> insertImport(SqlClient db, UUID id, String provinceCode, String fileName, String importedBy,
            Instant importedAt, String standConvention) {
        return db.preparedQuery("INSERT INTO coa_position_import (" + IMPORT_COLUMNS + ") VALUES ($1, $2, $3, $4, $5, $6)")
                .execute(Tuple.of(id, provinceCode, fileName, importedBy, importedAt.atOffset(ZoneOffset.UTC), standConvention));
    }

    /** Stores the lines of the import. */
    public static Uni<RowSet<Row>> insertLines(SqlClient db, UUID importId, List<CoaPositionLine> lines) {
        List<Tuple> batch = lines.stream().map(line -> Tuple.tuple().addUUID(importId).addInteger(line.line())
                .addString(line.municipalityCode()).addString(line.municipalityName()).addLocalDate(line.referenceDate())
                .addInteger(line.quota()).addInteger(line.adjustedQuota()).addInteger(line.housed()).addInteger(line.position())
                .addInteger(line.stand())).toList();
        return db.preparedQuery("INSERT INTO coa_position_line (import_id, " + LINE_COLUMNS
                        + ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)").executeBatch(batch);
    }

    /** Raises the ledger version of each municipality named that adopted a position of COA. */
    public static Uni<RowSet<Row>> raiseVersionOfAdopters(SqlClient db, String[] codes) {
        return db.preparedQuery(RAISE_VERSION_OF_ADOPTERS).execute(Tuple.of((Object) codes));
    }
}
