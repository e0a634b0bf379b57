package nl.permitholders.supervision.verdict;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The verdicts recorded for closed half-years ({@code verdict_record}) and what judging them again reads. */
public final class VerdictRecordStore {

    private static final String HISTORY = "SELECT period, verdict, backlog, coupling_deficit, cause_event_type, cause_event_id, "
            + "recorded_at, cause_note FROM verdict_record WHERE municipality_code = $1 ORDER BY period, id";
    private static final String INSERT = "INSERT INTO verdict_record (municipality_code, period, verdict, backlog, "
            + "still_to_house_at_reference, coupled_unhoused_at_reference, coupling_deficit, cause_event_type, cause_event_id, "
            + "recorded_at, cause_note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)";
    private static final String LATEST = "SELECT DISTINCT ON (municipality_code, period) municipality_code, period, verdict, backlog, "
            + "coupling_deficit FROM verdict_record WHERE municipality_code = ANY($1) ORDER BY municipality_code, period, id DESC";
    /**
     * The municipalities of $1 and every municipality that continues one of them, by a chain of mergers and splits, each
     * with the one of $1 it continues: the continuing municipality of a merger, the receivers of a split (R3), whose
     * figures carry in what theirs did.
     */
    private static final String WITH_SUCCESSORS = "WITH RECURSIVE s(code, origin) AS (SELECT c, c FROM unnest($1::text[]) c UNION "
            + "SELECT g.whole, s.origin FROM (SELECT merged_code AS part, new_code AS whole FROM merger UNION ALL "
            + "SELECT split_code, receiver_code FROM municipality_split) g JOIN s ON g.part = s.code) SELECT code, origin FROM s";

    private VerdictRecordStore() {
    }

    /** A verdict to record: one row of {@code verdict_record}. */
    public record Recorded(String municipalityCode, String period, String verdict, int backlog, int stillToHouseAtReference,
            int coupledUnhousedAtReference, int couplingDeficit, String causeEventType, UUID causeEventId,
            OffsetDateTime recordedAt, String causeNote) {
    }

    /** The municipalities named and every municipality that continues one of them (R3), each with the one it continues. */
    public static Uni<RowSet<Row>> withSuccessors(SqlClient db, String[] codes) {
        return db.preparedQuery(WITH_SUCCESSORS).execute(Tuple.of((Object) codes));
    }

    /** The latest recorded verdict of each half-year of the municipalities named. */
    public static Uni<RowSet<Row>> latest(SqlClient db, String[] codes) {
        return db.preparedQuery(LATEST).execute(Tuple.of((Object) codes));
    }

    /** Records each verdict. */
    public static Uni<RowSet<Row>> insert(SqlClient db, List<Recorded> verdicts) {
        return db.preparedQuery(INSERT).executeBatch(verdicts.stream().map(v -> Tuple.tuple().addString(v.municipalityCode())
                .addString(v.period()).addString(v.verdict()).addInteger(v.backlog()).addInteger(v.stillToHouseAtReference())
                .addInteger(v.coupledUnhousedAtReference()).addInteger(v.couplingDeficit()).addString(v.causeEventType())
                .addUUID(v.causeEventId()).addOffsetDateTime(v.recordedAt()).addString(v.causeNote())).toList());
    }

    /** Every verdict recorded for the municipality, by half-year, in order. */
    public static Uni<RowSet<Row>> history(SqlClient db, String code) {
        return db.preparedQuery(HISTORY).execute(Tuple.of(code));
    }

    /** How many ledger entries each municipality named has. */
    public static Uni<RowSet<Row>> ledgerSizes(SqlClient db, String[] codes) {
        return db.preparedQuery("SELECT municipality_code, count(*) FROM ledger_entry WHERE municipality_code = ANY($1) "
                        + "GROUP BY municipality_code").execute(Tuple.of((Object) codes));
    }

    /** Every municipality with ledger entries or that municipalities merged into. */
    public static Uni<RowSet<Row>> municipalitiesWithFigures(SqlClient db) {
        return db.query("SELECT DISTINCT municipality_code FROM ledger_entry UNION SELECT new_code FROM merger").execute();
    }
}
