package nl.permitholders.platform;

import static nl.permitholders.infrastructure.ArchitectureRules.Rule.BEANS_NAME_THEIR_ROLE;

import java.util.stream.Stream;
import nl.permitholders.infrastructure.ArchitectureRules;
import nl.permitholders.platform.audit.AuditTrails;
import nl.permitholders.platform.distribution.NationalDistribution;
import nl.permitholders.platform.distribution.QuotaDistribution;
import nl.permitholders.platform.distribution.Reorganisations;
import nl.permitholders.platform.inbox.ConsumerRetries;
import nl.permitholders.platform.inbox.DeferredEvents;
import nl.permitholders.platform.outbox.Outbox;
import nl.permitholders.platform.outbox.OutboxMetrics;
import nl.permitholders.platform.outbox.OutboxPublisher;
import nl.permitholders.platform.outbox.OutboxRelay;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.security.Succession;
import nl.permitholders.platform.security.Tenancy;
import nl.permitholders.platform.time.DateRange;
import nl.permitholders.platform.tracing.EventTracing;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The one rule set ({@link ArchitectureRules}, docs/architecture.md "One rule set") over the platform (unit tier: starts
 * nothing). The mechanisms every service shares are named for what they are: the six role names are a service's
 * feature code's, and these beans are met by name in every service.
 */
class ArchitectureTest {

    @TestFactory
    Stream<DynamicTest> rules() {
        return ArchitectureRules.of("nl.permitholders.platform")
                .domainClasses(Tenancy.class, Succession.class, Period.class, DateRange.class,
                        NationalDistribution.class, QuotaDistribution.class, Reorganisations.class)
                .allow(Outbox.class, BEANS_NAME_THEIR_ROLE, "the one outbox every service's *Service appends to; its statements are OutboxStore's")
                .allow(OutboxRelay.class, BEANS_NAME_THEIR_ROLE, "publishes what writes committed and claims what is left; OutboxTransaction and the sweep call it")
                .allow(OutboxPublisher.class, BEANS_NAME_THEIR_ROLE, "the relay's Kafka producer: an event as a CloudEvent record")
                .allow(OutboxMetrics.class, BEANS_NAME_THEIR_ROLE, "the outbox's gauges and counters, which the relay feeds")
                .allow(DeferredEvents.class, BEANS_NAME_THEIR_ROLE, "offers the events kept aside again on a schedule; its statements are DeferredEventStore's")
                .allow(ConsumerRetries.class, BEANS_NAME_THEIR_ROLE, "every consumer's policy for waiting on the database")
                .allow(EventTracing.class, BEANS_NAME_THEIR_ROLE, "an event's trace context from its write to its consumers")
                .allow(AuditTrails.class, BEANS_NAME_THEIR_ROLE, "reads the write log for the services' audit resources; "
                        + "a *Queries is what a resource of its own module calls, and the platform has none")
                .tests();
    }
}
