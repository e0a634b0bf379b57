package nl.permitholders.supervision.verdict;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.permitholders.supervision.figures.LedgerChunks;
import nl.permitholders.supervision.verdict.VerdictRecorder.Cause;

/**
 * Judges municipalities again ({@link VerdictRecorder}) in transactions of a few municipalities and ledger entries each
 * ({@link LedgerChunks}), two at a time, each retried with back-off when the database fails it. One transaction reads
 * the ledgers of all its municipalities at once: a batch of events that touches a hundred municipalities of a thousand
 * entries each would otherwise read a hundred thousand rows into memory in one go.
 */
@ApplicationScoped
public class Rejudging {

    /** Municipalities judged per transaction, at most. */
    static final int MUNICIPALITIES_PER_TRANSACTION = 20;
    /** Ledger entries read per transaction, at most (about 400 KB of rows). */
    static final long ENTRIES_PER_TRANSACTION = 2_000;
    /**
     * Transactions judging at once: while one waits for its ledgers, another computes its verdicts. Each locks its own
     * municipalities, in code order like every judging transaction, so they never wait for each other.
     */
    private static final int TRANSACTIONS_AT_ONCE = 2;

    @Inject
    VerdictRecorder verdicts;

    @Inject
    Pool pool;

    /** Judges the municipalities of {@code causes} again, each naming its cause. */
    public Uni<Void> judge(Map<String, Cause> causes) {
        if (causes.size() <= 1) {
            return inTransaction(causes);
        }
        return pool.preparedQuery("SELECT municipality_code, count(*) FROM ledger_entry WHERE municipality_code = ANY($1) "
                        + "GROUP BY municipality_code")
                .execute(Tuple.of((Object) causes.keySet().toArray(String[]::new)))
                .onItem().transformToMulti(rows -> {
                    Map<String, Long> entries = new HashMap<>();
                    for (Row row : rows) {
                        entries.put(row.getString(0), row.getLong(1));
                    }
                    List<LedgerChunks.Ledger> ledgers = new ArrayList<>();
                    new TreeMap<>(causes).keySet().forEach(code -> ledgers.add(new LedgerChunks.Ledger(code, entries.getOrDefault(code, 0L))));
                    return Multi.createFrom().iterable(LedgerChunks.of(ledgers, MUNICIPALITIES_PER_TRANSACTION, ENTRIES_PER_TRANSACTION));
                })
                .onItem().transformToUni(chunk -> {
                    Map<String, Cause> ofChunk = new LinkedHashMap<>();
                    chunk.forEach(code -> ofChunk.put(code, causes.get(code)));
                    return inTransaction(ofChunk);
                }).merge(TRANSACTIONS_AT_ONCE)
                .collect().last()
                .replaceWithVoid();
    }

    private Uni<Void> inTransaction(Map<String, Cause> causes) {
        return pool.withTransaction(db -> verdicts.rejudge(db, causes))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).atMost(20);
    }
}
