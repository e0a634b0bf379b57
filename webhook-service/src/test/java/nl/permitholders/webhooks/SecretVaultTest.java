package nl.permitholders.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A secret at rest is sealed under the current key, opens under it or an earlier one, and only for its subscription. */
class SecretVaultTest {

    private static final String OLD_KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String NEW_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Test
    void aSealedSecretHoldsNothingOfItAndOpensForItsSubscriptionOnly() {
        SecretVault vault = new SecretVault(NEW_KEY, List.of());
        String sealed = vault.seal(SECRET, "subscription-a");
        assertThat(sealed).startsWith(SecretVault.PREFIX).doesNotContain("MfKQ9r8");
        assertThat(vault.seal(SECRET, "subscription-a")).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(vault.open(sealed, "subscription-a")).isEqualTo(SECRET);
        assertThatThrownBy(() -> vault.open(sealed, "subscription-b")).hasMessageContaining("does not open");
        assertThat(vault.stale(sealed)).isFalse();
    }

    @Test
    void aSecretInTheClearOrUnderAnEarlierKeyOpensAndIsStaleUntilSealedAnew() {
        String underOld = new SecretVault(OLD_KEY, List.of()).seal(SECRET, "s");
        SecretVault rotating = new SecretVault(NEW_KEY, List.of(OLD_KEY));
        assertThat(rotating.open(underOld, "s")).isEqualTo(SECRET);
        assertThat(rotating.stale(underOld)).isTrue();
        assertThat(rotating.open(SECRET, "s")).as("stored before encryption").isEqualTo(SECRET);
        assertThat(rotating.stale(SECRET)).isTrue();
        assertThatThrownBy(() -> new SecretVault(NEW_KEY, List.of()).open(underOld, "s")).hasMessageContaining("neither");
    }

    @Test
    void aKeyOfAnotherLengthIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> new SecretVault(Base64.getEncoder().encodeToString(new byte[16]), List.of()))
                .hasMessageContaining("webhooks.secret-key").hasMessageContaining("32-byte");
    }
}
