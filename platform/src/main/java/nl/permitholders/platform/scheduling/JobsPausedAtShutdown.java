package nl.permitholders.platform.scheduling;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduler;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/**
 * Pauses every scheduled job as a service begins to shut down: a trigger that fires while the service goes down would
 * run its job after the container is gone ("No CDI container is available", logged as an error, which fault-tests'
 * {@code TwoInstancesIT} refuses in the log of an instance stopped under load).
 */
@ApplicationScoped
public class JobsPausedAtShutdown {

    @Inject
    Scheduler scheduler;

    void pause(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent shutdown) {
        scheduler.pause();
    }
}
