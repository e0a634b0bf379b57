package nl.permitholders.supervision.projection;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

/**
 * The projection's version: raised by every transaction that changes the projection, read by whoever keeps results
 * computed from it. Raising it takes the row's lock until commit, which orders those transactions' commits; it is the
 * last statement of each, so the lock is held briefly.
 */
public final class ProjectionVersion {

    /** Raises the version; run it as the last statement of a transaction that changed the projection. */
    public static final String RAISE = "UPDATE projection_version SET version = version + 1";

    private ProjectionVersion() {
    }

    /** Raises the version; the version it now has. */
    public static Uni<Long> raise(SqlClient db) {
        return db.query(RAISE + " RETURNING version").execute().map(rows -> rows.iterator().next().getLong(0));
    }

    /** The version now; read it before the data computed under it, so that data is at least this new. */
    public static Uni<Long> current(SqlClient db) {
        return db.query("SELECT version FROM projection_version").execute().map(rows -> rows.iterator().next().getLong(0));
    }
}
