package nl.permitholders.faulttests;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.permitholders.infrastructure.ServiceProcess;
import nl.permitholders.infrastructure.SystemStack.Service;

/**
 * Asks services' readiness every second, as a load balancer (a Kubernetes readiness probe) does, and keeps every
 * answer that was not 200.
 */
final class ReadinessWatch implements AutoCloseable {

    private final ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger asked = new AtomicInteger();
    private final List<String> notReady = new CopyOnWriteArrayList<>();

    ReadinessWatch(Map<Service, ServiceProcess> services) {
        probe.scheduleAtFixedRate(() -> services.forEach((service, process) -> {
            String answer = process.readiness();
            asked.incrementAndGet();
            if (!answer.startsWith("200 ")) {
                notReady.add(service + ": " + answer);
            }
        }), 0, 1, TimeUnit.SECONDS);
    }

    /** How many answers were asked for so far. */
    int asked() {
        return asked.get();
    }

    /** Every answer that was not 200, with the service and the body that says why. */
    List<String> notReady() {
        return List.copyOf(notReady);
    }

    /**
     * Lets the round under way finish before stopping: interrupting it would cut the probes short and record their
     * "interrupted" as the services' answers.
     */
    @Override
    public void close() throws InterruptedException {
        probe.shutdown();
        if (!probe.awaitTermination(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("a round of readiness probes did not finish within 30 s");
        }
    }
}
