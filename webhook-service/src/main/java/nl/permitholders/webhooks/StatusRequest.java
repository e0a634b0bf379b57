package nl.permitholders.webhooks;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Pause or resume a subscription. */
@Schema(name = "WebhookSubscriptionStatusRequest")
public record StatusRequest(
        @Schema(required = true, description = "PAUSED to pause; ACTIVE to resume (also after a suspension)", enumeration = {"ACTIVE", "PAUSED"})
        @NotNull Subscription.Status status) {
}
