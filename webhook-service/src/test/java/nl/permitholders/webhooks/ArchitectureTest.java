package nl.permitholders.webhooks;

import static nl.permitholders.infrastructure.ArchitectureRules.Rule.BEANS_NAME_THEIR_ROLE;

import java.util.stream.Stream;
import nl.permitholders.infrastructure.ArchitectureRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The one rule set ({@link ArchitectureRules}, docs/architecture.md "One rule set") over this service, with the rules
 * that are not named *Rule; unit tier: starts nothing.
 */
class ArchitectureTest {

    @TestFactory
    Stream<DynamicTest> rules() {
        return ArchitectureRules.of("nl.permitholders.webhooks")
                .domainClasses(WebhookAudience.class, RetrySchedule.class, Signature.class, Subscription.class)
                .allow(WebhookSender.class, BEANS_NAME_THEIR_ROLE, "the HTTP client that sends one event to one subscription")
                .allow(CallbackPolicy.class, BEANS_NAME_THEIR_ROLE, "the callback rule with this deployment's settings")
                .allow(CallbackResolver.class, BEANS_NAME_THEIR_ROLE, "the system's resolver of callback host names, "
                        + "which a test puts its own in the place of")
                .tests();
    }
}
