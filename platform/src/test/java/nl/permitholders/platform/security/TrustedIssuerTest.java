package nl.permitholders.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrustedIssuerTest {

    private static final String ISSUER = "https://login.example.org/realms/permitholders";
    private static final String JWKS = ISSUER + "/protocol/openid-connect/certs";

    @Test
    void anIssuerWithTheLocationOfItsKeysIsEnough() {
        assertThat(TrustedIssuer.missing(config(Map.of(TrustedIssuer.ISSUER, ISSUER, TrustedIssuer.KEY_LOCATION, JWKS)))).isEmpty();
    }

    @Test
    void anIssuerWithItsKeyItselfIsEnough() {
        assertThat(TrustedIssuer.missing(config(Map.of(TrustedIssuer.ISSUER, ISSUER, TrustedIssuer.KEY, "-----BEGIN PUBLIC KEY-----...")))).isEmpty();
    }

    @Test
    void withoutAnIssuerTheServiceDoesNotStart() {
        assertThat(TrustedIssuer.missing(config(Map.of(TrustedIssuer.KEY_LOCATION, JWKS)))).containsExactly("mp.jwt.verify.issuer");
        assertThat(TrustedIssuer.missing(config(Map.of(TrustedIssuer.ISSUER, " ", TrustedIssuer.KEY_LOCATION, JWKS))))
                .containsExactly("mp.jwt.verify.issuer");
    }

    @Test
    void withoutItsKeysTheServiceDoesNotStart() {
        assertThat(TrustedIssuer.missing(config(Map.of(TrustedIssuer.ISSUER, ISSUER))))
                .containsExactly("mp.jwt.verify.publickey.location (or mp.jwt.verify.publickey)");
    }

    @Test
    void withNeitherBothAreNamed() {
        assertThat(TrustedIssuer.missing(config(Map.of()))).hasSize(2);
    }

    private static java.util.function.Function<String, Optional<String>> config(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name));
    }
}
