package nl.permitholders.webhooks;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A circuit per receiving endpoint (scheme, host and port), so that a receiver that does not answer costs the senders
 * little: after {@code failures} attempts in a row that got no answer at all (a timeout, a refused or broken
 * connection; an HTTP status, even a 500, is an answer and trips nothing) the circuit opens, and no delivery of any
 * subscription to that endpoint is tried for {@code openFor}; then one attempt is let through, and the circuit closes
 * when it is answered or opens again, each time for twice as long, up to {@code longest}. Deliveries held back are
 * not attempts: they wait, due, and keep their order.
 */
public final class EndpointCircuitRule {

    private record State(int unanswered, Instant openUntil, Duration lastOpening) {
    }

    private final int failures;
    private final Duration openFor;
    private final Duration longest;
    private final Map<String, State> states = new ConcurrentHashMap<>();

    public EndpointCircuitRule(int failures, Duration openFor, Duration longest) {
        this.failures = failures;
        this.openFor = openFor;
        this.longest = longest;
    }

    /** The endpoint a callback URL names: scheme, host and port, in lower case. */
    public static String endpoint(String callbackUrl) {
        try {
            URI uri = new URI(callbackUrl);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
            return scheme + "://" + (uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT)) + ":" + port;
        } catch (java.net.URISyntaxException e) {
            return callbackUrl;
        }
    }

    /** Whether a delivery to {@code endpoint} may be tried at {@code now}. */
    public boolean allows(String endpoint, Instant now) {
        State state = states.get(endpoint);
        return state == null || state.openUntil() == null || !now.isBefore(state.openUntil());
    }

    /** Until when the circuit of {@code endpoint} is open, or null when it is closed or half-open. */
    public Instant openUntil(String endpoint, Instant now) {
        State state = states.get(endpoint);
        return state == null || state.openUntil() == null || !now.isBefore(state.openUntil()) ? null : state.openUntil();
    }

    /** The receiver answered (any HTTP status): the circuit closes. */
    public void answered(String endpoint) {
        states.remove(endpoint);
    }

    /** An attempt got no answer at {@code now}: the circuit opens after {@code failures} in a row, or again after a probe. */
    public void unanswered(String endpoint, Instant now) {
        states.compute(endpoint, (key, state) -> {
            int count = state == null ? 1 : state.unanswered() + 1;
            Duration last = state == null ? null : state.lastOpening();
            if (last != null) {
                Duration next = last.multipliedBy(2).compareTo(longest) > 0 ? longest : last.multipliedBy(2);
                return new State(count, now.plus(next), next); // the probe after an opening failed
            }
            return count >= failures ? new State(count, now.plus(openFor), openFor) : new State(count, null, null);
        });
    }
}
