package nl.permitholders.platform.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whose tokens a service trusts must be said, not assumed: in production (a packaged service) it refuses to start
 * unless the issuer and where its keys come from are configured. Only dev mode and tests have a default issuer.
 */
public class TrustedIssuer {

    static final String ISSUER = "mp.jwt.verify.issuer";
    static final String KEY_LOCATION = "mp.jwt.verify.publickey.location";
    static final String KEY = "mp.jwt.verify.publickey";

    void refuseToStartWithoutIt(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent startup) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        Config config = ConfigProvider.getConfig();
        List<String> missing = missing(name -> config.getOptionalValue(name, String.class));
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Refusing to start: " + String.join(" and ", missing)
                    + " must be configured, so that only the organisation's OIDC provider's tokens are accepted (docs/security.md)");
        }
    }

    /** What is missing of the issuer and its keys (a JWKS location, or the key itself), given the configuration. */
    static List<String> missing(Function<String, Optional<String>> config) {
        List<String> missing = new ArrayList<>();
        if (isBlank(config.apply(ISSUER))) {
            missing.add(ISSUER);
        }
        if (isBlank(config.apply(KEY_LOCATION)) && isBlank(config.apply(KEY))) {
            missing.add(KEY_LOCATION + " (or " + KEY + ")");
        }
        return missing;
    }

    private static boolean isBlank(Optional<String> value) {
        return value.map(String::isBlank).orElse(true);
    }
}
