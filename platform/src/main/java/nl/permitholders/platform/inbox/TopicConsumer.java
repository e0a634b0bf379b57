package nl.permitholders.platform.inbox;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.Set;
import nl.permitholders.platform.events.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A consumer of one channel whose records {@link IdempotentConsumer} applies, each exactly once, and which is offered
 * again the events it kept aside while it did not know them ({@link DeferredEvents}). A subclass names its channel,
 * passes each record of it to {@link #consume}, and applies one event in {@link #apply}.
 */
public abstract class TopicConsumer implements DeferredEventConsumer {

    private final String channel;

    @Inject
    IdempotentConsumer consumer;

    protected TopicConsumer(String channel) {
        this.channel = channel;
    }

    /**
     * Applies one event, inside the consumer's transaction. Fails with
     * {@link nl.permitholders.platform.events.UnreadableEventException} for poison and with
     * {@link nl.permitholders.platform.events.EventNotKnownYetException} for a type or version not known yet
     * ({@link nl.permitholders.platform.events.EventTypes}).
     */
    protected abstract Uni<Void> apply(IncomingEvent event);

    /** Applies a record of the channel exactly once. */
    protected Uni<Void> consume(ConsumerRecord<String, String> record) {
        return consumer.consume(record, this::apply);
    }

    @Override
    public Set<String> topics() {
        return Set.of(ConfigProvider.getConfig().getValue("mp.messaging.incoming." + channel + ".topic", String.class));
    }

    @Override
    public Uni<Void> applyDeferred(String topic, IncomingEvent event) {
        return consumer.applyDeferred(topic, event, this::apply);
    }
}
