package nl.permitholders.supervision.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Two writers of the same key take turns, writers of other keys do not wait: the advisory lock a write takes before it
 * reads what it checks, held for its transaction.
 */
@QuarkusTest
class LockedTransactionTest {

    private static final Duration AT_MOST = Duration.ofSeconds(20);
    /** The advisory locks on a key ($1) as pg_locks shows them: the 64-bit key split in two, granted or waiting ($2). */
    private static final String LOCKS_ON = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 1 "
            + "AND classid::bigint = (hashtext($1)::bigint >> 32) & 4294967295 AND objid::bigint = hashtext($1)::bigint & 4294967295 "
            + "AND granted = $2";

    @Inject
    LockedTransaction transaction;

    @Inject
    Pool pool;

    @Test
    void aSecondWriterOfTheSameKeyWaitsUntilTheFirstEnds() {
        String key = "test:" + UUID.randomUUID();
        CompletableFuture<String> release = new CompletableFuture<>();
        CompletableFuture<String> first = holding(key, release);

        CompletableFuture<String> second = transaction.under(key, db -> Uni.createFrom().item("second")).subscribeAsCompletionStage();
        await().atMost(AT_MOST).until(() -> locksOn(pool, key, false) == 1);
        assertThat(second).as("the second writer, while the first holds the key").isNotDone();

        release.complete("first");
        await().atMost(AT_MOST).until(second::isDone);
        assertThat(first.join()).isEqualTo("first");
        assertThat(second.join()).isEqualTo("second");
        assertThat(locksOn(pool, key, true)).as("locks left after both committed").isZero();
    }

    @Test
    void aWriterOfAnotherKeyDoesNotWait() {
        String key = "test:" + UUID.randomUUID();
        CompletableFuture<String> release = new CompletableFuture<>();
        CompletableFuture<String> first = holding(key, release);

        String other = transaction.under("test:" + UUID.randomUUID(), db -> Uni.createFrom().item("other")).await().atMost(AT_MOST);

        assertThat(other).isEqualTo("other");
        assertThat(first).as("the first writer, still holding its key").isNotDone();
        release.complete("first");
        assertThat(first.join()).isEqualTo("first");
    }

    @Test
    void lockAllHoldsEveryKeyForTheTransaction() {
        List<String> keys = List.of("test:" + UUID.randomUUID(), "test:" + UUID.randomUUID(), "test:" + UUID.randomUUID());

        List<Long> held = pool.withTransaction(db -> LockedTransaction.lockAll(db, keys)
                        .chain(() -> Uni.join().all(keys.stream().map(key -> locksOn(db, key)).toList()).andFailFast()))
                .await().atMost(AT_MOST);

        assertThat(held).as("granted locks per key inside the transaction").containsExactly(1L, 1L, 1L);
        for (String key : keys) {
            assertThat(locksOn(pool, key, true)).as("locks on %s after commit", key).isZero();
        }
    }

    /** A writer that holds {@code key}'s lock, once it does, until {@code release} completes. */
    private CompletableFuture<String> holding(String key, CompletableFuture<String> release) {
        CompletableFuture<String> writer = transaction.under(key, db -> Uni.createFrom().completionStage(release))
                .subscribeAsCompletionStage();
        await().atMost(AT_MOST).until(() -> locksOn(pool, key, true) == 1);
        return writer;
    }

    private static Uni<Long> locksOn(SqlClient db, String key) {
        return db.preparedQuery(LOCKS_ON).execute(Tuple.of(key, true)).map(rows -> rows.iterator().next().getLong(0));
    }

    private static long locksOn(Pool pool, String key, boolean granted) {
        return pool.preparedQuery(LOCKS_ON).execute(Tuple.of(key, granted)).await().atMost(AT_MOST).iterator().next().getLong(0);
    }
}
