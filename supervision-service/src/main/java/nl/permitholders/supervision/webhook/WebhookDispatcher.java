package nl.permitholders.supervision.webhook;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import nl.permitholders.supervision.webhook.WebhookSender.Attempt;
import nl.permitholders.supervision.webhook.WebhookSender.KeptEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends the waiting deliveries, each subscription on its own: every {@code webhooks.poll-interval} the active
 * subscriptions with a delivery due are handed to a bounded pool of senders ({@code webhooks.parallel-subscriptions}
 * threads), one task per subscription at a time, so a slow or failing receiver holds up only its own deliveries. A task
 * sends for {@code webhooks.task-budget} at most, then gives its thread to the next subscription; it holds a lease on
 * its subscription ({@code delivering_until}, {@code webhooks.lease}, longer than the budget and an attempt's timeouts), so across instances too one sends a subscription's
 * deliveries at a time, and sends them in the order they were queued, per subject: a delivery waiting for a retry
 * holds back the later deliveries of its subject, not those of other subjects. Before its first delivery a
 * subscription's callback must allow deliveries in the abuse-protection handshake ({@link HandshakeRule}); one that
 * does not is suspended with the reason, and tried again when its owner resumes it.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final Duration DATABASE_WAIT = Duration.ofSeconds(30);

    @Inject
    Pool pool;

    @Inject
    SubscriptionStore subscriptions;

    @Inject
    WebhookSender sender;

    @Inject
    DeliveryOutcomes outcomes;

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

    private final Set<UUID> running = ConcurrentHashMap.newKeySet();
    private ThreadPoolExecutor senders;

    @PostConstruct
    void start() {
        senders = new ThreadPoolExecutor(parallel, parallel, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(parallel * 4),
                runnable -> {
                    Thread thread = new Thread(runnable, "webhook-sender");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    void stop(@Observes ShutdownEvent event) {
        senders.shutdownNow();
    }

    @Scheduled(every = "${webhooks.poll-interval}", delayed = "${webhooks.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> dispatch() {
        return pool.preparedQuery("SELECT s.id FROM webhook_subscription s WHERE s.status = 'ACTIVE' "
                        + "AND (s.delivering_until IS NULL OR s.delivering_until < $1) AND EXISTS (SELECT 1 FROM webhook_delivery d "
                        + "WHERE d.subscription_id = s.id AND d.status = 'PENDING' AND d.next_attempt_at <= $1)")
                .execute(Tuple.of(now())).invoke(rows -> {
                    for (Row row : rows) {
                        UUID subscription = row.getUUID("id");
                        if (running.add(subscription)) {
                            try {
                                senders.execute(() -> deliverAll(subscription));
                            } catch (RejectedExecutionException busy) {
                                running.remove(subscription); // every sender busy: next round
                            }
                        }
                    }
                })
                .onFailure().invoke(failure -> LOG.debugf("Webhook deliveries not looked for this round: %s", failure.toString()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Sends the subscription's due deliveries while its lease lasts, batch after batch, until none is due. */
    private void deliverAll(UUID id) {
        try {
            OffsetDateTime until = now().plus(lease);
            boolean leased = pool.preparedQuery("UPDATE webhook_subscription SET delivering_until = $2 WHERE id = $1 AND status = 'ACTIVE' "
                            + "AND (delivering_until IS NULL OR delivering_until < $3)").execute(Tuple.of(id, until, now()))
                    .await().atMost(DATABASE_WAIT).rowCount() == 1;
            if (!leased) {
                return;
            }
            // A task ends after its budget, well within its lease, so the senders take turns among the subscriptions
            // and a slow receiver keeps one of them for a budget (and the attempt then under way) at most.
            OffsetDateTime stopBy = now().plus(budget);
            try {
                while (now().isBefore(stopBy) && deliverBatch(id, stopBy)) {
                    // a batch sent something: the next may be due already
                }
            } finally {
                pool.preparedQuery("UPDATE webhook_subscription SET delivering_until = NULL WHERE id = $1").execute(Tuple.of(id))
                        .await().atMost(DATABASE_WAIT);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Webhook deliveries of subscription %s interrupted: %s", id, e.toString());
        } finally {
            running.remove(id);
        }
    }

    /** One batch in queue order; @return whether it delivered something and the subscription is still active. */
    private boolean deliverBatch(UUID id, OffsetDateTime stopBy) {
        Optional<Subscription> found = subscriptions.byId(pool, id).await().atMost(DATABASE_WAIT);
        if (found.isEmpty() || found.get().status() != Subscription.Status.ACTIVE) {
            return false;
        }
        Subscription subscription = found.get();
        boolean allowed = subscription.callbackAllowedAt() != null;
        List<Row> waiting = new ArrayList<>();
        pool.preparedQuery("SELECT d.id, d.attempts, d.first_failed_at, d.next_attempt_at, e.id AS event_id, e.type, e.source, "
                        + "e.subject, e.time, e.data FROM webhook_delivery d JOIN webhook_event e ON e.seq = d.event_seq "
                        + "WHERE d.subscription_id = $1 AND d.status = 'PENDING' ORDER BY d.id LIMIT $2")
                .execute(Tuple.of(id, batchSize)).await().atMost(DATABASE_WAIT).forEach(waiting::add);
        Set<String> heldBack = new HashSet<>();
        boolean delivered = false;
        for (Row row : waiting) {
            if (now().isAfter(stopBy)) {
                return false;
            }
            String subject = row.getString("subject") == null ? "" : row.getString("subject");
            if (heldBack.contains(subject)) {
                continue;
            }
            if (row.getOffsetDateTime("next_attempt_at").isAfter(now())) {
                heldBack.add(subject);
                continue;
            }
            KeptEvent event = new KeptEvent(row.getUUID("event_id"), row.getString("type"), row.getString("source"), row.getString("subject"),
                    row.getOffsetDateTime("time"), row.getString("data"));
            Attempt attempt;
            if (!allowed) {
                // The handshake is asked when the first delivery is due, so a receiver that is down is asked again
                // on that delivery's back-off, as a delivery would be retried; only a receiver that answers and does
                // not allow deliveries suspends the subscription.
                Attempt handshake = sender.handshake(subscription);
                if (!handshake.delivered() && !HandshakeRule.unanswered(handshake.status())) {
                    outcomes.handshakeRefused(id, handshake.error()).await().atMost(DATABASE_WAIT);
                    return false;
                }
                if (handshake.delivered()) {
                    outcomes.handshakeAllowed(id).await().atMost(DATABASE_WAIT);
                    allowed = true;
                }
                attempt = handshake.delivered() ? sender.send(subscription, event) : handshake;
            } else {
                attempt = sender.send(subscription, event);
            }
            if (attempt.delivered()) {
                outcomes.delivered(row.getLong("id"), attempt.status()).await().atMost(DATABASE_WAIT);
                delivered = true;
            } else {
                heldBack.add(subject);
                OffsetDateTime firstFailed = row.getOffsetDateTime("first_failed_at");
                boolean suspended = outcomes.failed(id, row.getLong("id"), row.getInteger("attempts"),
                        firstFailed == null ? null : firstFailed.toInstant(), attempt.status(), attempt.error()).await().atMost(DATABASE_WAIT);
                if (suspended) {
                    return false;
                }
            }
        }
        return delivered;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
