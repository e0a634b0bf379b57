package nl.permitholders.platform.persistence;

import io.vertx.pgclient.PgException;
import java.sql.SQLException;

/** Recognises PostgreSQL's unique_violation (23505), however Hibernate Reactive or the client wrapped it. */
public final class UniqueViolation {

    private static final String SQL_STATE = "23505";

    private UniqueViolation() {
    }

    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && SQL_STATE.equals(sql.getSQLState())
                    || cause instanceof PgException pg && SQL_STATE.equals(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }
}
