package nl.permitholders.supervision.verdict;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.permitholders.platform.inbox.ConsumerRetries;
import nl.permitholders.supervision.store.LedgerChunks;
import nl.permitholders.supervision.verdict.VerdictRecorder.Cause;

/**
 * Judges municipalities again ({@link VerdictRecorder}) in transactions of a few municipalities and ledger entries each
 * ({@link LedgerChunks}), two at a time, each retried when the database fails it. One transaction reads
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

    @Inject
    ConsumerRetries retries;

    /** Judges the municipalities of {@code causes} again, each naming its cause; each statement retried with back-off. */
    public Uni<Void> judge(Map<String, Cause> causes) {
        return judge(causes, Optional.empty());
    }

    /**
     * As {@link #judge(Map)}, for the consumer of {@code topic} after it applied its events: each statement is retried
     * as that consumer retries applying them ({@link ConsumerRetries}), so while the database is away the consumer
     * waits for it and readiness names the topic, instead of judging out of sight until its retries run out.
     */
    public Uni<Void> judgeForConsumerOf(String topic, Map<String, Cause> causes) {
        return judge(causes, Optional.of(topic));
    }

    private Uni<Void> judge(Map<String, Cause> causes, Optional<String> consumerTopic) {
        if (causes.size() <= 1) {
            return inTransaction(causes, consumerTopic);
        }
        return retried(consumerTopic, VerdictRecordStore.ledgerSizes(pool, causes.keySet().toArray(String[]::new)))
                .onItem().transformToMulti(entries -> {
                    List<LedgerChunks.Ledger> ledgers = new ArrayList<>();
                    new TreeMap<>(causes).keySet().forEach(code -> ledgers.add(new LedgerChunks.Ledger(code, entries.getOrDefault(code, 0L))));
                    return Multi.createFrom().iterable(LedgerChunks.of(ledgers, MUNICIPALITIES_PER_TRANSACTION, ENTRIES_PER_TRANSACTION));
                })
                .onItem().transformToUni(chunk -> {
                    Map<String, Cause> ofChunk = new LinkedHashMap<>();
                    chunk.forEach(code -> ofChunk.put(code, causes.get(code)));
                    return inTransaction(ofChunk, consumerTopic);
                }).merge(TRANSACTIONS_AT_ONCE)
                .collect().last()
                .replaceWithVoid();
    }

    private Uni<Void> inTransaction(Map<String, Cause> causes, Optional<String> consumerTopic) {
        return retried(consumerTopic, pool.withTransaction(db -> verdicts.rejudge(db, causes)));
    }

    private <T> Uni<T> retried(Optional<String> consumerTopic, Uni<T> statement) {
        return consumerTopic.map(topic -> retries.retry(topic, statement))
                .orElseGet(() -> statement.onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).atMost(20));
    }
}
