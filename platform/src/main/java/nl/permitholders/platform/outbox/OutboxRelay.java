package nl.permitholders.platform.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes the outbox to Kafka ({@link OutboxPublisher}: CloudEvents, key = subject, acks=all, idempotent) and stamps
 * the rows published. Two ways, chosen by {@link PublicationPath}:
 * <ul>
 * <li><b>From memory</b>, the usual way: right after a write commits, its events (kept by {@link AppendedEvents}) are
 * handed to the producer at once, and stamped published once the broker has acknowledged them, many rows per UPDATE.
 * No transaction and no read stands between the commit and the broker.</li>
 * <li><b>By claiming rows</b> ({@code FOR UPDATE SKIP LOCKED}, in id order, so several instances can relay at once
 * without sending a row twice concurrently): at start-up, from a failed publication on until the table holds nothing
 * more to publish, and for writes whose events were not kept in memory. Such a claim takes this instance's own rows
 * ({@link OwnUnpublished}) and of the others only those older than {@code outbox.publication-grace}: a younger one is
 * being published from memory by the instance that wrote it. A sweep every few seconds
 * ({@link OutboxSweep}) claims what a publication from memory left behind: an instance that was killed between commit
 * and publication, a stamp that failed. It claims only rows older than {@code outbox.publication-grace}, so that it
 * does not send again what another instance is publishing from memory at that moment.</li>
 * </ul>
 * Delivery is at least once: a crash between the broker's ack and the stamp re-sends the row, which consumers recognise
 * by its event id. While Kafka is unreachable the rows simply wait, and writes go on. A row the broker refuses for good
 * (too large, invalid: {@link OutboxPublisher#refusedForGood}) is parked instead of being tried for ever: never claimed
 * again, counted by {@code outbox_events_parked}, and the rows after it are published.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private static final UUID[] NONE = new UUID[0];
    private static final Duration SHUTDOWN_PATIENCE = Duration.ofSeconds(10);

    private final PublicationPath path = new PublicationPath();
    private final AtomicBoolean running = new AtomicBoolean();
    /** A claim was asked for while one ran; {@link #requestedAll}: of every row, not only of those left behind. */
    private final AtomicBoolean requested = new AtomicBoolean();
    private volatile boolean requestedAll;
    /** Set on shutdown: no new publication starts, and the one in progress ends after its batch. */
    private volatile boolean stopping;
    /** Completes when the claim in progress has ended. */
    private volatile CompletableFuture<Void> claiming = CompletableFuture.completedFuture(null);
    /** Publications from memory not yet acknowledged or failed. */
    private final ConcurrentHashMap.KeySetView<CompletableFuture<Void>, Boolean> inFlight = ConcurrentHashMap.newKeySet();
    private final PublishedStamps stamps = new PublishedStamps();
    private final OwnUnpublished own = new OwnUnpublished();

    @Inject
    OutboxStore store;

    @Inject
    OutboxMetrics metrics;

    @Inject
    OutboxPublisher publisher;

    @ConfigProperty(name = "outbox.batch-size", defaultValue = "500")
    int batchSize;

    @ConfigProperty(name = "outbox.publication-grace", defaultValue = "10s")
    Duration grace;

    @PostConstruct
    void watch() {
        metrics.watch(path);
    }

    /**
     * A write has committed these events: publishes them now, straight from memory, unless older events wait in the
     * table (then they are claimed in order, these with them). Never blocks.
     */
    public void publishCommitted(List<OutboxEvent> events) {
        if (events.isEmpty() || stopping) {
            return;
        }
        own.committed(events.stream().map(OutboxEvent::eventId).toList());
        if (!path.fromMemory()) {
            requestFlush();
            return;
        }
        List<CompletableFuture<Void>> acks = publisher.publish(events);
        // The stamp is written once every acknowledgement has been handled: a stage on the acknowledgements themselves
        // could run before their handlers (dependents run last registered first), leaving the stamps to the sweep.
        List<CompletableFuture<Void>> handled = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            OutboxEvent event = events.get(i);
            CompletableFuture<Void> ack = acks.get(i);
            inFlight.add(ack);
            handled.add(ack.whenComplete((ok, failure) -> {
                inFlight.remove(ack);
                if (failure == null) {
                    metrics.published(event.occurredAt(), OutboxMetrics.Way.FROM_MEMORY);
                    own.published(List.of(event.eventId()));
                    stamps.add(event.eventId());
                } else if (OutboxPublisher.refusedForGood(failure)) {
                    park(null, event, failure).subscribe().with(parked -> own.published(List.of(event.eventId())),
                            parkFailed -> LOG.warnf("Event %s not parked (%s); a claim will try again", event.eventId(), parkFailed.getMessage()));
                } else if (path.failed()) {
                    // Once per outage, not once per event: while the broker is away every event in flight fails.
                    LOG.warnf("Event %s not acknowledged (%s); it waits in the outbox, which is claimed in order from now on",
                            event.eventId(), failure.getMessage());
                } else {
                    LOG.debugf("Event %s not acknowledged either (%s); it waits in the outbox", event.eventId(), failure.getMessage());
                }
            }));
        }
        CompletableFuture.allOf(handled.toArray(CompletableFuture[]::new)).whenComplete((ok, failure) -> stamps.write());
    }

    /**
     * A write has committed more events than it kept in memory: they are claimed from the table in order, and until the
     * outbox has drained, later writes' events are claimed after them rather than published from memory ahead of them.
     * Never blocks.
     */
    public void publishCommittedFromTable() {
        if (stopping) {
            return;
        }
        path.behindTheTable();
        requestFlushOfUnknownEvents();
    }

    /** Claims and publishes every row not yet published, now or as soon as the claim in progress has finished. Never blocks. */
    public void requestFlush() {
        request(true);
    }

    /** A write committed events that were not kept in memory: claims every row, this instance's among them. Never blocks. */
    public void requestFlushOfUnknownEvents() {
        own.committedUnknown();
        request(true);
    }

    /** The sweep: claims what publications from memory left behind, or everything while the relay claims anyway. */
    void sweep() {
        stamps.write();
        request(!path.fromMemory());
    }

    private void request(boolean all) {
        if (all) {
            requestedAll = true;
        }
        requested.set(true);
        if (!stopping && running.compareAndSet(false, true)) {
            claim();
        }
    }

    /**
     * Graceful shutdown: before the database pool and the Kafka producer close, let the claim in progress and the
     * publications from memory finish and be stamped published, so the relay does not end mid-way (its rows would be
     * sent again by another instance). Rows left unpublished are picked up by any instance's sweep.
     */
    void stop(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent shutdown) {
        stopping = true;
        long deadline = System.nanoTime() + SHUTDOWN_PATIENCE.toNanos();
        try {
            claiming.get(SHUTDOWN_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
                    .exceptionally(failure -> null)
                    .get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            stamps.writeNow().get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf("The outbox publication in progress did not end within %s of shutdown: %s", SHUTDOWN_PATIENCE, e.getMessage());
        }
        publisher.close(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
    }

    private void claim() {
        requested.set(false);
        boolean all = requestedAll;
        requestedAll = false;
        CompletableFuture<Void> ended = new CompletableFuture<>();
        claiming = ended;
        long token = path.claimStarted();
        claimAll(all).onTermination().invoke(() -> ended.complete(null)).subscribe().with(
                complete -> {
                    if (complete && all) {
                        path.drained(token);
                        own.drained();
                    }
                    claimed(complete);
                },
                failure -> {
                    LOG.warnf("Outbox publication failed, the sweep will retry: %s", failure.getMessage());
                    claimed(false);
                });
    }

    private void claimed(boolean complete) {
        running.set(false);
        // After a failed publication only the sweep retries, so an unreachable broker is not hammered in a loop.
        if (complete && requested.get() && !stopping && running.compareAndSet(false, true)) {
            claim();
        }
    }

    /** Claims and publishes batches until none is left (true) or a send failed (false). */
    Uni<Boolean> claimAll(boolean all) {
        return store.inTransaction(db -> claimBatch(db, all)).flatMap(batch -> {
            if (batch.failed()) {
                path.failed();
                return Uni.createFrom().item(false);
            }
            return batch.claimed() == batchSize && !stopping ? claimAll(all) : Uni.createFrom().item(true);
        });
    }

    private Uni<BatchResult> claimBatch(SqlConnection connection, boolean all) {
        Uni<List<OutboxStore.Claimed>> claimed = all && own.overflowed()
                ? store.claimEvery(connection, batchSize)
                : store.claimOwnAndLeftBehind(connection, batchSize, OffsetDateTime.now().minus(grace), all ? own.ids() : NONE);
        return claimed.flatMap(rows -> {
            if (rows.isEmpty()) {
                return Uni.createFrom().item(new BatchResult(0, 0));
            }
            List<Long> ids = rows.stream().map(OutboxStore.Claimed::id).toList();
            List<OutboxEvent> events = rows.stream().map(OutboxStore.Claimed::event).toList();
            List<CompletableFuture<Void>> acks = publisher.publish(events);
            List<Uni<Outcome>> sends = new ArrayList<>(acks.size());
            for (int i = 0; i < acks.size(); i++) {
                OutboxEvent event = events.get(i);
                sends.add(Uni.createFrom().completionStage(acks.get(i))
                        .invoke(() -> metrics.published(event.occurredAt(), OutboxMetrics.Way.CLAIMED))
                        .replaceWith(Outcome.PUBLISHED)
                        .onFailure(OutboxPublisher::refusedForGood).recoverWithUni(e -> park(connection, event, e).replaceWith(Outcome.PARKED))
                        .onFailure().invoke(e -> LOG.debugf("Event %s not acknowledged: %s", event.eventId(), e.getMessage()))
                        .onFailure().recoverWithItem(Outcome.FAILED));
            }
            return Uni.join().all(sends).andFailFast().flatMap(results -> {
                List<Long> acked = new ArrayList<>(results.size());
                List<UUID> published = new ArrayList<>(results.size());
                int parked = 0;
                for (int i = 0; i < results.size(); i++) {
                    if (results.get(i) == Outcome.PUBLISHED) {
                        acked.add(ids.get(i));
                        published.add(events.get(i).eventId());
                    } else if (results.get(i) == Outcome.PARKED) {
                        parked++;
                        published.add(events.get(i).eventId());
                    }
                }
                BatchResult result = new BatchResult(rows.size(), acked.size() + parked);
                if (acked.isEmpty()) {
                    own.published(published);
                    return Uni.createFrom().item(result);
                }
                return store.stampClaimed(connection, acked).invoke(() -> own.published(published)).replaceWith(result);
            });
        });
    }

    /** What became of a claimed row: published, parked (refused for good), or left to be claimed again. */
    private enum Outcome { PUBLISHED, PARKED, FAILED }

    /** {@code done}: rows published or parked; any other was not acknowledged and waits. */
    private record BatchResult(int claimed, int done) {
        boolean failed() {
            return done < claimed;
        }
    }

    /**
     * Marks a row the broker refused for good, so that no claim takes it again (in the claim's transaction, or on its
     * own when {@code claim} is null); an operator decides what becomes of it.
     */
    private Uni<Void> park(SqlConnection claim, OutboxEvent event, Throwable refusal) {
        LOG.errorf("Event %s (%s, subject %s) parked in the outbox: the broker refuses it for good (%s). It is not published "
                + "until an operator acts (docs/operations.md, OutboxEventParked)", event.eventId(), event.type(), event.subject(),
                refusal.getMessage());
        String reason = String.valueOf(refusal.getMessage());
        return claim == null ? store.park(event.eventId(), reason) : store.park(claim, event.eventId(), reason);
    }

    /**
     * Event ids the broker acknowledged after a publication from memory, stamped published many at a time: one UPDATE
     * runs at a time and takes all that were acknowledged meanwhile. A failed stamp is tried again with the next (a
     * row left unstamped would only be sent again).
     */
    private final class PublishedStamps {

        private final ConcurrentHashMap.KeySetView<UUID, Boolean> waiting = ConcurrentHashMap.newKeySet();
        private final AtomicBoolean writing = new AtomicBoolean();
        private volatile CompletableFuture<Void> written = CompletableFuture.completedFuture(null);

        void add(UUID eventId) {
            waiting.add(eventId);
        }

        /** Stamps what waits, unless a stamp is being written (it writes what waits once it is done). */
        void write() {
            if (!waiting.isEmpty() && writing.compareAndSet(false, true)) {
                CompletableFuture<Void> done = new CompletableFuture<>();
                written = done;
                UUID[] ids = waiting.toArray(UUID[]::new);
                store.stampPublished(ids).subscribe().with(
                        rows -> {
                            for (UUID id : ids) {
                                waiting.remove(id);
                            }
                            finished(done, true);
                        },
                        failure -> {
                            LOG.debugf("%d events published but not yet stamped so (%s); tried again with the next", ids.length,
                                    failure.getMessage());
                            finished(done, false);
                        });
            }
        }

        private void finished(CompletableFuture<Void> done, boolean succeeded) {
            writing.set(false);
            done.complete(null);
            // After a failure the next acknowledgement or sweep tries again, so a database that is away is not hammered.
            if (succeeded && !waiting.isEmpty() && !stopping) {
                write();
            }
        }

        /** Writes what waits now and completes when it is written (or failed). */
        CompletableFuture<Void> writeNow() {
            CompletableFuture<Void> before = written;
            return before.thenCompose(ignored -> {
                write();
                return written;
            });
        }
    }
}
