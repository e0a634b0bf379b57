package nl.permitholders.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aRefusedConnectionDeepInTheCauseChainIsTheDatabaseBeingUnavailable() {
        Throwable failure = new CompletionException(new HibernateException("could not obtain a connection",
                new ConnectException("Connection refused: localhost/127.0.0.1:5432")));
        assertThat(DatabaseUnavailable.causedBy(failure)).isTrue();
    }

    @Test
    void aConnectionClosedUnderTheRequestIsTheDatabaseBeingUnavailable() {
        assertThat(DatabaseUnavailable.causedBy(new HibernateException("closed", ClosedConnectionException.INSTANCE))).isTrue();
    }

    @Test
    void aConnectionResetUnderAQueryIsTheDatabaseBeingUnavailable() {
        assertThat(DatabaseUnavailable.causedBy(new CompletionException(new java.net.SocketException("Connection reset")))).isTrue();
    }

    @Test
    void aConnectionResetWhileTheClientOpensItIsTheDatabaseBeingUnavailable() {
        IOException reset = new IOException("Connection reset by peer");
        reset.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("sun.nio.ch.FileDispatcherImpl", "write0", null, -2),
                new StackTraceElement("io.vertx.pgclient.impl.PgSocketConnection", "sendStartupMessage", "PgSocketConnection.java", 87)});
        assertThat(DatabaseUnavailable.causedBy(new CompletionException(reset))).isTrue();
    }

    @Test
    void anIoFailureElsewhereIsNot() {
        assertThat(DatabaseUnavailable.causedBy(new CompletionException(new IOException("Connection reset by peer")))).isFalse();
    }

    @Test
    void theServerShuttingDownOrStartingIsTheDatabaseBeingUnavailable() {
        assertThat(DatabaseUnavailable.causedBy(pg("57P01", "terminating connection due to administrator command"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(pg("57P03", "the database system is starting up"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(pg("08006", "connection failure"))).isTrue();
    }

    @Test
    void aViolatedConstraintOrAnyOtherFailureIsNot() {
        assertThat(DatabaseUnavailable.causedBy(pg("23505", "duplicate key value violates unique constraint"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("a bug"))).isFalse();
    }

    private static Throwable pg(String sqlState, String message) {
        return new HibernateException("failed", new PgException(message, "FATAL", sqlState, null));
    }
}
