package nl.permitholders.placement.merger;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.permitholders.platform.events.IncomingEvent;
import nl.permitholders.platform.inbox.TopicConsumer;
import nl.permitholders.platform.merger.Mergers;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the mergers from quota.events, each event exactly once (R3): from the merger date the continuing municipality
 * answers for the merged ones' couplings, placements and units. Quotas, populations and the register are not
 * placement's business: those events are acknowledged and change nothing (a newer merger version is kept aside).
 */
@ApplicationScoped
public class QuotaEventConsumer extends TopicConsumer {

    public QuotaEventConsumer() {
        super("quota-events");
    }

    @Inject
    Mergers mergers;

    @Inject
    ObjectMapper json;

    @Incoming("quota-events")
    public Uni<Void> onQuotaEvent(ConsumerRecord<String, String> record) {
        return consume(record);
    }

    @Override
    protected Uni<Void> apply(IncomingEvent event) {
        return mergers.apply(event, json);
    }
}
