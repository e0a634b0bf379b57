package nl.permitholders.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import nl.permitholders.infrastructure.DevelopmentIssuer;
import nl.permitholders.infrastructure.Directories;
import nl.permitholders.infrastructure.LocalKeycloak;
import nl.permitholders.infrastructure.LocalPostgres;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;

/**
 * Starts the whole system on this machine: PostgreSQL on 54320, Kafka on 19092, the services on 8081-8084, the
 * dashboard on 8085, data kept in deploy/local/.data between runs, and Keycloak on 8180 for the dashboard's sign-in. Loads the demo data unless
 * told not to. With --infra-only it starts PostgreSQL, Kafka and Keycloak alone, for a service in Quarkus dev mode (its
 * %dev profile points at these ports, databases, Keycloak and the issuer's public key). Ctrl-C stops everything.
 */
public final class LocalStack {

    static final int POSTGRES_PORT = 54320;
    static final int KAFKA_PORT = 19092;
    static final int KEYCLOAK_PORT = 8180;

    /** The realm's example users: province staff of Overijssel and Gelderland, and the Rijk. */
    static final String EXAMPLE_USERS = "a province's name in lower case (overijssel, gelderland, noord-brabant, fryslan, …), "
            + "rijk, almelo or enschede";

    /** JVM options added to every service's, separated by spaces: e.g. to try a flag or to track native memory. */
    static final String JVM_OPTIONS_VARIABLE = "LOCAL_STACK_JVM_OPTIONS";

    private LocalStack() {
    }

    /**
     * The services' JVM options: readable logs on a developer's machine (a packaged service otherwise logs JSON, its prod
     * profile); the example webhook receiver listens on localhost over http, which production refuses; then {@code extra}.
     */
    static List<String> serviceJvmOptions(String extra) {
        List<String> options = new ArrayList<>(List.of("-Xmx256m", "-Dquarkus.log.console.json.enabled=false",
                "-Dwebhooks.allow-http=true", "-Dwebhooks.internal-hosts-allowed=localhost"));
        if (extra != null && !extra.isBlank()) {
            options.addAll(List.of(extra.strip().split("\\s+")));
        }
        return options;
    }

    /** Where the local stack keeps PostgreSQL's and Kafka's data, the issuer's key and the logs between runs. */
    static Path dataDirectory(Path projectRoot) {
        return projectRoot.resolve("deploy/local/.data");
    }

    public static void main(String[] args) throws Exception {
        Set<String> flags = Set.of(args);
        if (flags.contains("--help")) {
            System.out.println("""
                    deploy/local/run [--no-demo] [--reset] [--infra-only] [--webhook-receiver]
                      --no-demo     start empty: load no demo data
                      --webhook-receiver  print Almelo's webhook deliveries (an example receiver on :8099)
                      --reset       throw away the data of earlier runs first
                      --infra-only  PostgreSQL, Kafka and Keycloak only, for a service in dev mode
                    LOCAL_STACK_JVM_OPTIONS="..." adds JVM options to every service's (e.g. -XX:NativeMemoryTracking=summary)""");
            return;
        }
        boolean infraOnly = flags.contains("--infra-only");
        Path root = SystemStack.findProjectRoot();
        Path data = dataDirectory(root);
        if (flags.contains("--reset")) {
            Directories.deleteRecursively(data);
        }
        System.out.printf("Starting PostgreSQL (:%d), Kafka (:%d), Keycloak (:%d)%s; logs in %s%n", POSTGRES_PORT, KAFKA_PORT,
                KEYCLOAK_PORT, infraOnly ? "" : " and the five services with the dashboard", data.resolve("logs"));
        Instant begin = Instant.now();
        // The dashboard application on its own port (in dev mode too, with --infra-only).
        String dashboard = "http://localhost:" + SystemStack.DASHBOARD_PORT + SystemStack.DASHBOARD_PATH;
        SystemStack.Options options = new SystemStack.Options(root, data, data.resolve("logs"), true, POSTGRES_PORT, KAFKA_PORT,
                serviceJvmOptions(System.getenv(JVM_OPTIONS_VARIABLE)));
        // Keycloak is the services' one issuer: its realm signs with the stack's key, so tokens of deploy/local/token are
        // its tokens too. It starts beside the rest: the services need it only for a sign-in.
        DevelopmentIssuer key = SystemStack.developmentKey(options);
        // Imported afresh each time: the realm is the file's, with this key, whatever an earlier run left.
        Directories.deleteRecursively(data.resolve("keycloak"));
        CompletableFuture<LocalKeycloak> keycloak = CompletableFuture.supplyAsync(() -> LocalKeycloak.start(root,
                data.resolve("keycloak"), KEYCLOAK_PORT, dashboard, key, data.resolve("logs/keycloak.log")));
        SystemStack stack = SystemStack.start(options, infraOnly ? Set.of() : EnumSet.allOf(Service.class), key,
                Optional.of(LocalKeycloak.issuer(KEYCLOAK_PORT)), Map.of());
        LocalKeycloak signIn = keycloak.join();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.printf("%nStopping %sKeycloak, Kafka and PostgreSQL...%n", infraOnly ? "" : "the services, ");
            stack.close();
            signIn.close();
            System.out.println("Stopped.");
            stopped.countDown();
        }, "stop-local-stack"));
        System.out.printf("%s ready in %.1f s.%n", infraOnly ? "PostgreSQL, Kafka and Keycloak" : "All services and Keycloak",
                Duration.between(begin, Instant.now()).toMillis() / 1000.0);
        stack.startUpTimes().forEach((service, took) -> System.out.printf("  %-22s ready %.1f s after its process started%n",
                service.module, took.toMillis() / 1000.0));

        if (!infraOnly && !flags.contains("--no-demo")) {
            new DemoData(stack).load();
        }
        ExampleReceiver receiver = !infraOnly && flags.contains("--webhook-receiver")
                ? ExampleReceiver.subscribe(stack.url(Service.WEBHOOKS), "GM0141", key.municipality("GM0141")) : null;
        if (receiver != null) {
            Runtime.getRuntime().addShutdownHook(new Thread(receiver::close, "stop-webhook-receiver"));
        }
        if (infraOnly) {
            printDevMode(signIn, data);
        } else {
            printUrls(stack, dashboard);
        }
        stopped.await();
    }

    private static void printDevMode(LocalKeycloak signIn, Path data) {
        System.out.printf("""

                  PostgreSQL   localhost:%d  user %s, no password; databases %s
                  Kafka        localhost:%d  (topics are created on first use)
                  Keycloak     %s  (the dashboard's sign-in; admin: admin / %s)
                  Tokens       deploy/local/token (signed with the realm's key: %s)

                  Start a service in dev mode, in another terminal (it connects to the above with its %%dev profile):
                    ./mvnw -pl quota-service -am quarkus:dev          # or placement-, housing-stock-, supervision-, webhook-service
                  and call it with a token of the realm:
                    curl -H "Authorization: Bearer $(deploy/local/token --role rijk)" localhost:%d%s/municipalities
                  The dashboard in dev mode (./mvnw -pl dashboard -am quarkus:dev, with the services running):
                    http://localhost:%d/dashboard, signed in through Keycloak as %s, password %s
                """, POSTGRES_PORT, LocalPostgres.USER,
                String.join(", ", Arrays.stream(Service.values()).map(s -> s.database).toList()),
                KAFKA_PORT, signIn.issuer(), LocalKeycloak.USER_PASSWORD, SystemStack.issuerDirectory(data).resolve(DevelopmentIssuer.PUBLIC_KEY_FILE),
                Service.QUOTA.defaultPort, Service.QUOTA.basePath, SystemStack.DASHBOARD_PORT, EXAMPLE_USERS,
                LocalKeycloak.USER_PASSWORD);
        System.out.println("\nPress Ctrl-C to stop.");
    }

    private static void printUrls(SystemStack stack, String dashboard) {
        System.out.println();
        for (Service service : Service.values()) {
            System.out.printf("  %-22s %s   (OpenAPI %s/openapi.json, Swagger UI %s/swagger-ui)%n", service.module,
                    stack.url(service), stack.url(service), stack.url(service));
        }
        System.out.printf("%n  Supervision figures of Almelo, end of 2025: %s/municipalities/GM0141/periods/2025-H2%n",
                stack.url(Service.SUPERVISION));
        System.out.printf("%n  Dashboard of the provinces, the Rijk and the municipalities: %s%n", dashboard);
        System.out.printf("    sign in on Keycloak's page as %s, password %s%n", EXAMPLE_USERS, LocalKeycloak.USER_PASSWORD);
        System.out.printf("  Health and metrics of each service: <service>/q/health, <service>/q/metrics%n");
        System.out.println("\nPress Ctrl-C to stop.");
    }
}
