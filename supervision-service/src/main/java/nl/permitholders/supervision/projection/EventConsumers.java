package nl.permitholders.supervision.projection;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** One consumer per producing service's topic; records of a topic are applied one after another. */
@ApplicationScoped
public class EventConsumers {

    @Inject
    EventProjector projector;

    @Incoming("quota-events")
    public Uni<Void> onQuotaEvent(ConsumerRecord<String, String> record) {
        return projector.project(record);
    }

    @Incoming("placement-events")
    public Uni<Void> onPlacementEvent(ConsumerRecord<String, String> record) {
        return projector.project(record);
    }

    @Incoming("housing-stock-events")
    public Uni<Void> onHousingStockEvent(ConsumerRecord<String, String> record) {
        return projector.project(record);
    }
}
