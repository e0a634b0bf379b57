package nl.permitholders.supervision.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of a subscription's delivery log: no body, only what happened. */
@JsonInclude(JsonInclude.Include.NON_NULL) // what is not there is left out, as the schema has it optional
@Schema(name = "WebhookDelivery", requiredProperties = {"eventId", "eventType", "status", "attempts", "createdAt"})
public record DeliveryView(UUID eventId, String eventType, String subject,
                           @Schema(enumeration = {"PENDING", "DELIVERED"}) String status, int attempts,
                           Instant lastAttemptAt, @Schema(description = "the receiver's HTTP status at the last attempt") Integer lastStatus,
                           @Schema(description = "why the last attempt failed") String lastError,
                           Instant nextAttemptAt, Instant deliveredAt, Instant createdAt) {
}
