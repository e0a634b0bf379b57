package nl.permitholders.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The whole system on one machine: a real PostgreSQL with one database per service, a real Kafka broker, the five
 * packaged services as separate processes, and, where people can sign in (a realm) or a port is asked for it, the
 * dashboard application on the services' APIs; started in parallel and awaited until ready.
 */
public final class SystemStack implements AutoCloseable {

    /** A service of the system: its module directory, database, default port and API base path. */
    public enum Service {
        QUOTA("quota-service", "quota", 8081, "/quota/v1"),
        PLACEMENT("placement-service", "placement", 8082, "/placements/v1"),
        HOUSING_STOCK("housing-stock-service", "housing_stock", 8083, "/housing-stock/v1"),
        SUPERVISION("supervision-service", "supervision", 8084, "/supervision/v1"),
        WEBHOOKS("webhook-service", "webhooks", 8086, "/webhooks/v1");

        public final String module;
        public final String database;
        public final int defaultPort;
        public final String basePath;

        Service(String module, String database, int defaultPort, String basePath) {
            this.module = module;
            this.database = database;
            this.defaultPort = defaultPort;
            this.basePath = basePath;
        }
    }

    /** The services the dashboard's pages call; it starts once they all run. */
    public static final Set<Service> DASHBOARD_CALLS = EnumSet.of(Service.QUOTA, Service.PLACEMENT, Service.HOUSING_STOCK,
            Service.SUPERVISION);

    /** The dashboard application's module; it has no database, topic or API of its own. */
    public static final String DASHBOARD_MODULE = "dashboard";
    /** The dashboard's port with fixed ports (deploy/local/run). */
    public static final int DASHBOARD_PORT = 8085;
    /** Where its pages are, on its own origin. */
    public static final String DASHBOARD_PATH = "/dashboard";

    /**
     * @param dataDirectory where PostgreSQL and Kafka keep their data; null for temporary data removed on close
     * @param fixedPorts    the services' default ports (8081-8084, 8086) and PostgreSQL/Kafka on postgresPort/kafkaPort;
     *                      otherwise free ports everywhere
     */
    public record Options(Path projectRoot, Path dataDirectory, Path logDirectory, boolean fixedPorts, int postgresPort,
                          int kafkaPort, List<String> jvmOptions) {
    }

    private final LocalPostgres postgres;
    private final LocalKafka kafka;
    private final Map<Service, ServiceProcess> services; // replaced on a restart
    private final Map<Service, Duration> startUpTimes;
    private final DevelopmentIssuer issuer;
    private final ServiceProcess dashboard; // null without a realm to sign in with

    private SystemStack(LocalPostgres postgres, LocalKafka kafka, Map<Service, ServiceProcess> services,
                        Map<Service, Duration> startUpTimes, DevelopmentIssuer issuer, ServiceProcess dashboard) {
        this.issuer = issuer;
        this.dashboard = dashboard;
        this.postgres = postgres;
        this.kafka = kafka;
        this.services = services;
        this.startUpTimes = startUpTimes;
    }

    public static SystemStack start(Options options) {
        return start(options, EnumSet.allOf(Service.class));
    }

    /**
     * PostgreSQL with every service's database, Kafka and the issuer, and of the services only {@code running}; the
     * others may run elsewhere (in dev mode) against the same ports, databases and key.
     */
    /** The webhook secrets' at-rest key of every stack this class starts: the base64 of 32 bytes, for development only. */
    static final String DEVELOPMENT_WEBHOOK_KEY = "bG9jYWwtc3RhY2stb25seS13ZWJob29rLWtleS0zMmI=";

    public static SystemStack start(Options options, Set<Service> running) {
        return start(options, running, developmentKey(options), Optional.empty(), Map.of());
    }

    /**
     * The key the stack's tokens are signed with: kept in the data directory, so that it survives restarts and tokens
     * printed by deploy/local/token stay valid, or a new one for a stack with temporary data.
     */
    public static DevelopmentIssuer developmentKey(Options options) {
        return options.dataDirectory() == null ? DevelopmentIssuer.generate() : DevelopmentIssuer.keptIn(issuerDirectory(options.dataDirectory()));
    }

    /**
     * As {@link #start(Options, Set)}, with the OIDC realm {@code identityProvider} (a realm's URL, e.g. LocalKeycloak's
     * issuer, signing with {@code key}) as the one issuer every service trusts and where the dashboard signs people in;
     * it may start after the services, which need it only for a sign-in. Without one the services trust the development
     * issuer. Some services may run on ports chosen beforehand; without fixed ports, the others on free ones.
     */
    public static SystemStack start(Options options, Set<Service> running, DevelopmentIssuer key, Optional<String> identityProvider,
                                    Map<Service, Integer> ports) {
        return start(options, running, key, identityProvider, ports, 0);
    }

    /**
     * As {@link #start(Options, Set, DevelopmentIssuer, Optional, Map)}; with the four services it calls running, the dashboard
     * too: with a realm on {@code dashboardPort} (0: {@link #DASHBOARD_PORT} with fixed ports, else a free one), signing
     * people in with the realm and calling the services' APIs in their name; without one only when {@code dashboardPort}
     * names a port, taking the development issuer's bearer tokens only (a benchmark's or a script's caller).
     */
    public static SystemStack start(Options options, Set<Service> running, DevelopmentIssuer key, Optional<String> identityProvider,
                                    Map<Service, Integer> ports, int dashboardPort) {
        DevelopmentIssuer issuer = identityProvider.map(key::inTheNameOf).orElse(key);
        Path data = options.dataDirectory();
        LocalPostgres postgres = LocalPostgres.start(options.fixedPorts() ? options.postgresPort() : 0,
                data == null ? null : data.resolve("postgres"));
        LocalKafka kafka = null;
        Map<Service, ServiceProcess> started = new LinkedHashMap<>();
        ServiceProcess dashboard = null;
        try {
            kafka = LocalKafka.start(options.fixedPorts() ? options.kafkaPort() : 0, data == null ? null : data.resolve("kafka"));
            // Every database before any service: a service's start takes the cores, and a CREATE DATABASE then
            // waits behind it, long enough for the connection to time out.
            for (Service service : Service.values()) {
                postgres.createDatabaseIfMissing(service.database);
            }
            for (Service service : Service.values()) {
                if (!running.contains(service)) {
                    continue;
                }
                int port = options.fixedPorts() ? service.defaultPort : ports.containsKey(service) ? ports.get(service) : freePort();
                Map<String, String> environment = new LinkedHashMap<>(Map.of(
                        "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(service.database),
                        "QUARKUS_DATASOURCE_REACTIVE_URL", postgres.reactiveUrl(service.database),
                        "QUARKUS_DATASOURCE_USERNAME", LocalPostgres.USER,
                        "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                        "MP_JWT_VERIFY_ISSUER", issuer.name(),
                        "MP_JWT_VERIFY_PUBLICKEY", issuer.publicKeyPem()));
                if (service == Service.WEBHOOKS) {
                    // The at-rest key of the webhook secrets: a fixed one, as the stack is for development and tests and
                    // its data outlives a run (deploy/local); production's comes from a Secret (deploy/k8s).
                    environment.put("WEBHOOKS_SECRET_KEY", DEVELOPMENT_WEBHOOK_KEY);
                }
                Path jar = options.projectRoot().resolve(service.module).resolve("target/quarkus-app/quarkus-run.jar");
                started.put(service, ServiceProcess.start(service.module, jar, port, environment, options.jvmOptions(),
                        options.logDirectory().resolve(service.module + ".log")));
            }
            if ((identityProvider.isPresent() || dashboardPort > 0) && running.containsAll(DASHBOARD_CALLS)) {
                Map<String, String> environment = new LinkedHashMap<>();
                identityProvider.ifPresentOrElse(realm -> environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", realm), () -> {
                    // No realm: the development issuer's bearer tokens only, verified with its public key.
                    environment.put("QUARKUS_OIDC_APPLICATION_TYPE", "service");
                    environment.put("QUARKUS_OIDC_PUBLIC_KEY", issuer.publicKeyPem().replaceAll("-----[A-Z ]+-----|\\s", ""));
                    environment.put("QUARKUS_OIDC_TOKEN_ISSUER", issuer.name());
                });
                // QUARKUS_REST_CLIENT_QUOTA_URL, ..._HOUSING_STOCK_URL: the dashboard's client of each service
                DASHBOARD_CALLS.forEach(service -> environment.put("QUARKUS_REST_CLIENT_" + service.name() + "_URL", started.get(service).baseUrl()));
                int port = dashboardPort > 0 ? dashboardPort : options.fixedPorts() ? DASHBOARD_PORT : freePort();
                dashboard = ServiceProcess.start(DASHBOARD_MODULE, options.projectRoot().resolve(DASHBOARD_MODULE)
                        .resolve("target/quarkus-app/quarkus-run.jar"), port, environment, options.jvmOptions(),
                        options.logDirectory().resolve(DASHBOARD_MODULE + ".log"));
            }
            Map<Service, Duration> startUpTimes = new LinkedHashMap<>();
            List<CompletableFuture<Void>> readiness = new ArrayList<>();
            if (dashboard != null) {
                ServiceProcess pages = dashboard;
                readiness.add(CompletableFuture.runAsync(() -> pages.awaitReady(Duration.ofMinutes(3))));
            }
            for (Map.Entry<Service, ServiceProcess> entry : started.entrySet()) {
                readiness.add(CompletableFuture.runAsync(() -> {
                    Duration took = entry.getValue().awaitReady(Duration.ofMinutes(3));
                    synchronized (startUpTimes) {
                        startUpTimes.put(entry.getKey(), took);
                    }
                }));
            }
            CompletableFuture.allOf(readiness.toArray(CompletableFuture[]::new)).join();
            return new SystemStack(postgres, kafka, started, startUpTimes, issuer, dashboard);
        } catch (RuntimeException e) {
            started.values().forEach(ServiceProcess::stop);
            if (dashboard != null) {
                dashboard.stop();
            }
            if (kafka != null) {
                kafka.close();
            }
            postgres.close();
            throw e;
        }
    }

    /** Where a stack with {@code dataDirectory} keeps its development issuer's keys ({@link DevelopmentIssuer#keptIn}). */
    public static Path issuerDirectory(Path dataDirectory) {
        return dataDirectory.resolve("issuer");
    }

    public static Path findProjectRoot() {
        Path current = Path.of("").toAbsolutePath();
        while (current != null) {
            if (Files.exists(current.resolve("mvnw")) && Files.isDirectory(current.resolve("quota-service"))) {
                return current;
            }
            current = current.getParent();
        }
        throw new IllegalStateException("not inside the project: no mvnw above " + Path.of("").toAbsolutePath());
    }

    public String url(Service service) {
        return services.get(service).baseUrl() + service.basePath;
    }

    public ServiceProcess process(Service service) {
        return services.get(service);
    }

    /** The dashboard's process; none when the stack has no realm to sign in with. */
    public Optional<ServiceProcess> dashboard() {
        return Optional.ofNullable(dashboard);
    }

    /** The dashboard's pages, e.g. http://localhost:8085/dashboard; fails when the stack runs none. */
    public String dashboardUrl() {
        return dashboard().orElseThrow(() -> new IllegalStateException("this stack runs no dashboard: it has no realm to sign in with"))
                .baseUrl() + DASHBOARD_PATH;
    }

    /**
     * Kills the service with SIGKILL (a crash: no graceful shutdown), starts it again on the same port, database
     * and broker, and waits until it is ready; returns how long the restart took.
     */
    public Duration killAndRestart(Service service) {
        return killAndRestart(service, () -> {
        });
    }

    /** As {@link #killAndRestart(Service)}, running {@code whileDown} after the kill and before the start. */
    public Duration killAndRestart(Service service, Runnable whileDown) {
        ServiceProcess crashed = services.get(service);
        crashed.kill();
        whileDown.run();
        return startAgain(service, crashed);
    }

    /** Stops the service gracefully (SIGTERM), starts it again as {@link #killAndRestart} does. */
    public Duration restart(Service service) {
        ServiceProcess stopped = services.get(service);
        stopped.stop();
        return startAgain(service, stopped);
    }

    private Duration startAgain(Service service, ServiceProcess ended) {
        ServiceProcess restarted = ended.startAgain();
        services.put(service, restarted);
        return restarted.awaitReady(Duration.ofMinutes(3));
    }

    /**
     * A second instance of the service on a free port, sharing the first one's database and broker, ready; the
     * caller stops it.
     */
    public ServiceProcess startAnotherInstance(Service service, Path logFile) {
        ServiceProcess another = services.get(service).startAnotherInstance(freePort(), logFile);
        another.awaitReady(Duration.ofMinutes(3));
        return another;
    }

    /** The base URL of the API of {@code instance}, an instance of {@code service}. */
    public static String url(Service service, ServiceProcess instance) {
        return instance.baseUrl() + service.basePath;
    }

    public Map<Service, Duration> startUpTimes() {
        return startUpTimes;
    }

    /** Signs the tokens the services of this stack accept. */
    public DevelopmentIssuer issuer() {
        return issuer;
    }

    public LocalKafka kafka() {
        return kafka;
    }

    /** The broker's topics, to put records on them and read them as a test does. */
    public KafkaTopics topics() {
        return new KafkaTopics(kafka.bootstrapServers());
    }

    public LocalPostgres postgres() {
        return postgres;
    }

    @Override
    public void close() {
        List<ServiceProcess> processes = new ArrayList<>(services.values());
        dashboard().ifPresent(processes::add);
        List<CompletableFuture<Void>> stopping = processes.stream()
                .map(service -> CompletableFuture.runAsync(service::stop))
                .toList();
        CompletableFuture.allOf(stopping.toArray(CompletableFuture[]::new)).join();
        kafka.close();
        postgres.close();
    }

    /** A port free on this machine now, for a process about to be started on it. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
