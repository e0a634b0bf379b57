package nl.permitholders.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of a subscription's delivery log: no body, only what happened. */
@JsonInclude(JsonInclude.Include.NON_NULL) // what is not there is left out, as the schema has it optional
@Schema(name = "WebhookDelivery", requiredProperties = {"eventId", "eventType", "status", "attempts", "createdAt"})
public record DeliveryView(UUID eventId, String eventType, String subject,
                           @Schema(enumeration = {"PENDING", "DELIVERED", "EXPIRED"}, description = "EXPIRED: it waited longer "
                                   + "than webhooks.pending-expiry (7 days) and is no longer sent; replay it while its event is kept (30 days)")
                           String status, int attempts,
                           Instant lastAttemptAt, @Schema(description = "the receiver's HTTP status at the last attempt") Integer lastStatus,
                           @Schema(description = "why the last attempt failed, in general terms (answered 503, no answer in time, "
                                   + "could not connect, ...); never an address or port") String lastError,
                           Instant nextAttemptAt, Instant deliveredAt, Instant createdAt,
                           @Schema(description = "when a PENDING delivery expires if it has not been delivered by then") Instant expiresAt,
                           @Schema(description = "when it expired") Instant expiredAt) {
}
