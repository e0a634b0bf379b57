package nl.permitholders.platform.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.permitholders.platform.tracing.EventTracing;

/**
 * One row of the outbox: an event as a write appended it, and as the relay publishes it (a CloudEvent, key = subject),
 * with the trace context of the write, sent as the record's {@code traceparent}.
 */
public record OutboxEvent(UUID eventId, String type, String source, String subject, String partitionKey, String payload,
                         OffsetDateTime occurredAt, EventTracing.Stored trace) {
}
