package nl.permitholders.platform.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.permitholders.platform.audit.WriteLogStore;
import nl.permitholders.platform.persistence.UniqueViolation;
import org.jboss.logging.Logger;

/**
 * Runs a write in one database transaction and, once it has committed, hands the events it appended to the outbox to
 * the relay, which publishes them at once. Publishing right after commit keeps event latency low; the relay's periodic
 * sweep is only the safety net for events whose prompt publication failed.
 *
 * <p>A caller that goes away while its write runs (a client that disconnects or times out, a connection the server
 * closes while stopping) does not tear the transaction down half-way: Hibernate's session would be closed under a
 * running statement, which rolls back but leaves errors nobody can receive. Instead the write runs to its end and is
 * then rolled back, because nobody is left to be told it succeeded and a retry must not find it done twice.
 */
@ApplicationScoped
public class OutboxTransaction {

    private static final Logger LOG = Logger.getLogger(OutboxTransaction.class);

    @Inject
    OutboxRelay relay;

    @Inject
    WriteLogStore writeLog;

    @Inject
    Pool pool;

    /** Runs {@code work} in a transaction of the Hibernate session, in which {@link Outbox#append} appends. */
    public <T> Uni<T> run(Supplier<Uni<T>> work) {
        return answered(unlessCallerGone -> Panache.withTransaction(() -> work.get().invoke(unlessCallerGone)));
    }

    /**
     * Runs {@code work} in a transaction on a connection of the reactive SQL client, for a service that writes with it:
     * the write's statements go through the connection it is given, and so do its events
     * ({@link Outbox#append(SqlClient, String, String, Object)}).
     */
    public <T> Uni<T> runOnConnection(Function<SqlConnection, Uni<T>> work) {
        return answered(unlessCallerGone -> pool.withTransaction(db -> work.apply(db).invoke(unlessCallerGone)));
    }

    /**
     * The answer of a write that {@code transaction} runs, handed {@code unlessCallerGone} to call as the write's last
     * step: it fails the write, and so rolls it back, when the caller has gone away meanwhile.
     */
    private <T> Uni<T> answered(Function<Runnable, Uni<T>> transaction) {
        return Uni.createFrom().emitter(answer -> {
            AtomicBoolean answered = new AtomicBoolean();
            AtomicBoolean callerGone = new AtomicBoolean();
            answer.onTermination(() -> {
                if (!answered.get() && callerGone.compareAndSet(false, true)) {
                    LOG.info("The caller of a write went away before it finished; the write will be rolled back");
                }
            });
            AppendedEvents appended = AppendedEvents.open();
            writeLog.attributing(() -> transaction.apply(() -> {
                        if (callerGone.get()) {
                            throw new CallerGone();
                        }
                    }))
                    .invoke(() -> published(appended))
                    .eventually(() -> {
                        if (appended != null) {
                            appended.close();
                        }
                    })
                    .subscribe().with(item -> {
                        answered.set(true);
                        if (callerGone.get()) {
                            LOG.info("A write committed just as its caller went away; it is stored although the caller was not told");
                        }
                        answer.complete(item);
                    }, failure -> {
                        answered.set(true);
                        if (!callerGone.get()) {
                            answer.fail(failure);
                        } else if (failure instanceof CallerGone) {
                            LOG.info(CallerGone.MESSAGE);
                        } else {
                            // Not actionable: nobody waits for the answer and the transaction rolled back.
                            LOG.infof("A write whose caller had gone away failed, so nothing of it was stored: %s", failure.toString());
                        }
                    });
        });
    }

    /** Hands what the write appended to the relay once it has committed; a write inside another leaves that to the outer one. */
    private void published(AppendedEvents appended) {
        if (appended == null) {
            relay.requestFlushOfUnknownEvents();
        } else if (appended.outermost() && appended.unkept()) {
            relay.publishCommittedFromTable();
        } else if (appended.outermost()) {
            relay.publishCommitted(appended.events());
        }
    }

    /**
     * For idempotent registrations (look up, insert if absent): when two first registrations of the same thing race,
     * one loses on the unique key; it runs once more, finds the winner's row and answers as a repeat would.
     */
    public <T> Uni<T> runRetryingUniqueRace(Supplier<Uni<T>> work) {
        return run(work).onFailure(UniqueViolation::isCause).recoverWithUni(() -> run(work));
    }

    /** Ends a write whose caller went away before it finished; the transaction rolls back. */
    static final class CallerGone extends RuntimeException {

        static final String MESSAGE = "A write was rolled back because its caller went away before it finished";

        CallerGone() {
            super(MESSAGE, null, false, false);
        }
    }
}
