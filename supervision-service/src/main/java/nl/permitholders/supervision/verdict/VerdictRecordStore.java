package nl.permitholders.supervision.verdict;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** A municipality ({@code code}) that is, or continues (R3), the municipality {@code origin}. */
    public record Continuing(String code, String origin) {
    }

    /** The latest verdict recorded for a municipality's half-year (as {@code 2025-H1}), with the figures it was judged on. */
    public record LatestVerdict(String municipalityCode, String period, String verdict, int backlog, int couplingDeficit) {
    }

    /** The municipalities named and every municipality that continues one of them (R3), each with the one it continues. */
    public static Uni<List<Continuing>> withSuccessors(SqlClient db, String[] codes) {
        return db.preparedQuery(WITH_SUCCESSORS).execute(Tuple.of((Object) codes)).map(rows -> {
            List<Continuing> all = new ArrayList<>();
            rows.forEach(row -> all.add(new Continuing(row.getString("code"), row.getString("origin"))));
            return all;
        });
    }

    /** The latest recorded verdict of each half-year of the municipalities named, by municipality and half-year. */
    public static Uni<List<LatestVerdict>> latest(SqlClient db, String[] codes) {
        return db.preparedQuery(LATEST).execute(Tuple.of((Object) codes)).map(rows -> {
            List<LatestVerdict> latest = new ArrayList<>();
            rows.forEach(row -> latest.add(new LatestVerdict(row.getString("municipality_code"), row.getString("period"),
                    row.getString("verdict"), row.getInteger("backlog"), row.getInteger("coupling_deficit"))));
            return latest;
        });
    }

    /** Records each verdict. */
    public static Uni<RowSet<Row>> insert(SqlClient db, List<Recorded> verdicts) {
        return db.preparedQuery(INSERT).executeBatch(verdicts.stream().map(v -> Tuple.tuple().addString(v.municipalityCode())
                .addString(v.period()).addString(v.verdict()).addInteger(v.backlog()).addInteger(v.stillToHouseAtReference())
                .addInteger(v.coupledUnhousedAtReference()).addInteger(v.couplingDeficit()).addString(v.causeEventType())
                .addUUID(v.causeEventId()).addOffsetDateTime(v.recordedAt()).addString(v.causeNote())).toList());
    }

    /** Every verdict recorded for the municipality, per half-year (as {@code 2025-H1}), each half-year's in order. */
    public static Uni<Map<String, List<RecordedVerdict>>> history(SqlClient db, String code) {
        return db.preparedQuery(HISTORY).execute(Tuple.of(code)).map(rows -> {
            Map<String, List<RecordedVerdict>> history = new HashMap<>();
            rows.forEach(row -> history.computeIfAbsent(row.getString("period"), period -> new ArrayList<>()).add(new RecordedVerdict(
                    Verdict.valueOf(row.getString("verdict")), row.getInteger("backlog"), row.getInteger("coupling_deficit"),
                    row.getString("cause_event_type"), row.getUUID("cause_event_id"), row.getOffsetDateTime("recorded_at").toInstant(),
                    row.getString("cause_note"))));
            return history;
        });
    }

    /** How many ledger entries each municipality named has, by code; one without any is left out. */
    public static Uni<Map<String, Long>> ledgerSizes(SqlClient db, String[] codes) {
        return db.preparedQuery("SELECT municipality_code, count(*) FROM ledger_entry WHERE municipality_code = ANY($1) "
                        + "GROUP BY municipality_code").execute(Tuple.of((Object) codes)).map(rows -> {
            Map<String, Long> entries = new HashMap<>();
            // The count has no name of its own: column 1.
            rows.forEach(row -> entries.put(row.getString("municipality_code"), row.getLong(1)));
            return entries;
        });
    }

    /** The codes of every municipality with ledger entries or that municipalities merged into, in the order found. */
    public static Uni<List<String>> municipalitiesWithFigures(SqlClient db) {
        return db.query("SELECT DISTINCT municipality_code FROM ledger_entry UNION SELECT new_code FROM merger").execute().map(rows -> {
            List<String> codes = new ArrayList<>();
            rows.forEach(row -> codes.add(row.getString("municipality_code")));
            return codes;
        });
    }
}
