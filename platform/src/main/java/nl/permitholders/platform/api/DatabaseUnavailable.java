package nl.permitholders.platform.api;

import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.DatabaseException;
import java.io.IOException;
import java.net.SocketException;
import java.util.Arrays;
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
            if (cause instanceof SocketException || cause instanceof ClosedConnectionException || resetOnTheDatabasesSocket(cause)) {
                return true;
            }
            if (cause instanceof DatabaseException database && database.getSqlState() != null
                    && (database.getSqlState().startsWith("08") || SERVER_GOING_AWAY.contains(database.getSqlState()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A reset or broken pipe on the PostgreSQL client's socket, e.g. while a connection is being opened to a server that
     * is going away: the socket layer reports it as a plain IOException, which says nothing about whose socket it was,
     * so the client's own frames tell (a subclass, such as a JSON parser's, is not a socket's).
     */
    private static boolean resetOnTheDatabasesSocket(Throwable cause) {
        return cause.getClass() == IOException.class
                && Arrays.stream(cause.getStackTrace()).anyMatch(frame -> frame.getClassName().startsWith("io.vertx.pgclient."));
    }
}
