package nl.permitholders.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends one event to one subscription: a POST in the CloudEvents HTTP binding's structured content mode
 * ({@code application/cloudevents+json}; the NL GOV profile's JSON format), the event's own {@code id}, {@code source},
 * {@code type}, {@code subject}, {@code time} and {@code data} without free text (R9, {@link PersonalDataRule}),
 * signed as the Standard Webhooks specification says ({@link Signature}). Redirects are not followed (a 3xx is a failed
 * attempt), connecting and answering each have a timeout, and the callback's addresses are checked again before each
 * attempt ({@link CallbackAddressRule}) and the attempt connects to an address so checked, resolving the name no more
 * (DNS rebinding). Before the first delivery the receiver must allow deliveries ({@link #handshake}).
 */
@ApplicationScoped
public class WebhookSender {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(WebhookSender.class);

    /** What an attempt came to: delivered (a 2xx), or the HTTP status (null when none came) and why it failed. */
    public record Attempt(boolean delivered, Integer status, String error) {

        /** No receiver answered: the attempt was made and got no HTTP answer (not a callback refused before it). */
        public boolean reachedNoReceiver() {
            return status == null && error != null && !error.startsWith(CALLBACK_REFUSED);
        }
    }

    /** How an attempt's error begins when the callback's address was refused before anything was sent. */
    static final String CALLBACK_REFUSED = "callbackUrl ";

    /** An event as kept for delivery. */
    public record KeptEvent(UUID id, String type, String source, String subject, OffsetDateTime time, String data) {
    }

    @Inject
    ObjectMapper json;

    @Inject
    CallbackPolicy callbacks;

    @Inject
    Clock clock;

    @ConfigProperty(name = "webhooks.connect-timeout")
    Duration connectTimeout;

    @ConfigProperty(name = "webhooks.read-timeout")
    Duration readTimeout;

    @ConfigProperty(name = "webhooks.request-origin")
    String origin;

    @Inject
    Vertx vertx;

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
        CallbackAddressRule.Checked checked = callbacks.rule().check(subscription.callbackUrl());
        if (checked.refusal().isPresent()) {
            return new Attempt(false, null, CALLBACK_REFUSED + checked.refusal().get());
        }
        try {
            Answer answer = exchange(checked, HttpMethod.OPTIONS, Map.of(HandshakeRule.REQUEST_ORIGIN, origin), null);
            Optional<String> refusal = HandshakeRule.refusal(origin, answer.status(), answer.allowedOrigin());
            return refusal.map(reason -> new Attempt(false, answer.status(), reason))
                    .orElseGet(() -> new Attempt(true, answer.status(), null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(false, null, "interrupted");
        } catch (Exception e) {
            return new Attempt(false, null, "OPTIONS " + failure(subscription, e));
        }
    }

    public Attempt send(Subscription subscription, KeptEvent event) {
        CallbackAddressRule.Checked checked = callbacks.rule().check(subscription.callbackUrl());
        if (checked.refusal().isPresent()) {
            return new Attempt(false, null, CALLBACK_REFUSED + checked.refusal().get());
        }
        try {
            byte[] body = body(event);
            long timestamp = clock.instant().getEpochSecond();
            String id = event.id().toString();
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/cloudevents+json; charset=utf-8");
            headers.put("webhook-id", id);
            headers.put("webhook-timestamp", Long.toString(timestamp));
            headers.put("webhook-signature", Signature.signAll(subscription.secrets().signingAt(clock.instant()), id, timestamp, body));
            int status = exchange(checked, HttpMethod.POST, headers, body).status();
            return status >= 200 && status < 300 ? new Attempt(true, status, null)
                    : new Attempt(false, status, status >= 300 && status < 400 ? "answered " + status + " (redirects are not followed)"
                    : "answered " + status);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(false, null, "interrupted");
        } catch (Exception e) {
            return new Attempt(false, null, failure(subscription, e));
        }
    }

    /** What a receiver answered: its status, and its {@code WebHook-Allowed-Origin} (null when absent). */
    private record Answer(int status, String allowedOrigin) {
    }

    /**
     * One request to the callback, connected to the first address the check resolved and checked, never to the name
     * resolved again (DNS rebinding): the name stays in the Host header and, over TLS, in the SNI and the certificate's
     * host name check. Redirects are not followed; the answer's body is read and dropped.
     */
    private Answer exchange(CallbackAddressRule.Checked checked, HttpMethod method, Map<String, String> headers, byte[] body)
            throws Exception {
        URI uri = checked.uri();
        boolean tls = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() != -1 ? uri.getPort() : tls ? 443 : 80;
        String address = InetAddress.getByAddress(checked.addresses().get(0).getAddress()).getHostAddress(); // a literal: nothing to resolve
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        RequestOptions options = new RequestOptions().setMethod(method)
                .setServer(SocketAddress.inetSocketAddress(port, address))
                .setHost(uri.getHost()).setPort(port).setSsl(tls).setURI(path)
                .setFollowRedirects(false)
                .setConnectTimeout(connectTimeout.toMillis())
                .setIdleTimeout(readTimeout.toMillis())
                .putHeader("User-Agent", "permitholders-webhooks/1");
        headers.forEach(options::putHeader);
        java.util.concurrent.atomic.AtomicReference<io.vertx.core.http.HttpClientRequest> sent = new java.util.concurrent.atomic.AtomicReference<>();
        Future<Answer> answered = client().request(options)
                .compose(request -> {
                    sent.set(request);
                    return body == null ? request.send() : request.send(Buffer.buffer(body));
                })
                // end() without a handler drops the body's chunks; a handler set here would throw once a short
                // answer has already ended, turning a delivered event into a failed attempt and a second delivery.
                .compose(response -> response.end()
                        .map(ignored -> new Answer(response.statusCode(), response.getHeader(HandshakeRule.ALLOWED_ORIGIN))));
        try {
            return answered.toCompletionStage().toCompletableFuture().get(connectTimeout.plus(readTimeout).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException e) {
            // The whole attempt's deadline: the idle timeout alone would let a receiver that drips a byte at a time keep
            // the connection, so the request is reset, which closes its connection.
            io.vertx.core.http.HttpClientRequest request = sent.get();
            if (request != null) {
                request.reset(0, new TimeoutException("attempt deadline"));
            }
            throw new TimeoutException("no answer within " + connectTimeout.plus(readTimeout).toSeconds() + " s");
        }
    }

    /**
     * Why an attempt got no answer, as its owner sees it: the kind of failure, never an address, a port or the
     * exception's text (which would make the delivery log a port scanner's answer); the detail goes to the log.
     */
    private static String failure(Subscription subscription, Exception e) {
        LOG.infof("Webhook attempt of subscription %s got no answer: %s", subscription.id(), e.toString());
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof javax.net.ssl.SSLException) {
                break;
            }
            cause = cause.getCause();
        }
        if (e instanceof TimeoutException || cause instanceof TimeoutException
                || cause.getClass().getSimpleName().contains("Timeout")) {
            return "no answer in time";
        }
        if (cause instanceof javax.net.ssl.SSLException || e instanceof javax.net.ssl.SSLException) {
            return "the TLS handshake failed (certificate or protocol)";
        }
        if (cause instanceof java.net.ConnectException) {
            return "could not connect";
        }
        return "the connection failed";
    }

    private HttpClient client() {
        if (http == null) {
            synchronized (this) {
                if (http == null) {
                    // Certificates and host names are verified as any HTTPS client does (verifyHost), against the
                    // callback's name, though the connection goes to the address that was checked.
                    http = vertx.createHttpClient(new HttpClientOptions().setProtocolVersion(HttpVersion.HTTP_1_1)
                            .setVerifyHost(true).setTrustAll(false).setForceSni(true)
                            .setConnectTimeout((int) connectTimeout.toMillis()).setKeepAlive(true).setMaxPoolSize(4)
                            // a partner is no part of the system's trace: no traceparent goes out with a delivery
                            .setTracingPolicy(io.vertx.core.tracing.TracingPolicy.IGNORE));
                }
            }
        }
        return http;
    }
}
