package nl.permitholders.supervision.projection;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import nl.permitholders.platform.events.IncomingEvent;
import nl.permitholders.platform.inbox.DeferredEventConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * One consumer per producing service's topic, polling in batches; a batch is applied before the next (records of
 * one municipality share a partition, so they are applied in the order they were published).
 */
@ApplicationScoped
public class EventConsumers implements DeferredEventConsumer {

    @Inject
    LiveProjection projection;

    @ConfigProperty(name = "mp.messaging.incoming.quota-events.topic")
    String quotaTopic;

    @ConfigProperty(name = "mp.messaging.incoming.placement-events.topic")
    String placementTopic;

    @ConfigProperty(name = "mp.messaging.incoming.housing-stock-events.topic")
    String housingStockTopic;

    @Override
    public Set<String> topics() {
        return Set.of(quotaTopic, placementTopic, housingStockTopic);
    }

    @Override
    public Uni<Void> applyDeferred(String topic, IncomingEvent event) {
        return projection.applyDeferred(topic, event);
    }

    @Incoming("quota-events")
    public Uni<Void> onQuotaEvents(ConsumerRecords<String, String> records) {
        return projection.project(records);
    }

    @Incoming("placement-events")
    public Uni<Void> onPlacementEvents(ConsumerRecords<String, String> records) {
        return projection.project(records);
    }

    @Incoming("housing-stock-events")
    public Uni<Void> onHousingStockEvents(ConsumerRecords<String, String> records) {
        return projection.project(records);
    }
}
