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
import java.util.UUID;

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

    /** The latest state change of each municipality named for the deadline. */
    public static Uni<RowSet<Row>> latest(SqlClient db, String[] codes, LocalDate deadline) {
        return db.preparedQuery(LATEST).execute(Tuple.of(codes, deadline));
    }

    /** The letter sent to the municipality for the deadline (the one numbered, or the latest when {@code number} is null). */
    public static Uni<RowSet<Row>> sent(SqlClient db, String code, LocalDate deadline, Integer number) {
        return db.preparedQuery(SENT).execute(Tuple.of(code, deadline, number));
    }

    /** Every letter sent to the municipality. */
    public static Uni<RowSet<Row>> sentTo(SqlClient db, String code) {
        return db.preparedQuery(SENT_TO).execute(Tuple.of(code));
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
    public static Uni<RowSet<Row>> changes(SqlClient db, String code, LocalDate deadline) {
        return db.preparedQuery(CHANGES).execute(Tuple.of(code, deadline));
    }
}
