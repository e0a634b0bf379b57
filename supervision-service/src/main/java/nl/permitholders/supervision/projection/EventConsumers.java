package nl.permitholders.supervision.projection;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * One consumer per producing service's topic, polling in batches; a batch is applied before the next (records of
 * one municipality share a partition, so they are applied in the order they were published).
 */
@ApplicationScoped
public class EventConsumers {

    @Inject
    LiveProjection projection;

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
