package nl.permitholders.webhooks;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps no more than needed: a delivery waits {@code webhooks.pending-expiry} at most (7 days: for a paused, suspended
 * or failing subscription too), then it is EXPIRED, which its owner sees in the log and can replay while the event is
 * kept; events (the only place bodies are kept) for the replay window and no longer, a pending delivery having expired
 * well before; the delivery log's delivered and expired lines for {@code webhooks.log-retention}.
 */
@ApplicationScoped
public class WebhookRetention {

    @Inject
    Pool pool;

    @Inject
    WebhookDeliveryStore deliveries;

    @Inject
    Clock clock;

    @ConfigProperty(name = "webhooks.replay-window")
    Duration replayWindow;

    @ConfigProperty(name = "webhooks.log-retention")
    Duration logRetention;

    @ConfigProperty(name = "webhooks.pending-expiry")
    Duration pendingExpiry;

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purge() {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        return deliveries.expirePendingBefore(pool, now.minus(pendingExpiry), now)
                .flatMap(ignored -> deliveries.deleteLogBefore(pool, now.minus(logRetention)))
                .flatMap(ignored -> deliveries.deleteEventsBefore(pool, now.minus(replayWindow)))
                .replaceWithVoid().onFailure().recoverWithNull().replaceWithVoid();
    }
}
