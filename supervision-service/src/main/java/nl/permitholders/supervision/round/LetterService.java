package nl.permitholders.supervision.round;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.supervision.store.LockedTransaction;
import nl.permitholders.supervision.store.ReadPool;
import nl.permitholders.supervision.verdict.Verdict;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The state of every judgement letter (one municipality, one deadline) and the letters as they were sent. A change of
 * state is written in a transaction that holds the letter's lock and checks the state it follows ({@link
 * LetterState#refusalOf}), so two changes at once cannot both pass; a sent letter's PDF is stored with it.
 */
@ApplicationScoped
public class LetterService {

    @Schema(requiredProperties = {"state", "changedBy", "changedAt"})
    public record StateChange(LetterState state, String changedBy, Instant changedAt) {
    }

    /**
     * A letter as it was sent: the position judged at the deadline ({@code backlog}) and the computed verdict it states
     * (null for letters sent before it was kept); {@code templateVersion} 0 for the default template.
     */
    public record SentLetter(byte[] pdf, String sha256, int backlog, int templateVersion, String sentBy, Instant sentAt, Verdict verdict,
                             int number) {

        /** A letter about to be sent: its number is given when it is stored. */
        public static SentLetter of(byte[] pdf, int backlog, Verdict verdict, int templateVersion, String sentBy, Instant sentAt) {
            return new SentLetter(pdf, LetterService.sha256(pdf), backlog, templateVersion, sentBy, sentAt, verdict, 0);
        }

        /** Whether it corrects a letter sent before it about the same deadline. */
        public boolean correction() {
            return number > 1;
        }
    }

    @Inject
    LockedTransaction transaction;

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool reads;

    /** Every change of the letter's state, oldest first; empty for a letter still a draft nobody touched. */
    public Uni<List<StateChange>> changes(String code, LocalDate deadline) {
        return changes(reads, code, deadline);
    }

    /** The latest change of each letter about {@code deadline} to one of {@code codes}; none for a letter nobody touched. */
    public Uni<Map<String, StateChange>> latest(List<String> codes, LocalDate deadline) {
        return LetterStore.latest(reads, codes.toArray(String[]::new), deadline).map(rows -> {
            Map<String, StateChange> latest = new HashMap<>();
            rows.forEach(row -> latest.put(row.getString("municipality_code"), stateChange(row)));
            return latest;
        });
    }

    /** The letter as it was sent, if it was. */
    public Uni<Optional<SentLetter>> sent(String code, LocalDate deadline) {
        return sent(code, deadline, null);
    }

    /** Letter {@code number} sent about the deadline (1 the first, 2 its first correction, …); the latest when null. */
    public Uni<Optional<SentLetter>> sent(String code, LocalDate deadline, Integer number) {
        return LetterStore.sent(reads, code, deadline, number).map(rows -> rows.size() == 0
                ? Optional.<SentLetter>empty() : Optional.of(sentLetter(rows.iterator().next())));
    }

    /**
     * A letter sent to a municipality: about which deadline, by whom and when, the position and verdict it states, and
     * its number among the letters about that deadline (above 1: a correction).
     */
    public record Sent(LocalDate deadline, String sentBy, Instant sentAt, int backlog, Verdict verdict, int number) {
    }

    /** Every letter sent to the municipality, the latest deadline first. */
    public Uni<List<Sent>> sentTo(String code) {
        return LetterStore.sentTo(reads, code).map(rows -> {
            List<Sent> sent = new ArrayList<>();
            rows.forEach(row -> sent.add(new Sent(row.getLocalDate("deadline"), row.getString("sent_by"),
                    row.getOffsetDateTime("sent_at").toInstant(), row.getInteger("backlog"), verdict(row), row.getInteger("number"))));
            return sent;
        });
    }

    /** The state a letter is in: its latest change, or DRAFT. */
    public static LetterState stateOf(List<StateChange> changes) {
        return changes.isEmpty() ? LetterState.DRAFT : changes.get(changes.size() - 1).state();
    }

    /**
     * Puts the letter in {@code change}'s state, storing {@code sent} with it when that is SENT; 400 naming the state
     * when the state the letter is in does not allow it.
     */
    public Uni<StateChange> record(String code, LocalDate deadline, StateChange change, SentLetter sent) {
        return transaction.under("letter:" + code + ":" + deadline, db -> changes(db, code, deadline)
                .chain(changes -> {
                    Optional<String> refusal = stateOf(changes).refusalOf(change.state());
                    if (refusal.isPresent()) {
                        return Uni.createFrom().failure(InvalidInputException.of("state", refusal.get()));
                    }
                    Uni<?> stored = LetterStore.insertChange(db, UUID.randomUUID(), code, deadline, change.state().name(),
                            change.changedBy(), change.changedAt());
                    if (sent != null) {
                        stored = stored.chain(() -> LetterStore.insertSent(db, code, deadline, sent.pdf(), sent.sha256(),
                                sent.backlog(), sent.templateVersion(), sent.sentBy(), sent.sentAt(),
                                sent.verdict() == null ? null : sent.verdict().name()));
                    }
                    return stored.replaceWith(change);
                }));
    }

    private static Uni<List<StateChange>> changes(io.vertx.mutiny.sqlclient.SqlClient db, String code, LocalDate deadline) {
        return LetterStore.changes(db, code, deadline).map(rows -> {
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

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
