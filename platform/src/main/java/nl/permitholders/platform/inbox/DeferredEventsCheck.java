package nl.permitholders.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Names the event types kept aside because this version does not know them yet ({@link DeferredEvents}): always UP,
 * for an event waiting for its consumer's upgrade is no outage, but an operator sees what waits for which upgrade.
 */
@Readiness
@ApplicationScoped
public class DeferredEventsCheck implements HealthCheck {

    static final String NAME = "Events kept aside until this version knows them";

    @Inject
    DeferredEvents deferred;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
        deferred.waiting().forEach(w -> response.withData(w.type(), w.count() + " from " + w.topic() + " since " + w.since()
                + (w.failure() == null ? "" : "; last offer failed: " + w.failure())));
        return response.build();
    }
}
