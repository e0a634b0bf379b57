package nl.permitholders.webhooks;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription's new signing secret, shown once, and until when the previous one signs beside it. */
@Schema(name = "WebhookSecretRotation", requiredProperties = {"secret", "previousSecretSignsUntil"})
public record SecretRotationView(
        @Schema(description = "the new signing secret (whsec_...), given only in this answer") String secret,
        @Schema(description = "until when deliveries carry a second signature made with the previous secret "
                + "(webhooks.secret-overlap after the rotation)") Instant previousSecretSignsUntil) {
}
