package nl.permitholders.infrastructure;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives a service's {@code @QuarkusTest}s a real PostgreSQL database and a real Kafka broker, started once per test
 * JVM. Use with {@code @QuarkusTestResource(value = RealInfrastructureResource.class, initArgs =
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
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.reactive.url", postgres.reactiveUrl(database),
                "quarkus.datasource.username", LocalPostgres.USER,
                "quarkus.datasource.password", "",
                "kafka.bootstrap.servers", kafka.bootstrapServers());
    }

    @Override
    public void stop() {
        // Shared by every test class in this JVM; stopped by the JVM's shutdown hooks.
    }
}
