package nl.permitholders.platform.api;

import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.DatabaseException;
import java.net.SocketException;
import java.util.Set;

/**
 * Tells a failure caused by the database being unreachable (restarting, failing over, refusing connections) from
 * any other. Such a request changed nothing (its transaction never committed) and is worth retrying shortly, so it
 * is answered 503 with Retry-After rather than 500.
 */
public final class DatabaseUnavailable {

    /** SQLSTATEs of a server going away or not accepting connections yet: shutdown by the administrator, crash, start-up. */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            // SocketException: refused (ConnectException) or reset under a query when the server goes away
            if (cause instanceof SocketException || cause instanceof ClosedConnectionException) {
                return true;
            }
            if (cause instanceof DatabaseException database && database.getSqlState() != null
                    && (database.getSqlState().startsWith("08") || SERVER_GOING_AWAY.contains(database.getSqlState()))) {
                return true;
            }
        }
        return false;
    }
}
