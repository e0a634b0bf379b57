package nl.permitholders.supervision.projection;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.Collection;

/**
 * The projection's version: raised by every transaction that changes the projection, read by whoever keeps results
 * computed from it. Raising it takes the row's lock until commit, which orders those transactions' commits; it is the
 * last statement of each, so the lock is held briefly.
 * <p>
 * The live consumer also logs which municipalities each version changed ({@code projection_change}), so that a reader
 * can compute again only those ({@link ProjectionChanges}). A version raised without a log row (a rebuild's exchange)
 * counts as having changed anything.
 */
public final class ProjectionVersion {

    /** Raises the version; run it as the last statement of a transaction that changed the projection. */
    public static final String RAISE = "UPDATE projection_version SET version = version + 1";

    /** How many of the latest versions' changes are kept; a reader further behind computes everything again. */
    static final long CHANGES_KEPT = 100_000;

    private ProjectionVersion() {
    }

    /** Raises the version; the version it now has. A change of anything: no municipalities are logged. */
    public static Uni<Long> raise(SqlClient db) {
        return db.query(RAISE + " RETURNING version").execute().map(rows -> rows.iterator().next().getLong(0));
    }

    /**
     * Raises the version and logs the municipalities it changed, {@code null} for "anything may have changed"; the version
     * it now has.
     */
    public static Uni<Long> raise(SqlClient db, Collection<String> changed) {
        return db.preparedQuery("WITH " + raisedAndLogged("", 1) + " SELECT version FROM version")
                .execute(Tuple.of(changed == null ? null : changed.toArray(String[]::new)))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /**
     * The common table expressions (for the caller's {@code WITH}) that raise the version ({@code version}, which returns
     * it) if {@code condition} holds (a {@code WHERE} clause, or empty), log parameter {@code $codesParameter} (a text
     * array, or null for anything) as its change, and let go of changes older than {@link #CHANGES_KEPT} versions.
     */
    static String raisedAndLogged(String condition, int codesParameter) {
        return "version AS (" + RAISE + " " + condition + " RETURNING version), "
                + "logged AS (INSERT INTO projection_change (version, municipality_codes) SELECT version, $" + codesParameter
                + "::text[] FROM version), "
                + "let_go AS (DELETE FROM projection_change WHERE version <= (SELECT version FROM version) - " + CHANGES_KEPT + ")";
    }

    /** The version now; read it before the data computed under it, so that data is at least this new. */
    public static Uni<Long> current(SqlClient db) {
        return db.query("SELECT version FROM projection_version").execute().map(rows -> rows.iterator().next().getLong(0));
    }
}
