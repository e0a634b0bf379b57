package nl.permitholders.supervision.coaposition;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.List;

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
    public static Uni<RowSet<Row>> importsOfProvince(SqlClient db, Tuple params) {
        return db.preparedQuery("SELECT i.id, i.province_code, i.file_name, i.imported_by, i.imported_at, "
                        + "(SELECT count(*) FROM coa_position_line l WHERE l.import_id = i.id), i.stand_convention "
                        + "FROM coa_position_import i WHERE i.province_code = $1 ORDER BY i.imported_at DESC, i.id").execute(params);
    }

    /** The lines of an import, in their order. */
    public static Uni<RowSet<Row>> linesOf(SqlClient db, Tuple params) {
        return db.preparedQuery("SELECT " + LINE_COLUMNS + " FROM coa_position_line WHERE import_id = $1 ORDER BY line").execute(params);
    }

    /** Of each municipality of the province and reference date (or the one given), the line of the latest import. */
    public static Uni<RowSet<Row>> latestOfProvinceOn(SqlClient db, Tuple params) {
        return db.preparedQuery("SELECT DISTINCT ON (l.municipality_code, l.reference_date) i.id, i.imported_at, "
                        + prefixed("l.") + " FROM coa_position_line l JOIN coa_position_import i ON i.id = l.import_id "
                        + "WHERE i.province_code = $1 AND ($2::date IS NULL OR l.reference_date = $2) "
                        + "ORDER BY l.municipality_code, l.reference_date, i.imported_at DESC, i.id").execute(params);
    }

    /** The municipality's latest imported line with a reference date in the range (of the import given, if any). */
    public static Uni<RowSet<Row>> latest(SqlClient db, Tuple params) {
        return db.preparedQuery("SELECT i.id, i.imported_at, " + prefixed("l.") + " FROM coa_position_line l "
                        + "JOIN coa_position_import i ON i.id = l.import_id WHERE l.municipality_code = $1 "
                        + "AND l.reference_date BETWEEN $2 AND $3 AND ($4::uuid IS NULL OR i.id = $4) "
                        + "ORDER BY l.reference_date DESC, i.imported_at DESC, i.id LIMIT 1").execute(params);
    }

    /** Of each municipality of the province, the latest imported line with a reference date in the range. */
    public static Uni<RowSet<Row>> latestOfProvinceIn(SqlClient db, Tuple params) {
        return db.preparedQuery("SELECT DISTINCT ON (l.municipality_code) i.id, i.imported_at, " + prefixed("l.")
                        + " FROM coa_position_line l JOIN coa_position_import i ON i.id = l.import_id "
                        + "WHERE i.province_code = $1 AND l.reference_date BETWEEN $2 AND $3 "
                        + "ORDER BY l.municipality_code, l.reference_date DESC, i.imported_at DESC, i.id").execute(params);
    }

    /** The lines named (import and line number) that the province imported. */
    public static Uni<RowSet<Row>> linesOfProvince(SqlClient db, Tuple params) {
        return db.preparedQuery("SELECT i.id, i.imported_at, " + prefixed("l.") + " FROM coa_position_line l "
                        + "JOIN coa_position_import i ON i.id = l.import_id JOIN unnest($2::uuid[], $3::int[]) AS w(import_id, line) "
                        + "ON w.import_id = l.import_id AND w.line = l.line WHERE i.province_code = $1").execute(params);
    }

    /** Of each municipality, the latest imported line with a reference date in the range. */
    public static Uni<RowSet<Row>> latestOfCountry(SqlClient db, Tuple params) {
        return db.preparedQuery("SELECT DISTINCT ON (l.municipality_code) i.id, i.imported_at, " + prefixed("l.")
                        + " FROM coa_position_line l JOIN coa_position_import i ON i.id = l.import_id "
                        + "WHERE l.reference_date BETWEEN $1 AND $2 "
                        + "ORDER BY l.municipality_code, l.reference_date DESC, i.imported_at DESC, i.id").execute(params);
    }

    /** The province of each municipality named. */
    public static Uni<RowSet<Row>> provincesOf(SqlClient db, Tuple params) {
        return db.preparedQuery(PROVINCE_OF).execute(params);
    }

    /** Stores an import. */
    public static Uni<RowSet<Row>> insertImport(SqlClient db, Tuple params) {
        return db.preparedQuery("INSERT INTO coa_position_import (" + IMPORT_COLUMNS + ") VALUES ($1, $2, $3, $4, $5, $6)").execute(params);
    }

    /** Stores the lines of an import. */
    public static Uni<RowSet<Row>> insertLines(SqlClient db, List<Tuple> batch) {
        return db.preparedQuery("INSERT INTO coa_position_line (import_id, " + LINE_COLUMNS
                        + ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)").executeBatch(batch);
    }

    /** Raises the ledger version of each municipality named that adopted a position of COA. */
    public static Uni<RowSet<Row>> raiseVersionOfAdopters(SqlClient db, Tuple params) {
        return db.preparedQuery(RAISE_VERSION_OF_ADOPTERS).execute(params);
    }
}
