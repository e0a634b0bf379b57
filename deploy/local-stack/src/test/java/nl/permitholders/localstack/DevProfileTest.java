package nl.permitholders.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import nl.permitholders.infrastructure.DevelopmentIssuer;
import nl.permitholders.infrastructure.LocalKeycloak;
import nl.permitholders.infrastructure.LocalPostgres;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A service in dev mode ({@code ./mvnw -pl <service> -am quarkus:dev}) finds what {@code deploy/local/run --infra-only}
 * starts: its %dev profile names the launcher's PostgreSQL port with the service's own database and user, the
 * launcher's Kafka port, and the issuer's public key where the launcher writes it; and it listens on the port the
 * stack would give it. Supervision's dashboard signs in through the launcher's Keycloak.
 */
class DevProfileTest {

    private static final Path ROOT = SystemStack.findProjectRoot();

    @ParameterizedTest
    @EnumSource(Service.class)
    void devProfileUsesTheLocalStacksPostgresAndKafka(Service service) throws IOException {
        Path module = ROOT.resolve(service.module);
        // The service's configuration: the platform's shared defaults, overridden by its application.properties.
        Properties properties = new Properties();
        for (Path file : new Path[] {ROOT.resolve("platform/src/main/resources/META-INF/microprofile-config.properties"),
                module.resolve("src/main/resources/application.properties")}) {
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            }
        }

        assertThat(properties.getProperty("quarkus.http.port")).isEqualTo(String.valueOf(service.defaultPort));
        assertThat(properties.getProperty("%dev.quarkus.datasource.jdbc.url"))
                .isEqualTo("jdbc:postgresql://localhost:" + LocalStack.POSTGRES_PORT + "/" + service.database);
        assertThat(properties.getProperty("%dev.quarkus.datasource.reactive.url"))
                .isEqualTo("postgresql://localhost:" + LocalStack.POSTGRES_PORT + "/" + service.database);
        assertThat(properties.getProperty("quarkus.datasource.jdbc.url")).endsWith("/" + service.database);
        assertThat(properties.getProperty("quarkus.datasource.username")).isEqualTo(LocalPostgres.USER);
        assertThat(properties.getProperty("%dev.quarkus.datasource.username")).isNull();
        assertThat(properties.getProperty("%dev.kafka.bootstrap.servers")).isEqualTo("localhost:" + LocalStack.KAFKA_PORT);
        Properties own = new Properties();
        try (Reader reader = Files.newBufferedReader(module.resolve("src/main/resources/application.properties"))) {
            own.load(reader);
        }
        assertThat(own.stringPropertyNames()).as("the issuer is the platform's, the same for every service")
                .noneMatch(name -> name.contains("mp.jwt.verify"));
    }

    @Test
    void devModeTrustsTheLocalStacksKeycloakRealmSigningWithTheStacksKeyInEveryService() throws IOException {
        // Shared by every service: the platform's defaults.
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("platform/src/main/resources/META-INF/microprofile-config.properties"))) {
            properties.load(reader);
        }
        // Dev mode runs in the module's directory; "file:" makes smallrye-jwt read the path from there.
        String keyLocation = properties.getProperty("%dev.mp.jwt.verify.publickey.location");
        assertThat(keyLocation).startsWith("file:");
        for (Service service : Service.values()) {
            assertThat(ROOT.resolve(service.module).resolve(keyLocation.substring("file:".length())).normalize()).isEqualTo(
                    SystemStack.issuerDirectory(LocalStack.dataDirectory(ROOT)).resolve(DevelopmentIssuer.PUBLIC_KEY_FILE));
        }
        assertThat(properties.getProperty("%dev.mp.jwt.verify.issuer")).isEqualTo(LocalKeycloak.issuer(LocalStack.KEYCLOAK_PORT));
        assertThat(properties.getProperty("%test.mp.jwt.verify.issuer")).isEqualTo(DevelopmentIssuer.ISSUER);
        assertThat(properties.getProperty("mp.jwt.verify.audiences")).isEqualTo(DevelopmentIssuer.AUDIENCE);
    }

    @Test
    void theDashboardSignsInThroughTheLocalStacksKeycloakInDevMode() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(ROOT.resolve(SystemStack.DASHBOARD_MODULE).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        assertThat(properties.getProperty("%dev.quarkus.oidc.auth-server-url")).isEqualTo(LocalKeycloak.issuer(LocalStack.KEYCLOAK_PORT));
        assertThat(properties.getProperty("quarkus.oidc.client-id")).isEqualTo(LocalKeycloak.DASHBOARD_CLIENT);
    }

    @Test
    void theIssuerKeptInADirectoryWritesItsPublicKeyThereAndKeepsIt(@TempDir Path directory) throws IOException {
        DevelopmentIssuer issuer = DevelopmentIssuer.keptIn(directory);
        Path publicKey = directory.resolve(DevelopmentIssuer.PUBLIC_KEY_FILE);
        assertThat(Files.readString(publicKey).trim()).isEqualTo(issuer.publicKeyPem());

        Files.delete(publicKey);
        DevelopmentIssuer again = DevelopmentIssuer.keptIn(directory);
        assertThat(again.publicKeyPem()).isEqualTo(issuer.publicKeyPem());
        assertThat(Files.readString(publicKey).trim()).isEqualTo(issuer.publicKeyPem());
    }
}
