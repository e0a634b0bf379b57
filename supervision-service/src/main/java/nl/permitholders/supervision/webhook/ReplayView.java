package nl.permitholders.supervision.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many deliveries a replay queued. */
@Schema(name = "WebhookReplay", requiredProperties = "queued")
public record ReplayView(int queued) {
}
