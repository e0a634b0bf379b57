package nl.permitholders.supervision;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import nl.permitholders.infrastructure.NamingRules;
import nl.permitholders.infrastructure.WritePathRules;
import nl.permitholders.supervision.webhook.RetrySchedule;
import nl.permitholders.supervision.webhook.Signature;
import nl.permitholders.supervision.webhook.Subscription;
import nl.permitholders.supervision.webhook.WebhookAudience;

/**
 * The write path of {@link WritePathRules} and the names of {@link NamingRules}, over this service's classes (unit tier:
 * starts nothing).
 */
@AnalyzeClasses(packages = "nl.permitholders.supervision", importOptions = ImportOption.DoNotIncludeTests.class)
class WritePathArchitectureTest {

    @ArchTest
    static final ArchTests writePath = ArchTests.in(WritePathRules.class);

    @ArchTest
    static final ArchTests naming = ArchTests.in(NamingRules.class);

    /** The webhooks' rules that are not named *Rule: who hears of what, when to retry, the signature, a subscription's filter. */
    @ArchTest
    static final ArchRule webhookDomainClasses = WritePathRules.frameworkFree(WebhookAudience.class, RetrySchedule.class,
            Signature.class, Subscription.class);
}
