package nl.permitholders.webhooks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a replay queued, and what it found waiting already (queued once, not twice). */
@Schema(name = "WebhookReplay", requiredProperties = {"queued", "alreadyWaiting"})
public record ReplayView(
        @Schema(description = "deliveries the replay queued") int queued,
        @Schema(description = "events the replay takes that were waiting for delivery already: they are not queued again") int alreadyWaiting) {
}
