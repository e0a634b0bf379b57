package nl.permitholders.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Readiness DOWN while a consumer waits for its database ({@link ConsumerRetries}), naming the topics held up. */
@Readiness
@ApplicationScoped
public class ConsumersWaitingCheck implements HealthCheck {

    static final String NAME = "Consumers waiting for the database";

    @Inject
    ConsumerRetries retries;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
        retries.waiting().forEach((topic, since) -> response.down().withData(topic, "waiting since " + since));
        return response.build();
    }
}
