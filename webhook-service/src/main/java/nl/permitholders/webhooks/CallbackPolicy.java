package nl.permitholders.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rule callback URLs are held to with this deployment's settings, when a subscription is made and again before each
 * delivery; host names resolved by {@link CallbackResolver}.
 */
@ApplicationScoped
public class CallbackPolicy {

    @Inject
    CallbackResolver resolver;

    @ConfigProperty(name = "webhooks.allow-http", defaultValue = "false")
    boolean allowHttp;

    @ConfigProperty(name = "webhooks.internal-hosts-allowed")
    Optional<Set<String>> internalHostsAllowed;

    public CallbackAddressRule rule() {
        return new CallbackAddressRule(allowHttp, internalHostsAllowed.orElse(Set.of()), resolver);
    }
}
