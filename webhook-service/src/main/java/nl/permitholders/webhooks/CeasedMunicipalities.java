package nl.permitholders.webhooks;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Closes the subscriptions of municipalities that have ceased to exist (R3): from a merger's or split's date, every
 * round ({@code webhooks.poll-interval}), with the reason {@link SuccessionRule#ceased} gives, naming the successor.
 * A closed subscription is queued nothing more and what waited for it expires at once (its events stay replayable by
 * nobody: the successor subscribes with its own token). A merger recorded ahead of its date closes nothing until then.
 */
@ApplicationScoped
public class CeasedMunicipalities {

    private static final Logger LOG = Logger.getLogger(CeasedMunicipalities.class);

    @Inject
    Pool pool;

    @Inject
    SubscriptionStore subscriptions;

    @Inject
    WebhookDeliveryStore deliveries;

    @Inject
    Clock clock;

    @Scheduled(every = "${webhooks.poll-interval}", delayed = "${webhooks.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> close() {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        LocalDate today = now.toInstant().atZone(WebhookJournalStore.NETHERLANDS).toLocalDate();
        return pool.withTransaction(db -> subscriptions.lockOfCeasedMunicipalities(db, today)
                        .flatMap(rows -> {
                            if (!rows.iterator().hasNext()) {
                                return Uni.createFrom().voidItem();
                            }
                            return subscriptions.succession(db).flatMap(succession -> {
                                List<SubscriptionStore.Closing> suspended = new ArrayList<>();
                                for (Row row : rows) {
                                    SuccessionRule.ceased(row.getString("owner_tenant"), succession, today).ifPresent(reason -> {
                                        if (!row.getString("status").equals("CLOSED") || !reason.equals(row.getString("status_reason"))) {
                                            suspended.add(new SubscriptionStore.Closing(row.getUUID("id"), reason));
                                        }
                                    });
                                }
                                if (suspended.isEmpty()) {
                                    return Uni.createFrom().voidItem();
                                }
                                LOG.infof("%d webhook subscription(s) of municipalities that ceased to exist closed", suspended.size());
                                return subscriptions.close(db, suspended, now)
                                        .flatMap(closed -> deliveries.expirePending(db, suspended.stream()
                                                .map(SubscriptionStore.Closing::id).toList(), now))
                                        .replaceWithVoid();
                            });
                        }))
                .onFailure().invoke(failure -> LOG.debugf("Subscriptions of ceased municipalities not looked for this round: %s", failure.toString()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
