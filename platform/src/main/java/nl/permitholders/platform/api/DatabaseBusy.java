package nl.permitholders.platform.api;

import io.vertx.core.VertxException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.impl.NoStackTraceThrowable;

/**
 * Tells a request that waited in vain for a database connection from the service's pool: every connection stayed
 * busy for as long as the pool lets a request wait (Vert.x fails a session's acquisition with the bare message
 * "Timeout", and a query on the pool itself with "Timeout waiting for connection"), or the queue of waiting requests
 * was full. The request ran no statement, so it changed nothing and is worth retrying shortly:
 * it is answered 503 with Retry-After rather than 500.
 */
public final class DatabaseBusy {

    /** What Vert.x's SQL connection pool fails an acquisition with when its wait runs out. */
    static final String POOL_WAIT_EXPIRED = "Timeout";

    /** What it fails a query made on the pool itself with (Pool.query) when no connection became free in time. */
    static final String POOL_QUERY_WAIT_EXPIRED = "Timeout waiting for connection";

    private DatabaseBusy() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectionPoolTooBusyException
                    || cause instanceof NoStackTraceThrowable && POOL_WAIT_EXPIRED.equals(cause.getMessage())
                    || cause instanceof VertxException && POOL_QUERY_WAIT_EXPIRED.equals(cause.getMessage())) {
                return true;
            }
        }
        return false;
    }
}
