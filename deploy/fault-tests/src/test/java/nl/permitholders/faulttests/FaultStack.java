package nl.permitholders.faulttests;

import java.nio.file.Path;
import java.util.List;
import nl.permitholders.infrastructure.KafkaTopics;
import nl.permitholders.infrastructure.SystemStack;

/**
 * One stack for all fault scenarios in this JVM: a real PostgreSQL and Kafka broker and the four packaged services
 * as their own processes, on free ports. Every scenario leaves it whole (what it stops or kills it starts again) and
 * uses municipalities of its own, so their figures never mix. Service logs go to target/service-logs.
 */
final class FaultStack {

    static final List<String> EVENT_TOPICS = List.of("quota.events", "placement.events", "housing-stock.events");
    static final String SUPERVISION_GROUP = "supervision-service";

    private static SystemStack stack;

    private FaultStack() {
    }

    static synchronized SystemStack get() {
        if (stack == null) {
            Path root = SystemStack.findProjectRoot();
            stack = SystemStack.start(new SystemStack.Options(root, null, logDirectory(), false, 0, 0, List.of("-Xmx256m")));
            Runtime.getRuntime().addShutdownHook(new Thread(FaultStack::stop, "stop-fault-stack"));
        }
        return stack;
    }

    static Path logDirectory() {
        return SystemStack.findProjectRoot().resolve("deploy/fault-tests/target/service-logs");
    }

    static KafkaTopics topics() {
        return new KafkaTopics(get().kafka().bootstrapServers());
    }

    private static synchronized void stop() {
        if (stack != null) {
            stack.close();
            stack = null;
        }
    }
}
