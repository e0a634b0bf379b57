package nl.permitholders.supervision.webhook;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import nl.permitholders.supervision.webhook.WebhookAudience.EventFacts;
import nl.permitholders.supervision.webhook.WebhookAudience.Owner;

/** A partner's subscription as stored; {@link #takes} says whether an event is delivered to it. */
public record Subscription(UUID id, Owner owner, String callbackUrl, Set<String> eventTypes, Set<String> municipalityCodes,
                           String secret, Status status, String statusReason, Instant statusSince, Instant createdAt) {

    @Schema(name = "WebhookSubscriptionStatus")
    public enum Status {
        /** Deliveries are sent. */
        ACTIVE,
        /** Its owner paused it: deliveries wait, and are sent once it is resumed. */
        PAUSED,
        /** Deliveries kept failing for the retry schedule's whole span: they wait until its owner resumes it. */
        SUSPENDED
    }

    /** Whether the event reaches this subscription: its owner may read it and the filter (empty: everything) takes it. */
    public boolean takes(EventFacts event) {
        return WebhookAudience.mayRead(owner, event)
                && (eventTypes.isEmpty() || eventTypes.contains(event.type()))
                && (municipalityCodes.isEmpty() || municipalityCodes.contains(event.municipalityCode()));
    }
}
