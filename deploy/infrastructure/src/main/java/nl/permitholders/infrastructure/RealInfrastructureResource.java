package nl.permitholders.infrastructure;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives a service's {@code @QuarkusTest}s a real PostgreSQL database and a real Kafka broker, started once per test
 * JVM, and a token issuer the service trusts ({@link TestTokens} signs with it). Use with {@code @QuarkusTestResource(value = RealInfrastructureResource.class, initArgs =
 * @ResourceArg(name = "database", value = "quota"))}.
 */
public class RealInfrastructureResource implements QuarkusTestResourceLifecycleManager {

    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        LocalPostgres postgres = RealInfrastructure.postgres();
        LocalKafka kafka = RealInfrastructure.kafka();
        postgres.createDatabaseIfMissing(database);
        DevelopmentIssuer issuer = RealInfrastructure.issuer();
        Map<String, String> config = new HashMap<>(issuer.serviceConfig());
        config.put(DevelopmentIssuer.PRIVATE_KEY_PROPERTY, issuer.privateKeyBase64());
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        config.put("quarkus.datasource.reactive.url", postgres.reactiveUrl(database));
        config.put("quarkus.datasource.username", LocalPostgres.USER);
        config.put("quarkus.datasource.password", "");
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        return config;
    }

    @Override
    public void stop() {
        // Shared by every test class in this JVM; stopped by the JVM's shutdown hooks.
    }
}
