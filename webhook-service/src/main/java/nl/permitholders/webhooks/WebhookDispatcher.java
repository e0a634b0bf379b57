package nl.permitholders.webhooks;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import nl.permitholders.webhooks.WebhookSender.Attempt;
import nl.permitholders.webhooks.WebhookSender.KeptEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends the waiting deliveries, each subscription on its own: every {@code webhooks.poll-interval} the active
 * subscriptions with a delivery due are handed to a bounded pool of senders ({@code webhooks.parallel-subscriptions}
 * threads), one task per subscription at a time, as many as there are free senders, the one served longest ago first
 * (so every subscription gets its turn, and one left out for want of a free sender is first the next round). A task
 * sends for {@code webhooks.task-budget} at most, then gives its thread to the next subscription; it holds a lease on
 * its subscription ({@code delivering_until}, {@code webhooks.lease}, longer than the budget and an attempt's
 * timeouts), so across instances too one sends a subscription's deliveries at a time.
 *
 * <p>Per subject (a municipality) deliveries go in the order they were queued, and a delivery waiting for a retry holds
 * back the later deliveries of its subject only: each batch is the oldest waiting delivery of every subject that is
 * due, oldest first, so however many subjects wait for a retry, the other subjects' deliveries go on. A subscription
 * is sent no more than {@code webhooks.rate-per-subscription} deliveries a second, and a receiving endpoint that does
 * not answer is left alone for a while ({@link EndpointCircuitRule}). Before its first delivery a subscription's
 * callback must allow deliveries in the abuse-protection handshake ({@link HandshakeRule}); one that does not is
 * suspended with the reason, and tried again when its owner resumes it.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final Duration DATABASE_WAIT = Duration.ofSeconds(30);

    /** The oldest waiting delivery of each subject, those of them that are due, oldest first, after a given one. */
    @Inject
    Pool pool;

    @Inject
    WebhookDeliveryStore deliveries;

    @Inject
    SubscriptionStore subscriptions;

    @Inject
    WebhookSender sender;

    @Inject
    DeliveryOutcomeStore outcomes;

    @Inject
    Clock clock;

    @ConfigProperty(name = "webhooks.parallel-subscriptions")
    int parallel;

    @ConfigProperty(name = "webhooks.batch-size")
    int batchSize;

    @ConfigProperty(name = "webhooks.lease")
    Duration lease;

    @ConfigProperty(name = "webhooks.task-budget")
    Duration budget;

    @ConfigProperty(name = "webhooks.rate-per-subscription")
    int ratePerSubscription;

    @ConfigProperty(name = "webhooks.circuit.failures")
    int circuitFailures;

    @ConfigProperty(name = "webhooks.circuit.open-for")
    Duration circuitOpenFor;

    @ConfigProperty(name = "webhooks.circuit.longest")
    Duration circuitLongest;

    private final Set<UUID> running = ConcurrentHashMap.newKeySet();
    private ThreadPoolExecutor senders;
    private EndpointCircuitRule circuits;

    @PostConstruct
    void start() {
        senders = new ThreadPoolExecutor(parallel, parallel, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(parallel),
                runnable -> {
                    Thread thread = new Thread(runnable, "webhook-sender");
                    thread.setDaemon(true);
                    return thread;
                });
        circuits = new EndpointCircuitRule(circuitFailures, circuitOpenFor, circuitLongest);
    }

    void stop(@Observes ShutdownEvent event) {
        senders.shutdownNow();
    }

    /** The circuits of the receiving endpoints, as this instance knows them. */
    EndpointCircuitRule circuits() {
        return circuits;
    }

    @Scheduled(every = "${webhooks.poll-interval}", delayed = "${webhooks.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> dispatch() {
        int free = parallel - running.size();
        if (free <= 0) {
            return Uni.createFrom().voidItem();
        }
        // More than the free senders, as some may wait behind an open circuit; served longest ago first.
        return subscriptions.due(pool, now(), free * 4).flatMap(rows -> {
                    int handed = 0;
                    List<UUID> heldBack = new ArrayList<>();
                    for (Row row : rows) {
                        UUID subscription = row.getUUID("id");
                        if (!circuits.allows(EndpointCircuitRule.endpoint(row.getString("callback_url")), clock.instant())) {
                            heldBack.add(subscription);
                            continue;
                        }
                        if (handed >= free) {
                            break;
                        }
                        if (running.add(subscription)) {
                            try {
                                senders.execute(() -> deliverAll(subscription));
                                handed++;
                            } catch (RejectedExecutionException busy) {
                                running.remove(subscription); // every sender busy: first in line next round
                                break;
                            }
                        }
                    }
                    // Behind an open circuit a subscription has had its turn, so those behind it in line get theirs.
                    return heldBack.isEmpty() ? Uni.createFrom().voidItem()
                            : subscriptions.served(pool, heldBack.toArray(UUID[]::new), now()).replaceWithVoid();
                })
                .onFailure().invoke(failure -> LOG.debugf("Webhook deliveries not looked for this round: %s", failure.toString()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Sends the subscription's due deliveries while its lease lasts, batch after batch, until none is due. */
    private void deliverAll(UUID id) {
        try {
            OffsetDateTime until = now().plus(lease);
            boolean leased = subscriptions.lease(pool, id, until, now())
                    .await().atMost(DATABASE_WAIT).rowCount() == 1;
            if (!leased) {
                return;
            }
            // A task ends after its budget, well within its lease, so the senders take turns among the subscriptions
            // and a slow receiver keeps one of them for a budget (and the attempt then under way) at most.
            OffsetDateTime stopBy = now().plus(budget);
            Pace pace = new Pace(ratePerSubscription);
            try {
                // Passes over every due subject, a batch at a time, so each is tried once a pass however many fail;
                // another pass while the last one delivered something (the next deliveries of its subjects are due).
                long after = 0;
                boolean deliveredInPass = false;
                while (now().isBefore(stopBy)) {
                    Batch batch = deliverBatch(id, after, stopBy, pace);
                    if (batch.stop()) {
                        break;
                    }
                    deliveredInPass |= batch.delivered();
                    if (batch.size() < batchSize) {
                        if (!deliveredInPass) {
                            break;
                        }
                        after = 0;
                        deliveredInPass = false;
                    } else {
                        after = batch.last();
                    }
                }
            } finally {
                subscriptions.release(pool, id, now()).await().atMost(DATABASE_WAIT);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Webhook deliveries of subscription %s interrupted: %s", id, e.toString());
        } finally {
            running.remove(id);
        }
    }

    /** What a batch came to: to stop (the subscription is no longer active, the budget spent), its size and last id. */
    private record Batch(boolean stop, int size, long last, boolean delivered) {

        static final Batch STOP = new Batch(true, 0, 0, false);
    }

    /** One batch: the oldest waiting delivery of each subject that is due, after delivery {@code after}. */
    private Batch deliverBatch(UUID id, long after, OffsetDateTime stopBy, Pace pace) {
        Optional<Subscription> found = subscriptions.byId(pool, id).await().atMost(DATABASE_WAIT);
        if (found.isEmpty() || found.get().status() != Subscription.Status.ACTIVE) {
            return Batch.STOP;
        }
        Subscription subscription = found.get();
        String endpoint = EndpointCircuitRule.endpoint(subscription.callbackUrl());
        boolean allowed = subscription.callbackAllowedAt() != null;
        List<Row> heads = new ArrayList<>();
        deliveries.dueHeads(pool, id, now(), batchSize, after).await().atMost(DATABASE_WAIT).forEach(heads::add);
        boolean delivered = false;
        for (Row row : heads) {
            if (now().isAfter(stopBy) || !circuits.allows(endpoint, clock.instant())) {
                return Batch.STOP;
            }
            pace.await();
            KeptEvent event = new KeptEvent(row.getUUID("event_id"), row.getString("type"), row.getString("source"), row.getString("subject"),
                    row.getOffsetDateTime("time"), row.getString("data"));
            Attempt attempt;
            if (!allowed) {
                // The handshake is asked when the first delivery is due, so a receiver that is down is asked again
                // on that delivery's back-off, as a delivery would be retried; only a receiver that answers and does
                // not allow deliveries suspends the subscription.
                Attempt handshake = sender.handshake(subscription);
                circuit(endpoint, handshake);
                if (!handshake.delivered() && !HandshakeRule.unanswered(handshake.status())) {
                    outcomes.handshakeRefused(id, handshake.error()).await().atMost(DATABASE_WAIT);
                    return Batch.STOP;
                }
                if (handshake.delivered()) {
                    outcomes.handshakeAllowed(id).await().atMost(DATABASE_WAIT);
                    allowed = true;
                }
                attempt = handshake.delivered() ? sender.send(subscription, event) : handshake;
            } else {
                attempt = sender.send(subscription, event);
            }
            circuit(endpoint, attempt);
            if (attempt.delivered()) {
                outcomes.delivered(row.getLong("id"), attempt.status()).await().atMost(DATABASE_WAIT);
                delivered = true;
            } else {
                OffsetDateTime firstFailed = row.getOffsetDateTime("first_failed_at");
                boolean suspended = outcomes.failed(id, row.getLong("id"), row.getInteger("attempts"),
                        firstFailed == null ? null : firstFailed.toInstant(), attempt.status(), attempt.error()).await().atMost(DATABASE_WAIT);
                if (suspended || !allowed) {
                    return Batch.STOP; // a handshake that got no answer is asked again on this delivery's back-off
                }
            }
        }
        return new Batch(false, heads.size(), heads.isEmpty() ? after : heads.get(heads.size() - 1).getLong("id"), delivered);
    }

    /** What an attempt tells the endpoint's circuit: an HTTP status is an answer; none (a timeout, no connection) is not. */
    private void circuit(String endpoint, Attempt attempt) {
        if (attempt.status() != null) {
            circuits.answered(endpoint);
        } else if (attempt.reachedNoReceiver()) {
            circuits.unanswered(endpoint, clock.instant());
        }
    }

    /** Spaces one task's attempts so that a subscription is sent no more than its rate a second. */
    private static final class Pace {

        private final long gapNanos;
        private long last;

        Pace(int perSecond) {
            this.gapNanos = perSecond <= 0 ? 0 : TimeUnit.SECONDS.toNanos(1) / perSecond;
        }

        void await() {
            long now = System.nanoTime();
            if (last != 0 && now - last < gapNanos) {
                java.util.concurrent.locks.LockSupport.parkNanos(gapNanos - (now - last));
            }
            last = System.nanoTime();
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
