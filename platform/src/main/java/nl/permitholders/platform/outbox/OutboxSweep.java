package nl.permitholders.platform.outbox;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/**
 * The relay's safety net: every few seconds it publishes what a prompt publication after commit missed. It waits for
 * the application to have started: the scheduler fires before that on a slow start.
 */
@ApplicationScoped
class OutboxSweep {

    private volatile boolean started;

    @Inject
    Instance<OutboxRelay> relay;

    void started(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 1000) StartupEvent startup) {
        started = true;
    }

    @Scheduled(every = "${outbox.sweep-interval:5s}", delayed = "${outbox.sweep-delay:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        if (started) {
            relay.get().sweep();
        }
    }
}
