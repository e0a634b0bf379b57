package nl.permitholders.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.permitholders.webhooks.Subscription.Status;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription as its owner sees it; the secret only in the answer to its creation. */
@JsonInclude(JsonInclude.Include.NON_NULL) // what is not there is left out, as the schema has it optional
@Schema(name = "WebhookSubscription", requiredProperties = {"id", "callbackUrl", "eventTypes", "municipalityCodes", "status",
        "statusSince", "createdAt", "createdBy"})
public record SubscriptionView(UUID id, String callbackUrl, List<String> eventTypes, List<String> municipalityCodes,
                               @Schema(description = "ACTIVE: delivering; PAUSED by its owner; SUSPENDED after deliveries failed "
                                       + "for 24 hours or when the callback did not allow deliveries in the handshake; CLOSED when its "
                                       + "municipality ceased to exist (for good: nothing is queued any more). statusReason says why. "
                                       + "Deliveries wait while PAUSED or SUSPENDED, for 7 days at most (webhooks.pending-expiry), and "
                                       + "follow once it is ACTIVE again.") Status status,
                               @Schema(description = "why it is SUSPENDED or CLOSED") String statusReason,
                               Instant statusSince, Instant createdAt,
                               @Schema(description = "who created it: the name of the token it was created with") String createdBy,
                               @Schema(description = "after a secret rotation, until when deliveries are signed with the previous "
                                       + "secret too") Instant previousSecretSignsUntil,
                               @Schema(description = "when the callback allowed deliveries from this sender in the abuse-protection "
                                       + "handshake (OPTIONS, WebHook-Allowed-Origin); absent until it has")
                               Instant callbackAllowedAt,
                               @Schema(description = "the signing secret (whsec_...), given only once, when the subscription is created")
                               String secret) {

    static SubscriptionView of(Subscription subscription, boolean withSecret) {
        return new SubscriptionView(subscription.id(), subscription.callbackUrl(), List.of(SubscriptionStore.array(subscription.eventTypes())),
                List.of(SubscriptionStore.array(subscription.municipalityCodes())), subscription.status(), subscription.statusReason(),
                subscription.statusSince(), subscription.createdAt(), subscription.createdBy(),
                subscription.secrets().signingAt(java.time.Instant.now()).size() > 1 ? subscription.secrets().previousUntil() : null,
                subscription.callbackAllowedAt(), withSecret ? subscription.secrets().current() : null);
    }
}
