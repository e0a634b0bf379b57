package nl.permitholders.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import nl.permitholders.infrastructure.Directories;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;

/**
 * Starts the whole system on this machine: PostgreSQL on 54320, Kafka on 19092, the services on 8081-8084, data
 * kept in deploy/local/.data between runs. Loads the demo data unless told not to. Ctrl-C stops everything.
 */
public final class LocalStack {

    private static final int POSTGRES_PORT = 54320;
    private static final int KAFKA_PORT = 19092;
    private static final int SIGN_IN_PORT = 8090;

    private LocalStack() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> flags = Set.of(args);
        if (flags.contains("--help")) {
            System.out.println("""
                    deploy/local/run [--no-demo] [--reset]
                      --no-demo  start empty: load no demo data
                      --reset    throw away the data of earlier runs first""");
            return;
        }
        Path root = SystemStack.findProjectRoot();
        Path data = root.resolve("deploy/local/.data");
        if (flags.contains("--reset")) {
            Directories.deleteRecursively(data);
        }
        System.out.printf("Starting PostgreSQL (:%d), Kafka (:%d) and the four services; logs in %s%n",
                POSTGRES_PORT, KAFKA_PORT, data.resolve("logs"));
        Instant begin = Instant.now();
        SystemStack stack = SystemStack.start(new SystemStack.Options(root, data, data.resolve("logs"), true,
                POSTGRES_PORT, KAFKA_PORT,
                // Readable logs on a developer's machine; a packaged service otherwise logs JSON (its prod profile).
                List.of("-Xmx256m", "-Dquarkus.log.console.json.enabled=false")));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the services, Kafka and PostgreSQL...");
            stack.close();
            System.out.println("Stopped.");
            stopped.countDown();
        }, "stop-local-stack"));
        System.out.printf("All services ready in %.1f s.%n", Duration.between(begin, Instant.now()).toMillis() / 1000.0);

        if (!flags.contains("--no-demo")) {
            new DemoData(stack).load();
        }
        DevelopmentSignIn signIn = DevelopmentSignIn.start(SIGN_IN_PORT, stack.issuer(),
                Map.of(DemoData.OVERIJSSEL, "Overijssel"), stack.process(Service.SUPERVISION).baseUrl() + "/dashboard");
        printUrls(stack, signIn);
        stopped.await();
    }

    private static void printUrls(SystemStack stack, DevelopmentSignIn signIn) {
        System.out.println();
        for (Service service : Service.values()) {
            System.out.printf("  %-22s %s   (OpenAPI %s/openapi.json, Swagger UI %s/swagger-ui)%n", service.module,
                    stack.url(service), stack.url(service), stack.url(service));
        }
        System.out.printf("%n  Supervision figures of Almelo, end of 2025: %s/municipalities/GM0141/periods/2025-H2%n",
                stack.url(Service.SUPERVISION));
        System.out.printf("%n  Dashboard for province staff: %s   (development sign-in: pick a province; then %s/dashboard)%n",
                signIn.url(), stack.process(Service.SUPERVISION).baseUrl());
        System.out.printf("  Health and metrics of each service: <service>/q/health, <service>/q/metrics%n");
        System.out.println("\nPress Ctrl-C to stop.");
    }
}
