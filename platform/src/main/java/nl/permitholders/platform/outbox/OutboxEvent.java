package nl.permitholders.platform.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One row of the outbox: an event as a write appended it, and as the relay publishes it (a CloudEvent, key = subject). */
public record OutboxEvent(UUID eventId, String type, String source, String subject, String partitionKey, String payload,
                         OffsetDateTime occurredAt) {
}
