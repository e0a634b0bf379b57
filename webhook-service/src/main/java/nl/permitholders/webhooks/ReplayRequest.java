package nl.permitholders.webhooks;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Deliver again, from a point in time or from an event: exactly one of the two. */
@Schema(name = "WebhookReplayRequest")
public record ReplayRequest(
        @Schema(description = "every event the subscription takes whose time is at or after this")
        @JsonDeserialize(using = IsoDateTime.class) OffsetDateTime from,
        @Schema(description = "this event and every later one the subscription takes") UUID fromEventId) {
}
