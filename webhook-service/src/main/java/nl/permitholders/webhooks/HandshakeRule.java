package nl.permitholders.webhooks;

import java.util.Optional;

/**
 * The abuse protection of the CloudEvents webhook specification ("HTTP 1.1 Web Hooks for Event Delivery", section 4),
 * which the NL GOV CloudEvents profile uses: before the first delivery to a subscription's callback, the sender asks in
 * an {@code OPTIONS} request with {@code WebHook-Request-Origin} (its own name) whether the receiver wants its events;
 * it does when it answers with a 2xx and {@code WebHook-Allowed-Origin} naming that origin or {@code *}. Consent is the
 * header, not the status: a server that answers OPTIONS anyway has not agreed to anything. No rate is asked for
 * ({@code WebHook-Request-Rate}), so {@code WebHook-Allowed-Rate} is not required. Without that answer nothing is
 * delivered: a subscription cannot turn this system against a URL that did not ask for it.
 */
public final class HandshakeRule {

    public static final String REQUEST_ORIGIN = "WebHook-Request-Origin";
    public static final String ALLOWED_ORIGIN = "WebHook-Allowed-Origin";

    private HandshakeRule() {
    }

    /**
     * Why the receiver's answer does not allow deliveries from {@code origin}, or empty when it does.
     *
     * @param status        the HTTP status of the answer to the OPTIONS request
     * @param allowedOrigin its {@code WebHook-Allowed-Origin} header, null when absent
     */
    public static Optional<String> refusal(String origin, int status, String allowedOrigin) {
        if (status < 200 || status >= 300) {
            return Optional.of("OPTIONS answered " + status + (allowedOrigin == null ? " without " + ALLOWED_ORIGIN : "")
                    + " (a 2xx with " + ALLOWED_ORIGIN + ": " + origin + " or * allows deliveries)");
        }
        if (allowedOrigin == null || allowedOrigin.isBlank()) {
            return Optional.of("OPTIONS answered " + status + " without " + ALLOWED_ORIGIN + " (" + origin + " or * allows deliveries)");
        }
        String allowed = allowedOrigin.trim();
        if (!allowed.equals("*") && !allowed.equalsIgnoreCase(origin)) {
            return Optional.of("OPTIONS answered " + ALLOWED_ORIGIN + ": " + allowed + ", not this sender's origin " + origin + " or *");
        }
        return Optional.empty();
    }

    /**
     * Whether the handshake went unanswered for now: no answer at all (the receiver is down or too slow), 429 (it asks
     * to be asked later) or a 5xx. The receiver has then not refused anything, so it is asked again on the first
     * delivery's back-off, as a delivery would be retried, rather than the subscription being suspended.
     *
     * @param status the HTTP status of the answer, null when none came
     */
    public static boolean unanswered(Integer status) {
        return status == null || status == 429 || status >= 500;
    }

    /** The reason a subscription is suspended with when its callback did not allow deliveries. */
    public static String suspension(String refusal) {
        return "the callback did not allow deliveries in the abuse-protection handshake of the CloudEvents webhook "
                + "specification: " + refusal + "; nothing is delivered until it does: make the receiver answer it, then resume";
    }
}
