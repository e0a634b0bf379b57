package nl.permitholders.webhooks;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which callback URLs a subscription may name (server-side request forgery, OWASP API7): an absolute {@code https} URL
 * (plain {@code http} only where the configuration allows it, never in production), without user info or fragment,
 * whose host resolves only to public addresses. Loopback, private (RFC 1918, unique local), link-local (cloud metadata
 * services live there), carrier-grade NAT, the unspecified and multicast addresses are refused, except for the host
 * names the configuration lists, for a test (a receiver on {@code localhost}); none in production ({@link
 * SpecialPurposeAddressRule} says which addresses: every special-purpose block, and the IPv4 address an IPv6 transition
 * address carries). Every address the
 * name resolves to is checked, not the text of the URL, and it is checked again before every delivery, so a name that
 * later resolves elsewhere is refused then; the delivery then connects to an address that was checked ({@link #check}),
 * without resolving the name again (DNS rebinding).
 */
public final class CallbackAddressRule {

    /** Resolves a host name to every address it has. */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    /** Why a callback resolving to an address of {@link SpecialPurposeAddressRule} is refused; it names no address. */
    static final String INTERNAL = "must not resolve to a loopback, private, link-local, documentation, transition or other "
            + "special-purpose address (IANA's special-purpose address registries)";

    private final boolean allowHttp;
    private final Set<String> internalHostsAllowed;
    private final Resolver resolver;

    /** @param internalHostsAllowed host names (lower case) that may resolve to internal addresses: for tests only */
    public CallbackAddressRule(boolean allowHttp, Set<String> internalHostsAllowed, Resolver resolver) {
        this.allowHttp = allowHttp;
        this.internalHostsAllowed = Set.copyOf(internalHostsAllowed);
        this.resolver = resolver;
    }

    /**
     * What checking a callback URL came to: refused with the reason, or allowed with the URL and every address its host
     * resolved to, all of them checked. A sender connects to one of these addresses and resolves the name no more.
     */
    public record Checked(Optional<String> refusal, URI uri, List<InetAddress> addresses) {

        static Checked refused(String reason) {
            return new Checked(Optional.of(reason), null, List.of());
        }
    }

    /** Why {@code url} may not be called back, or empty when it may. */
    public Optional<String> refusal(String url) {
        return check(url).refusal();
    }

    /** Checks {@code url}, resolving its host once: refused, or allowed with the addresses that were checked. */
    public Checked check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Checked.refused("must be an absolute https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null) {
            return Checked.refused("must be an absolute https URL");
        }
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            return Checked.refused("must use https");
        }
        if (uri.getRawUserInfo() != null) {
            return Checked.refused("must not carry user info");
        }
        if (uri.getRawFragment() != null) {
            return Checked.refused("must not carry a fragment");
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(uri.getHost());
        } catch (UnknownHostException e) {
            return Checked.refused("its host does not resolve");
        }
        if (addresses == null || addresses.isEmpty()) {
            return Checked.refused("its host does not resolve");
        }
        if (!internalHostsAllowed.contains(uri.getHost().toLowerCase(Locale.ROOT)) && addresses.stream().anyMatch(CallbackAddressRule::internal)) {
            return Checked.refused(INTERNAL);
        }
        return new Checked(Optional.empty(), uri, List.copyOf(addresses));
    }

    /** Whether {@code address} is one a partner's callback must not reach ({@link SpecialPurposeAddressRule}). */
    static boolean internal(InetAddress address) {
        return SpecialPurposeAddressRule.special(address);
    }
}
