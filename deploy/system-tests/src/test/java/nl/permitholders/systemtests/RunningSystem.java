package nl.permitholders.systemtests;

import java.nio.file.Path;
import java.util.List;
import nl.permitholders.infrastructure.Directories;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;

/**
 * The system under test, started once for all system tests in this JVM: a real PostgreSQL and Kafka broker and the
 * four packaged services as their own processes, on free ports. Service logs go to target/service-logs.
 */
final class RunningSystem {

    private static SystemStack stack;

    private RunningSystem() {
    }

    static synchronized SystemStack get() {
        if (stack == null) {
            Path root = SystemStack.findProjectRoot();
            Path logs = root.resolve("deploy/system-tests/target/service-logs");
            Directories.deleteRecursively(logs); // this run's logs only: the services append to them
            stack = SystemStack.start(new SystemStack.Options(root, null, logs, false, 0, 0, List.of("-Xmx256m")));
            Runtime.getRuntime().addShutdownHook(new Thread(RunningSystem::stop, "stop-system"));
            System.out.println("Start-up to ready: " + stack.startUpTimes());
        }
        return stack;
    }

    private static synchronized void stop() {
        if (stack != null) {
            for (Service service : Service.values()) {
                System.out.printf("%s resident memory after the tests: %d MiB%n", service.module,
                        stack.process(service).residentMemoryKib() / 1024);
            }
            stack.close();
            stack = null;
        }
    }
}
