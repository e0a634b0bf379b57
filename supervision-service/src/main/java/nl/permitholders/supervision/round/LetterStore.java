package nl.permitholders.supervision.round;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.core.buffer.Buffer;
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
import nl.permitholders.supervision.verdict.Verdict;

/** The letters of the round: their state changes ({@code letter_state_change}) and the letters sent. */
public final class LetterStore {

    private static final String CHANGES = "SELECT state, changed_by, changed_at FROM letter_state_change "
            + "WHERE municipality_code = $1 AND deadline = $2 ORDER BY position";
    private static final String INSERT_CHANGE = "INSERT INTO letter_state_change (id, municipality_code, deadline, state, changed_by, "
            + "changed_at) VALUES ($1, $2, $3, $4, $5, $6)";
    /** The next number of the letters sent about the deadline: 1 for the first, then one more for each correction. */
    private static final String INSERT_SENT = "INSERT INTO sent_letter (municipality_code, deadline, pdf, sha256, backlog, "
            + "template_version, sent_by, sent_at, verdict, number) SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, "
            + "coalesce(max(number), 0) + 1 FROM sent_letter WHERE municipality_code = $1 AND deadline = $2";
    private static final String LATEST = "SELECT DISTINCT ON (municipality_code) municipality_code, state, changed_by, changed_at "
            + "FROM letter_state_change WHERE municipality_code = ANY($1) AND deadline = $2 ORDER BY municipality_code, position DESC";
    private static final String SENT = "SELECT pdf, sha256, backlog, template_version, sent_by, sent_at, verdict, number FROM sent_letter "
            + "WHERE municipality_code = $1 AND deadline = $2 AND ($3::int IS NULL OR number = $3) ORDER BY number DESC LIMIT 1";
    private static final String SENT_TO = "SELECT deadline, sent_by, sent_at, backlog, verdict, number FROM sent_letter "
            + "WHERE municipality_code = $1 ORDER BY deadline DESC, number DESC";

    private LetterStore() {
    }

    /** The latest state change of each municipality named for the deadline, by code; one without any is left out. */
    public static Uni<Map<String, StateChange>> latest(SqlClient db, String[] codes, LocalDate deadline) {
        return db.preparedQuery(LATEST).execute(Tuple.of(codes, deadline)).map(rows -> {
            Map<String, StateChange> latest = new HashMap<>();
            rows.forEach(row -> latest.put(row.getString("municipality_code"), stateChange(row)));
            return latest;
        });
    }

    /** The letter sent to the municipality for the deadline (the one numbered, or the latest when {@code number} is null). */
    public static Uni<Optional<SentLetter>> sent(SqlClient db, String code, LocalDate deadline, Integer number) {
        return db.preparedQuery(SENT).execute(Tuple.of(code, deadline, number)).map(rows -> rows.size() == 0
                ? Optional.<SentLetter>empty() : Optional.of(sentLetter(rows.iterator().next())));
    }

    /** Every letter sent to the municipality, the latest deadline first. */
    public static Uni<List<SentLetterSummary>> sentTo(SqlClient db, String code) {
        return db.preparedQuery(SENT_TO).execute(Tuple.of(code)).map(rows -> {
            List<SentLetterSummary> sent = new ArrayList<>();
            rows.forEach(row -> sent.add(new SentLetterSummary(row.getLocalDate("deadline"), row.getString("sent_by"),
                    row.getOffsetDateTime("sent_at").toInstant(), row.getInteger("backlog"), verdict(row), row.getInteger("number"))));
            return sent;
        });
    }

    /** Stores a change of the state of the municipality's letter about the deadline, under the id given. */
    public static Uni<RowSet<Row>> insertChange(SqlClient db, UUID id, String code, LocalDate deadline, String state, String changedBy,
            Instant changedAt) {
        return db.preparedQuery(INSERT_CHANGE).execute(Tuple.tuple().addUUID(id).addString(code).addLocalDate(deadline)
                .addString(state).addString(changedBy).addOffsetDateTime(changedAt.atOffset(ZoneOffset.UTC)));
    }

    /**
     * Stores the letter as sent to the municipality about the deadline, numbered after those sent before it: its PDF and
     * that's SHA-256, the backlog and verdict (may be null) it states, the template version it was made from, by whom and when.
     */
    public static Uni<RowSet<Row>> insertSent(SqlClient db, String code, LocalDate deadline, byte[] pdf, String sha256, int backlog,
            int templateVersion, String sentBy, Instant sentAt, String verdict) {
        return db.preparedQuery(INSERT_SENT).execute(Tuple.tuple().addString(code).addLocalDate(deadline)
                .addBuffer(Buffer.buffer(pdf)).addString(sha256).addInteger(backlog)
                .addInteger(templateVersion).addString(sentBy)
                .addOffsetDateTime(sentAt.atOffset(ZoneOffset.UTC))
                .addString(verdict));
    }

    /** The state changes of the municipality's letter for the deadline, in order. */
    public static Uni<List<StateChange>> changes(SqlClient db, String code, LocalDate deadline) {
        return db.preparedQuery(CHANGES).execute(Tuple.of(code, deadline)).map(rows -> {
            List<StateChange> changes = new ArrayList<>();
            rows.forEach(row -> changes.add(stateChange(row)));
            return changes;
        });
    }

    private static StateChange stateChange(Row row) {
        return new StateChange(LetterState.valueOf(row.getString("state")), row.getString("changed_by"),
                row.getOffsetDateTime("changed_at").toInstant());
    }

    private static SentLetter sentLetter(Row row) {
        return new SentLetter(row.getBuffer("pdf").getBytes(), row.getString("sha256"), row.getInteger("backlog"),
                row.getInteger("template_version"), row.getString("sent_by"), row.getOffsetDateTime("sent_at").toInstant(), verdict(row),
                row.getInteger("number"));
    }

    private static Verdict verdict(Row row) {
        String verdict = row.getString("verdict");
        return verdict == null ? null : Verdict.valueOf(verdict);
    }
}
