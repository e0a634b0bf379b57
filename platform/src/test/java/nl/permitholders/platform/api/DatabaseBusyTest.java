package nl.permitholders.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.VertxException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionException;
import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

class DatabaseBusyTest {

    @Test
    void aConnectionThePoolCouldNotHandOutInTimeIsTheDatabaseBeingBusy() {
        // Exactly what Vert.x's SqlConnectionPool fails a waiter with when its connection timeout runs out.
        Throwable expired = Future.failedFuture(DatabaseBusy.POOL_WAIT_EXPIRED).cause();
        assertThat(DatabaseBusy.causedBy(new CompletionException(new HibernateException("could not obtain a connection", expired))))
                .isTrue();
        assertThat(DatabaseBusy.causedBy(new ConnectionPoolTooBusyException("Connection pool reached max wait queue size of 50")))
                .isTrue();
        // What SqlConnectionPool fails a Pool.query with when its timeout runs out.
        assertThat(DatabaseBusy.causedBy(new VertxException(DatabaseBusy.POOL_QUERY_WAIT_EXPIRED, true))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseBusy.causedBy(Future.failedFuture("Something else").cause())).isFalse();
        assertThat(DatabaseBusy.causedBy(new IllegalStateException("Timeout"))).isFalse();
        assertThat(DatabaseBusy.causedBy(new VertxException("Connection refused", true))).isFalse();
        assertThat(DatabaseBusy.causedBy(new java.net.ConnectException("Connection refused"))).isFalse();
    }

    @Test
    void aRequestThatFoundNoFreeConnectionIsAnswered503WithRetryAfter() {
        ProblemMappers mappers = new ProblemMappers();
        mappers.json = new ObjectMapper();

        Response answer = mappers.unexpected(new CompletionException(Future.failedFuture(DatabaseBusy.POOL_WAIT_EXPIRED).cause()));

        assertThat(answer.getStatus()).isEqualTo(503);
        assertThat(answer.getHeaderString("Retry-After")).isEqualTo("2");
        assertThat(answer.getMediaType()).hasToString(Problem.MEDIA_TYPE);
        assertThat((String) answer.getEntity()).contains("too busy");
    }
}
