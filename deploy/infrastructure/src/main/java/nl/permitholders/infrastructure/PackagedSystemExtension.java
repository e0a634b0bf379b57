package nl.permitholders.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import nl.permitholders.infrastructure.SystemStack.Service;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Starts the system of {@link PackagedSystem} once per test JVM: kept in the store of the JUnit engine's root
 * context, which closes it (services, Keycloak, Kafka, PostgreSQL) when the last test of the JVM has run, and a
 * shutdown hook closes it should the JVM end otherwise. A failed start fails every class that asks, without starting again.
 */
public final class PackagedSystemExtension implements ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(PackagedSystemExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == SystemStack.class || type == LocalKeycloak.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Running running = running(context);
        if (parameter.getParameter().getType() == SystemStack.class) {
            return running.stack;
        }
        if (running.keycloak == null) {
            throw new ExtensionConfigurationException(context.getRequiredTestClass().getName()
                    + " asks for LocalKeycloak, but its @PackagedSystem has no signIn");
        }
        return running.keycloak;
    }

    private static Running running(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        PackagedSystem wanted = AnnotationSupport.findAnnotation(testClass, PackagedSystem.class).orElseThrow(() ->
                new ExtensionConfigurationException(testClass.getName() + " is not annotated with @PackagedSystem"));
        Running running = context.getRoot().getStore(NAMESPACE).computeIfAbsent(Running.class, key -> Running.start(wanted), Running.class);
        if (!running.configuration.equals(wanted)) {
            throw new ExtensionConfigurationException("one packaged system per test JVM: it runs as " + running.configuration
                    + ", " + testClass.getName() + " asks for " + wanted);
        }
        return running;
    }

    /** The system this JVM's tests share. */
    private static final class Running implements AutoCloseable {

        private final PackagedSystem configuration;
        private final SystemStack stack;
        private final LocalKeycloak keycloak;
        private boolean closed;

        private Running(PackagedSystem configuration, SystemStack stack, LocalKeycloak keycloak) {
            this.configuration = configuration;
            this.stack = stack;
            this.keycloak = keycloak;
        }

        static Running start(PackagedSystem configuration) {
            Instant begin = Instant.now();
            Path root = SystemStack.findProjectRoot();
            // Failsafe runs a module's tests in the module's directory.
            Path logs = Path.of("target/service-logs").toAbsolutePath();
            // This start's logs only (the services append to them); the previous start's are kept beside them, since
            // a start that failed is followed by another whose logs would otherwise hide why.
            Path previous = logs.resolveSibling("service-logs.previous");
            Directories.deleteRecursively(previous);
            if (Files.exists(logs)) {
                try {
                    Files.move(logs, previous);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            // C1 only: a test system lives minutes and its start, not its peak speed, is what costs (CONTRIBUTING.md).
            List<String> jvmOptions = new ArrayList<>(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"));
            jvmOptions.addAll(List.of(configuration.jvmOptions()));
            SystemStack.Options options = new SystemStack.Options(root, null, logs, false, 0, 0, jvmOptions);
            Running running;
            if (configuration.signIn()) {
                running = startWithSignIn(configuration, root, options, logs);
            } else {
                running = new Running(configuration, SystemStack.start(options), null);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(running::close, "stop-packaged-system"));
            Instant ready = Instant.now();
            System.out.println("Start-up to ready: " + running.stack.startUpTimes());
            if (configuration.data() != PackagedSystem.Data.class) {
                try {
                    ReflectionSupport.newInstance(configuration.data()).load(running.stack);
                } catch (RuntimeException | Error e) {
                    running.close();
                    throw e;
                }
            }
            System.out.printf("Packaged system ready in %d s%s%n", Duration.between(begin, ready).toSeconds(),
                    configuration.data() == PackagedSystem.Data.class ? ""
                            : ", " + configuration.data().getSimpleName() + " loaded in " + Duration.between(ready, Instant.now()).toSeconds() + " s");
            return running;
        }

        /**
         * Keycloak starts beside the services: it must know the dashboard's address (its port, chosen here) before it
         * starts, and the dashboard connects to it only on the first sign-in.
         */
        private static Running startWithSignIn(PackagedSystem configuration, Path root, SystemStack.Options options, Path logs) {
            int keycloakPort = SystemStack.freePort();
            int dashboardPort = SystemStack.freePort();
            String dashboard = "http://localhost:" + dashboardPort + SystemStack.DASHBOARD_PATH;
            Path keycloakData = Path.of("target/keycloak-data").toAbsolutePath();
            Directories.deleteRecursively(keycloakData); // the realm is imported afresh, with this run's dashboard
            DevelopmentIssuer key = SystemStack.developmentKey(options);
            CompletableFuture<LocalKeycloak> keycloak = CompletableFuture.supplyAsync(() ->
                    LocalKeycloak.start(root, keycloakData, keycloakPort, dashboard, key, logs.resolve("keycloak.log")));
            SystemStack stack;
            try {
                stack = SystemStack.start(options, EnumSet.allOf(Service.class), key, Optional.of(LocalKeycloak.issuer(keycloakPort)),
                        Map.of(), dashboardPort);
            } catch (RuntimeException e) {
                keycloak.thenAccept(LocalKeycloak::close);
                throw e;
            }
            try {
                return new Running(configuration, stack, keycloak.join());
            } catch (RuntimeException e) {
                stack.close();
                throw e;
            }
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            for (Service service : Service.values()) {
                System.out.printf("%s resident memory after the tests: %d MiB%n", service.module,
                        stack.process(service).residentMemoryKib() / 1024);
            }
            stack.dashboard().ifPresent(dashboard -> System.out.printf("%s resident memory after the tests: %d MiB%n",
                    SystemStack.DASHBOARD_MODULE, dashboard.residentMemoryKib() / 1024));
            if (keycloak != null) {
                keycloak.close();
            }
            stack.close();
        }
    }
}
