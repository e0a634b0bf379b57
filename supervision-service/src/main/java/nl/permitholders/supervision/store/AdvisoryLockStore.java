package nl.permitholders.supervision.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.Collection;
import java.util.TreeSet;

/** The statements of {@link LockedTransaction}'s advisory locks, each held until the transaction it runs in ends. */
public final class AdvisoryLockStore {

    private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtext($1))";
    private static final String LOCK_ALL = "SELECT count(pg_advisory_xact_lock(hashtext(k))) FROM unnest($1::text[]) AS k";

    private AdvisoryLockStore() {
    }

    /** Takes {@code key}'s lock for the rest of the transaction {@code db} runs in. */
    static Uni<Void> lock(SqlClient db, String key) {
        return db.preparedQuery(LOCK).execute(Tuple.of(key)).replaceWithVoid();
    }

    /** Takes the lock of each key for the rest of the transaction {@code db} runs in, in one statement, in key order. */
    static Uni<Void> lockAll(SqlClient db, Collection<String> keys) {
        return db.preparedQuery(LOCK_ALL).execute(Tuple.of((Object) new TreeSet<>(keys).toArray(String[]::new))).replaceWithVoid();
    }
}
