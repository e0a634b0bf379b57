package nl.permitholders.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.permitholders.infrastructure.DevelopmentIssuer;
import nl.permitholders.infrastructure.LocalPostgres;
import nl.permitholders.infrastructure.ServiceProcess;
import nl.permitholders.infrastructure.SystemStack;
import org.junit.jupiter.api.Test;

/**
 * A packaged service started without being told whose tokens to trust refuses to start, naming what is missing,
 * instead of trusting a development issuer by default.
 */
class ProductionStartIT {

    @Test
    void aServiceWithoutAConfiguredIssuerExitsNamingIt() throws Exception {
        Path root = SystemStack.findProjectRoot();
        Path log = root.resolve("deploy/system-tests/target/service-logs/quota-service-without-issuer.log");
        DevelopmentIssuer issuer = DevelopmentIssuer.generate();
        try (LocalPostgres postgres = LocalPostgres.start(0, null)) {
            postgres.createDatabaseIfMissing("quota");
            Map<String, String> withKeyButNoIssuer = Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl("quota"),
                    "QUARKUS_DATASOURCE_REACTIVE_URL", postgres.reactiveUrl("quota"),
                    "QUARKUS_DATASOURCE_USERNAME", LocalPostgres.USER,
                    "KAFKA_BOOTSTRAP_SERVERS", "localhost:1",
                    "MP_JWT_VERIFY_PUBLICKEY", issuer.publicKeyPem());
            ServiceProcess service = ServiceProcess.start("quota-service", root.resolve("quota-service/target/quarkus-app/quarkus-run.jar"),
                    0, withKeyButNoIssuer, List.of("-Xmx256m"), log);
            try {
                await().atMost(Duration.ofMinutes(2)).until(() -> !service.isAlive());
                assertThat(service.exitValue()).isNotZero();
                assertThat(Files.readString(log)).contains("Refusing to start: mp.jwt.verify.issuer must be configured");
            } finally {
                service.stop();
            }
        }
    }
}
