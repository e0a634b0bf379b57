package nl.permitholders.webhooks;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import nl.permitholders.platform.events.IncomingEvent;
import nl.permitholders.platform.events.UnreadableEventException;
import nl.permitholders.platform.inbox.ConsumerRetries;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * The four topics (quota, placement, housing-stock and supervision events), read for partners' webhooks with a consumer
 * group of their own ({@code webhooks.consumer-group}): a batch is recorded in the journal with its deliveries
 * ({@link WebhookJournalStore}) before it is acknowledged, retried while the database is away. A record that is not a
 * CloudEvent of this system is nobody's to hear of and is skipped (the consuming domain services dead-letter it).
 */
@ApplicationScoped
public class WebhookConsumer {

    private static final Logger LOG = Logger.getLogger(WebhookConsumer.class);

    @Inject
    WebhookJournalStore journal;

    @Inject
    ConsumerRetries retries;

    @Incoming("webhook-events")
    public Uni<Void> onEvents(ConsumerRecords<String, String> records) {
        List<IncomingEvent> events = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            try {
                IncomingEvent event = IncomingEvent.from(record);
                if (event.type().startsWith("nl.permitholders.")) {
                    events.add(event);
                }
            } catch (UnreadableEventException e) {
                LOG.debugf("Not for webhooks: %s", e.getMessage());
            }
        }
        return events.isEmpty() ? Uni.createFrom().voidItem() : retries.retry("webhooks", Uni.createFrom().deferred(() -> journal.record(events)));
    }
}
