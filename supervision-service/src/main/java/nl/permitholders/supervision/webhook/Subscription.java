package nl.permitholders.supervision.webhook;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import nl.permitholders.platform.security.Succession;
import nl.permitholders.supervision.webhook.WebhookAudience.EventFacts;
import nl.permitholders.supervision.webhook.WebhookAudience.Owner;
import nl.permitholders.supervision.webhook.WebhookAudience.OwnerRole;

/** A partner's subscription as stored; {@link #takes} says whether an event is delivered to it. */
public record Subscription(UUID id, Owner owner, String callbackUrl, Set<String> eventTypes, Set<String> municipalityCodes,
                           String secret, Status status, String statusReason, Instant statusSince, Instant createdAt,
                           Instant callbackAllowedAt) {

    @Schema(name = "WebhookSubscriptionStatus")
    public enum Status {
        /** Deliveries are sent. */
        ACTIVE,
        /** Its owner paused it: deliveries wait, and are sent once it is resumed. */
        PAUSED,
        /** Deliveries kept failing for the retry schedule's whole span: they wait until its owner resumes it. */
        SUSPENDED
    }

    /** Whether the event reaches this subscription where no municipality merged or was split. */
    public boolean takes(EventFacts event) {
        return takes(event, Succession.none(), LocalDate.MIN);
    }

    /**
     * Whether the event, of {@code day}, reaches this subscription: its owner may read it and the filter (empty:
     * everything) takes it, both following the mergers and splits known ({@link SuccessionRule}).
     */
    public boolean takes(EventFacts event, Succession succession, LocalDate day) {
        boolean ownerReads = owner.role() == OwnerRole.MUNICIPALITY
                ? WebhookAudience.mayChoose(owner.role(), event.type())
                && SuccessionRule.municipalityHears(owner.tenant(), event.municipalityCode(), succession, day)
                : WebhookAudience.mayRead(owner, event);
        return ownerReads
                && (eventTypes.isEmpty() || eventTypes.contains(event.type()))
                && SuccessionRule.filterTakes(municipalityCodes, event.municipalityCode(), succession, day);
    }
}
