package nl.permitholders.webhooks;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.permitholders.webhooks.RetrySchedule.AfterFailure;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Records what a delivery attempt came to, in one transaction: delivered, or failed with the next attempt the
 * {@link RetrySchedule} sets; when it says the delivery has failed for too long, the subscription is suspended with
 * the reason, which its owner sees.
 */
@ApplicationScoped
public class DeliveryOutcomeStore {

    private static final Logger LOG = Logger.getLogger(DeliveryOutcomeStore.class);

    @Inject
    Pool pool;

    @Inject
    Clock clock;

    @ConfigProperty(name = "webhooks.retry.base")
    Duration base;

    @ConfigProperty(name = "webhooks.retry.maximum")
    Duration maximum;

    @ConfigProperty(name = "webhooks.retry.give-up-after")
    Duration giveUpAfter;

    private RetrySchedule schedule;

    @PostConstruct
    void schedule() {
        schedule = new RetrySchedule(base, maximum, giveUpAfter, () -> ThreadLocalRandom.current().nextDouble());
    }

    public Uni<Void> delivered(long delivery, int status) {
        OffsetDateTime now = now();
        return pool.preparedQuery("UPDATE webhook_delivery SET status = 'DELIVERED', attempts = attempts + 1, last_attempt_at = $2, "
                        + "last_status = $3, delivered_at = $2 WHERE id = $1")
                .execute(Tuple.of(delivery, now, status)).replaceWithVoid();
    }

    /** The callback allowed deliveries in the handshake ({@link HandshakeRule}): it is not asked again. */
    public Uni<Void> handshakeAllowed(UUID subscription) {
        return pool.preparedQuery("UPDATE webhook_subscription SET callback_allowed_at = $2 WHERE id = $1")
                .execute(Tuple.of(subscription, now())).replaceWithVoid();
    }

    /** The callback did not allow deliveries: the subscription is suspended with why, until its owner resumes it. */
    public Uni<Void> handshakeRefused(UUID subscription, String refusal) {
        LOG.infof("Webhook subscription %s suspended: its callback did not allow deliveries (%s)", subscription, refusal);
        return pool.preparedQuery("UPDATE webhook_subscription SET status = 'SUSPENDED', status_reason = $2, status_since = $3 "
                        + "WHERE id = $1 AND status = 'ACTIVE'")
                .execute(Tuple.of(subscription, HandshakeRule.suspension(refusal), now())).replaceWithVoid();
    }

    /** @return whether the subscription was suspended */
    public Uni<Boolean> failed(UUID subscription, long delivery, int attempts, Instant firstFailure, Integer status, String error) {
        OffsetDateTime now = now();
        Instant first = firstFailure == null ? now.toInstant() : firstFailure;
        AfterFailure next = schedule.afterFailure(attempts + 1, first, now.toInstant());
        return pool.withTransaction(db -> db.preparedQuery("UPDATE webhook_delivery SET attempts = attempts + 1, last_attempt_at = $2, "
                        + "last_status = $3, last_error = $4, first_failed_at = $5, next_attempt_at = $6 WHERE id = $1")
                .execute(Tuple.from(Arrays.asList(delivery, now, status, error, first.atOffset(ZoneOffset.UTC),
                        next.suspend() ? now : next.nextAttempt().atOffset(ZoneOffset.UTC))))
                .flatMap(updated -> !next.suspend() ? Uni.createFrom().item(false)
                        : db.preparedQuery("UPDATE webhook_subscription SET status = 'SUSPENDED', status_reason = $2, status_since = $3 "
                                + "WHERE id = $1 AND status = 'ACTIVE'")
                        .execute(Tuple.of(subscription, "deliveries failed for " + schedule.giveUpAfter().toString().substring(2).toLowerCase()
                                + " since " + first + "; last: " + error, now))
                        .invoke(() -> LOG.warnf("Webhook subscription %s suspended: deliveries failed since %s (%s)", subscription, first, error))
                        .map(suspended -> true)));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
