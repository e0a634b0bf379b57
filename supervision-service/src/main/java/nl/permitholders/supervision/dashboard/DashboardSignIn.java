package nl.permitholders.supervision.dashboard;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where province staff sign in must be said, not assumed: a packaged service refuses to start unless the dashboard's
 * OIDC provider (its realm) is configured, or the sign-in is switched off explicitly (the pages then take the API's
 * bearer tokens only), as it does without the API's trusted issuer (TrustedIssuer).
 */
public class DashboardSignIn {

    static final String PROVIDER = "quarkus.oidc.dashboard.auth-server-url";
    static final String ENABLED = "quarkus.oidc.dashboard.tenant-enabled";

    void refuseToStartWithoutIt(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent startup) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        missing(name -> ConfigProvider.getConfig().getOptionalValue(name, String.class)).ifPresent(name -> {
            throw new IllegalStateException("Refusing to start: " + name + " must be configured, the realm of the OIDC "
                    + "provider province staff sign in to the dashboard with, or " + ENABLED + "=false (docs/security.md)");
        });
    }

    /** The property that is missing for the dashboard's sign-in, if any, given the configuration. */
    static Optional<String> missing(Function<String, Optional<String>> config) {
        boolean switchedOff = config.apply(ENABLED).map(String::strip).filter("false"::equalsIgnoreCase).isPresent();
        boolean provider = config.apply(PROVIDER).filter(url -> !url.isBlank()).isPresent();
        return switchedOff || provider ? Optional.empty() : Optional.of(PROVIDER);
    }
}
