package nl.permitholders.supervision.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends one event to one subscription: a POST in the CloudEvents HTTP binding's structured content mode
 * ({@code application/cloudevents+json}; the NL GOV profile's JSON format), the event's own {@code id}, {@code source},
 * {@code type}, {@code subject}, {@code time} and {@code data} without free text (R9, {@link PersonalDataRule}),
 * signed as the Standard Webhooks specification says ({@link Signature}). Redirects are not followed (a 3xx is a failed
 * attempt), connecting and answering each have a timeout, and the callback's addresses are checked again before each
 * attempt ({@link CallbackAddressRule}). Before the first delivery the receiver must allow deliveries ({@link #handshake}).
 */
@ApplicationScoped
public class WebhookSender {

    /** What an attempt came to: delivered (a 2xx), or the HTTP status (null when none came) and why it failed. */
    public record Attempt(boolean delivered, Integer status, String error) {
    }

    /** An event as kept for delivery. */
    public record KeptEvent(UUID id, String type, String source, String subject, OffsetDateTime time, String data) {
    }

    @Inject
    ObjectMapper json;

    @Inject
    WebhookSubscriptions subscriptions;

    @Inject
    Clock clock;

    @ConfigProperty(name = "webhooks.connect-timeout")
    Duration connectTimeout;

    @ConfigProperty(name = "webhooks.read-timeout")
    Duration readTimeout;

    @ConfigProperty(name = "webhooks.request-origin")
    String origin;

    private volatile HttpClient http;

    /** The body a receiver gets for {@code event}: the same bytes at every attempt. */
    public byte[] body(KeptEvent event) throws IOException {
        ObjectNode cloudEvent = json.createObjectNode();
        cloudEvent.put("specversion", "1.0");
        cloudEvent.put("id", event.id().toString());
        cloudEvent.put("source", event.source());
        cloudEvent.put("type", event.type());
        if (event.subject() != null) {
            cloudEvent.put("subject", event.subject());
        }
        if (event.time() != null) {
            cloudEvent.put("time", event.time().toString());
        }
        cloudEvent.put("datacontenttype", "application/json");
        JsonNode data = json.readTree(event.data());
        cloudEvent.set("data", PersonalDataRule.withoutFreeText(data));
        return json.writeValueAsBytes(cloudEvent);
    }

    /**
     * The abuse-protection handshake ({@link HandshakeRule}): an OPTIONS request to the callback with this sender's
     * {@code WebHook-Request-Origin}; delivered means the receiver allowed deliveries, else the error says why not.
     */
    public Attempt handshake(Subscription subscription) {
        Optional<String> refused = subscriptions.callbackRule().refusal(subscription.callbackUrl());
        if (refused.isPresent()) {
            return new Attempt(false, null, "callbackUrl " + refused.get());
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(subscription.callbackUrl()))
                    .timeout(readTimeout)
                    .header("User-Agent", "permitholders-webhooks/1")
                    .header(HandshakeRule.REQUEST_ORIGIN, origin)
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .build();
            HttpResponse<Void> response = client().send(request, HttpResponse.BodyHandlers.discarding());
            Optional<String> refusal = HandshakeRule.refusal(origin, response.statusCode(),
                    response.headers().firstValue(HandshakeRule.ALLOWED_ORIGIN).orElse(null));
            return refusal.map(reason -> new Attempt(false, response.statusCode(), reason))
                    .orElseGet(() -> new Attempt(true, response.statusCode(), null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(false, null, "interrupted");
        } catch (IOException | RuntimeException e) {
            String message = "OPTIONS failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return new Attempt(false, null, message.length() > 500 ? message.substring(0, 500) : message);
        }
    }

    public Attempt send(Subscription subscription, KeptEvent event) {
        Optional<String> refused = subscriptions.callbackRule().refusal(subscription.callbackUrl());
        if (refused.isPresent()) {
            return new Attempt(false, null, "callbackUrl " + refused.get());
        }
        try {
            byte[] body = body(event);
            long timestamp = clock.instant().getEpochSecond();
            String id = event.id().toString();
            HttpRequest request = HttpRequest.newBuilder(URI.create(subscription.callbackUrl()))
                    .timeout(readTimeout)
                    .header("Content-Type", "application/cloudevents+json; charset=utf-8")
                    .header("User-Agent", "permitholders-webhooks/1")
                    .header("webhook-id", id)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", Signature.sign(subscription.secret(), id, timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            HttpResponse<Void> response = client().send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300 ? new Attempt(true, status, null)
                    : new Attempt(false, status, status >= 300 && status < 400 ? "answered " + status + " (redirects are not followed)"
                    : "answered " + status);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(false, null, "interrupted");
        } catch (IOException | RuntimeException e) {
            String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return new Attempt(false, null, message.length() > 500 ? message.substring(0, 500) : message);
        }
    }

    private HttpClient client() {
        if (http == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(connectTimeout).build();
                }
            }
        }
        return http;
    }
}
