package nl.permitholders.webhooks;

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
            assertThat(production().refusal(url)).as(url).contains(CallbackAddressRule.INTERNAL);
        }
    }

    /** The hostile addresses, and a block of each special-purpose kind; each refused as a literal and behind a name. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"::127.0.0.1", "::7f00:1", "64:ff9b::7f00:1", "64:ff9b:1::a00:1",
            "64:ff9b::a9fe:a9fe", "2002:7f00:1::1", "2002:5db8:d822::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2", "2001:db8::1",
            "100::1", "3fff::1", "5f00::1", "fec0::1", "ff02::1", "::", "198.18.0.1", "198.19.255.254", "192.0.2.1",
            "198.51.100.7", "203.0.113.9", "192.0.0.8", "192.88.99.1", "192.31.196.1", "192.175.48.1", "240.0.0.1",
            "255.255.255.255", "0.1.2.3"})
    void everySpecialPurposeAddressIsRefusedAlsoWhereAnIpv6AddressCarriesIt(String address) throws Exception {
        String literal = address.contains(":") ? "[" + address + "]" : address;
        assertThat(production().refusal("https://" + literal + "/x")).as(address).contains(CallbackAddressRule.INTERNAL);
        CallbackAddressRule named = new CallbackAddressRule(false, java.util.Set.of(), host -> List.of(InetAddress.getByName(address)));
        assertThat(named.refusal("https://hooks.corporatie.example/x")).as("a name resolving to " + address).contains(CallbackAddressRule.INTERNAL);
    }

    @Test
    void aTransitionAddressCarryingAPublicIpv4AddressIsTakenWhereItsPrefixIsGloballyReachable() throws Exception {
        // NAT64's well-known prefix reaches the IPv4 address it carries (an IPv6-only network's DNS64 answers so)
        assertThat(SpecialPurposeAddressRule.special(InetAddress.getByName("64:ff9b::5db8:d822"))).isFalse();
        assertThat(SpecialPurposeAddressRule.special(InetAddress.getByName("::ffff:93.184.216.34"))).isFalse();
        assertThat(SpecialPurposeAddressRule.special(InetAddress.getByName("2a00:1450:4001:82b::200e"))).isFalse();
        assertThat(SpecialPurposeAddressRule.special(InetAddress.getByName("93.184.216.34"))).isFalse();
        // 6to4 and Teredo are refused whole, whatever they carry
        assertThat(SpecialPurposeAddressRule.special(InetAddress.getByName("2002:5db8:d822::1"))).isTrue();
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
