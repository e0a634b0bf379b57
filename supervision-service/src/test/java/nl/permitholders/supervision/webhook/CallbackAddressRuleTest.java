package nl.permitholders.supervision.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A callback is an https URL whose host resolves to public addresses only; the addresses decide, not the text, and
 * internal ones are allowed only where the configuration says so, for a test.
 */
class CallbackAddressRuleTest {

    /** Names as a resolver would answer them; a name not listed does not resolve. */
    private static final Map<String, List<String>> DNS = Map.of(
            "hooks.corporatie.example", List.of("93.184.216.34"),
            "rebinding.example", List.of("93.184.216.34", "127.0.0.1"),
            "metadata.example", List.of("169.254.169.254"),
            "intranet.example", List.of("10.1.2.3"),
            "v6-local.example", List.of("fd12:3456:789a::1"));

    private static CallbackAddressRule production() {
        return new CallbackAddressRule(false, java.util.Set.of(), CallbackAddressRuleTest::resolve);
    }

    private static List<InetAddress> resolve(String host) throws UnknownHostException {
        List<String> addresses = DNS.get(host.toLowerCase(java.util.Locale.ROOT)); // names are case-insensitive
        if (addresses == null) {
            // literal addresses resolve to themselves, as InetAddress does
            if (host.matches("[0-9.]+") || host.startsWith("[") || host.contains(":")) {
                return List.of(InetAddress.getByName(host));
            }
            throw new UnknownHostException(host);
        }
        List<InetAddress> resolved = new java.util.ArrayList<>();
        for (String address : addresses) {
            resolved.add(InetAddress.getByName(address));
        }
        return resolved;
    }

    @Test
    void anHttpsUrlOfAPublicHostIsTaken() {
        assertThat(production().refusal("https://hooks.corporatie.example/permitholders?key=1")).isEmpty();
    }

    @Test
    void plainHttpIsRefusedInProduction() {
        assertThat(production().refusal("http://hooks.corporatie.example/x")).contains("must use https");
        assertThat(new CallbackAddressRule(true, java.util.Set.of(), CallbackAddressRuleTest::resolve).refusal("http://hooks.corporatie.example/x")).isEmpty();
    }

    @Test
    void internalAddressesAreRefusedWhateverTheNameSays() {
        for (String url : List.of("https://127.0.0.1/x", "https://localhost.:8443/x".replace("localhost.", "127.1.2.3"),
                "https://[::1]/x", "https://169.254.169.254/latest/meta-data", "https://metadata.example/x",
                "https://intranet.example/x", "https://192.168.1.10/x", "https://172.16.0.1/x", "https://100.64.0.1/x",
                "https://0.0.0.0/x", "https://[::ffff:127.0.0.1]/x", "https://v6-local.example/x", "https://[fe80::1]/x",
                "https://224.0.0.1/x")) {
            assertThat(production().refusal(url)).as(url).contains("must not resolve to a loopback, private, link-local or other internal address");
        }
    }

    @Test
    void aNameWithOnePublicAndOneInternalAddressIsRefused() {
        assertThat(production().refusal("https://rebinding.example/x")).isPresent();
    }

    @Test
    void internalAddressesAreTakenOnlyForTheHostNamesTheConfigurationListsForATest() {
        CallbackAddressRule forTests = new CallbackAddressRule(true, java.util.Set.of("127.0.0.1", "intranet.example"), CallbackAddressRuleTest::resolve);
        assertThat(forTests.refusal("http://127.0.0.1:8089/hook")).isEmpty();
        assertThat(forTests.refusal("http://INTRANET.example/hook")).isEmpty();
        assertThat(forTests.refusal("http://metadata.example/hook")).isPresent();
    }

    @Test
    void whatIsNoAbsoluteUrlOrCarriesCredentialsIsRefused() {
        assertThat(production().refusal("/relative")).contains("must be an absolute https URL");
        assertThat(production().refusal("https://exa mple.org/")).contains("must be an absolute https URL");
        assertThat(production().refusal("mailto:someone@example.org")).contains("must be an absolute https URL");
        assertThat(production().refusal("ftp://hooks.corporatie.example/x")).contains("must use https");
        assertThat(production().refusal("https://user:secret@hooks.corporatie.example/x")).contains("must not carry user info");
        assertThat(production().refusal("https://unknown.example/x")).contains("its host does not resolve");
    }
}
