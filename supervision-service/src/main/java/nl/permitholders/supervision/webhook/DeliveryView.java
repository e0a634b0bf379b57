package nl.permitholders.supervision.webhook;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of a subscription's delivery log: no body, only what happened. */
@Schema(name = "WebhookDelivery", requiredProperties = {"eventId", "eventType", "status", "attempts", "createdAt"})
public record DeliveryView(UUID eventId, String eventType, String subject,
                           @Schema(enumeration = {"PENDING", "DELIVERED"}) String status, int attempts,
                           Instant lastAttemptAt, @Schema(description = "the receiver's HTTP status at the last attempt") Integer lastStatus,
                           @Schema(description = "why the last attempt failed") String lastError,
                           Instant nextAttemptAt, Instant deliveredAt, Instant createdAt) {
}
