package nl.permitholders.supervision.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.function.Function;

/**
 * The one way supervision's writes keep two writers of the same thing apart: a transaction-scoped advisory lock on a
 * key that names the thing ({@code "letter:GM0141:2026-01-01"}, {@code "exchange-agreement <id>"}), taken before the
 * write reads what it checks, held until commit or rollback. A second writer of the same key waits for the first and
 * then reads what it committed; writers of other keys do not wait. Rows cannot be locked instead: what is checked is
 * often rows that do not exist yet (the next version, the first state change).
 */
@ApplicationScoped
public class LockedTransaction {

    @Inject
    Pool pool;

    /** Runs {@code work} in one transaction of the default pool that first takes {@code key}'s lock. */
    public <T> Uni<T> under(String key, Function<SqlConnection, Uni<T>> work) {
        return pool.withTransaction(db -> lock(db, key).chain(() -> work.apply(db)));
    }

    /** Takes {@code key}'s lock for the rest of the transaction {@code db} runs in. */
    public static Uni<Void> lock(SqlClient db, String key) {
        return AdvisoryLockStore.lock(db, key);
    }

    /**
     * Takes the lock of each key for the rest of the transaction {@code db} runs in, in one statement, in key order: two
     * transactions that want some of the same keys then never each hold one the other waits for.
     */
    public static Uni<Void> lockAll(SqlClient db, Collection<String> keys) {
        return AdvisoryLockStore.lockAll(db, keys);
    }
}
