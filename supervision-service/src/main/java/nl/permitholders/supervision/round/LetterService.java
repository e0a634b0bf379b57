package nl.permitholders.supervision.round;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.supervision.store.LockedTransaction;
import nl.permitholders.supervision.store.ReadPool;

/**
 * The state of every judgement letter (one municipality, one deadline) and the letters as they were sent. A change of
 * state is written in a transaction that holds the letter's lock and checks the state it follows ({@link
 * LetterState#refusalOf}), so two changes at once cannot both pass; a sent letter's PDF is stored with it.
 */
@ApplicationScoped
public class LetterService {

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
        return LetterStore.latest(reads, codes.toArray(String[]::new), deadline);
    }

    /** The letter as it was sent, if it was. */
    public Uni<Optional<SentLetter>> sent(String code, LocalDate deadline) {
        return sent(code, deadline, null);
    }

    /** Letter {@code number} sent about the deadline (1 the first, 2 its first correction, …); the latest when null. */
    public Uni<Optional<SentLetter>> sent(String code, LocalDate deadline, Integer number) {
        return LetterStore.sent(reads, code, deadline, number);
    }

    /** Every letter sent to the municipality, the latest deadline first. */
    public Uni<List<SentLetterSummary>> sentTo(String code) {
        return LetterStore.sentTo(reads, code);
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
        return LetterStore.changes(db, code, deadline);
    }
}
