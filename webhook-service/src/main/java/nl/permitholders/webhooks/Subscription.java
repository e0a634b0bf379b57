package nl.permitholders.webhooks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import nl.permitholders.platform.security.Succession;
import nl.permitholders.webhooks.WebhookAudience.EventFacts;
import nl.permitholders.webhooks.WebhookAudience.Owner;
import nl.permitholders.webhooks.WebhookAudience.OwnerRole;

/** A partner's subscription as stored; {@link #takes} says whether an event is delivered to it. */
public record Subscription(UUID id, Owner owner, String callbackUrl, Set<String> eventTypes, Set<String> municipalityCodes,
                           SigningSecrets secrets, Status status, String statusReason, Instant statusSince, Instant createdAt,
                           String createdBy, Instant callbackAllowedAt) {

    /**
     * The secrets a delivery is signed with: the current one, and after a rotation the previous one too until
     * {@code previousUntil}, so a receiver can change its secret without missing a delivery.
     */
    public record SigningSecrets(String current, String previous, Instant previousUntil) {

        public static SigningSecrets of(String current) {
            return new SigningSecrets(current, null, null);
        }

        /** The secrets that sign a delivery sent at {@code now}, the current first. */
        public java.util.List<String> signingAt(Instant now) {
            return previous != null && previousUntil != null && now.isBefore(previousUntil)
                    ? java.util.List.of(current, previous) : java.util.List.of(current);
        }
    }

    /** The same subscription with another status, since {@code since}. */
    public Subscription withStatus(Status newStatus, String reason, Instant since) {
        return new Subscription(id, owner, callbackUrl, eventTypes, municipalityCodes, secrets, newStatus, reason, since, createdAt,
                createdBy, callbackAllowedAt);
    }

    @Schema(name = "WebhookSubscriptionStatus")
    public enum Status {
        /** Deliveries are sent. */
        ACTIVE,
        /** Its owner paused it: deliveries wait, and are sent once it is resumed. */
        PAUSED,
        /** Deliveries kept failing for the retry schedule's whole span: they wait until its owner resumes it. */
        SUSPENDED,
        /**
         * Its owner, a municipality, has ceased to exist (R3): nothing is queued for it any more, what waited has expired,
         * and it cannot be resumed; statusReason names the successor.
         */
        CLOSED
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
