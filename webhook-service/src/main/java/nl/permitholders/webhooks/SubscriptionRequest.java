package nl.permitholders.webhooks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new subscription: where to deliver, and which of the events its owner may read. */
@Schema(name = "WebhookSubscriptionRequest")
public record SubscriptionRequest(
        @Schema(required = true, description = "where events are POSTed: an absolute https URL resolving to public addresses only",
                examples = "https://woningcorporatie.example.nl/hooks/permitholders", maxLength = 2000)
        @NotBlank @Size(max = 2000) String callbackUrl,
        @Schema(description = "the event types to deliver (e.g. nl.permitholders.housingstock.vacancy-reported.v1); "
                + "left out or empty: every type the caller may read")
        @Size(max = 50) List<String> eventTypes,
        @Schema(description = "only events of these municipalities, each one the caller may read; left out or empty: all it may read")
        @Size(max = 500) List<String> municipalityCodes) {
}
