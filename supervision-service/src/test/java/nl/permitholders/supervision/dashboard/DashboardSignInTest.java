package nl.permitholders.supervision.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DashboardSignInTest {

    @Test
    void theProvidersRealmIsEnough() {
        assertThat(DashboardSignIn.missing(config(Map.of(DashboardSignIn.PROVIDER, "https://login.example.org/realms/permitholders"))))
                .isEmpty();
    }

    @Test
    void switchingTheSignInOffExplicitlyIsEnough() {
        assertThat(DashboardSignIn.missing(config(Map.of(DashboardSignIn.ENABLED, "false")))).isEmpty();
        assertThat(DashboardSignIn.missing(config(Map.of(DashboardSignIn.ENABLED, "true")))).contains(DashboardSignIn.PROVIDER);
    }

    @Test
    void withoutItTheServiceDoesNotStart() {
        assertThat(DashboardSignIn.missing(config(Map.of()))).contains("quarkus.oidc.dashboard.auth-server-url");
        assertThat(DashboardSignIn.missing(config(Map.of(DashboardSignIn.PROVIDER, " ")))).contains(DashboardSignIn.PROVIDER);
    }

    private static java.util.function.Function<String, Optional<String>> config(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name));
    }
}
