package nl.permitholders.placement.merger;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.permitholders.platform.inbox.IdempotentConsumer;
import nl.permitholders.platform.merger.Mergers;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the mergers from quota.events, each event exactly once (R3): from the merger date the continuing municipality
 * answers for the merged ones' couplings, placements and units. Quotas, populations and the register are not
 * placement's business: those events are acknowledged and change nothing.
 */
@ApplicationScoped
public class QuotaEventConsumer {

    @Inject
    IdempotentConsumer consumer;

    @Inject
    Mergers mergers;

    @Inject
    ObjectMapper json;

    @Incoming("quota-events")
    public Uni<Void> onQuotaEvent(ConsumerRecord<String, String> record) {
        return consumer.consume(record, event -> mergers.apply(event, json));
    }
}
