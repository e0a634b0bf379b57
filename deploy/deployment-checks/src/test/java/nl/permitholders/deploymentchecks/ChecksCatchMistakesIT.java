package nl.permitholders.deploymentchecks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The checks themselves: each kind of mistake they exist for is caught. */
class ChecksCatchMistakesIT {

    private final ConfigKeys placement = Project.service("placement-service").configKeys();

    @Test
    void knownRunTimeVariablesPass() {
        assertThat(placement.problems(List.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_REACTIVE_MAX_SIZE",
                "QUARKUS_HTTP_PORT", "KAFKA_BOOTSTRAP_SERVERS", "KAFKA_SASL_JAAS_CONFIG", "EVENTS_SOURCE",
                "PLACEMENT_CONSUMER_GROUP", "OUTBOX_SWEEP_INTERVAL", "MP_JWT_VERIFY_ISSUER", "JAVA_MAX_MEM_RATIO",
                "QUARKUS_HTTP_HEADER__API_VERSION__VALUE"))).isEmpty();
    }

    @Test
    void aMisspelledVariableIsCaught() {
        assertThat(placement.problem("QUARKUS_DATASOURCE_JDBC_ULR")).contains("not a configuration property");
        assertThat(placement.problem("KAFKA_SASL_MECHANISMS")).contains("not a Kafka client property");
        assertThat(placement.problem("PLACEMENT_CONSUMERGROUP")).contains("not a configuration property of placement-service");
    }

    @Test
    void anotherServicesPropertyIsCaught() {
        assertThat(placement.problem("SUPERVISION_CONSUMER_GROUP")).contains("not a configuration property of placement-service");
    }

    @Test
    void aBuildTimePropertyIsCaught() {
        assertThat(placement.problem("QUARKUS_DATASOURCE_DB_KIND")).contains("fixed when placement-service is built");
    }

    @Test
    void anUnknownFieldInAKubernetesResourceIsCaught() {
        Map<String, Object> deployment = Yaml.map(Yaml.documents("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: example
                spec:
                  replica: 2
                  template:
                    spec:
                      containers:
                        - name: example
                          image: example
                          readinessprobe: {}
                """, "inline").get(0));
        assertThat(Schemas.problems(deployment)).containsExactly(
                "Deployment example: unknown field(s) [replica] at spec",
                "Deployment example: unknown field(s) [readinessprobe] at spec.template.spec.containers[0]");
    }

    @Test
    void aNumberWhereKubernetesWantsAStringIsCaught() {
        Map<String, Object> configMap = Yaml.map(Yaml.documents("""
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: example
                data:
                  JAVA_MAX_MEM_RATIO: 50
                """, "inline").get(0));
        assertThat(Schemas.problems(configMap)).isNotEmpty();
    }

    @Test
    void strimziAndCloudNativePgMistakesAreCaught() {
        Map<String, Object> topic = Yaml.map(Yaml.documents("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata:
                  name: example
                spec:
                  partitions: 3
                  replication: 3
                """, "inline").get(0));
        assertThat(Schemas.problems(topic)).singleElement().asString().contains("[replication]");

        Map<String, Object> cluster = Yaml.map(Yaml.documents("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata:
                  name: example
                spec:
                  instances: 3
                  storage:
                    size: 1Gi
                  bootstrap:
                    initdb:
                      database: app
                      owner: app
                      databse: typo
                """, "inline").get(0));
        assertThat(Schemas.problems(cluster)).singleElement().asString().contains("databse");

        Map<String, Object> unknownKind = Map.of("apiVersion", "example.org/v1", "kind", "Thing", "metadata", Map.of("name", "x"));
        assertThat(Schemas.problems(unknownKind)).singleElement().asString().contains("no schema");
    }

    @Test
    void aDatasourceWithoutVerifiedTlsIsCaught() {
        ServiceModule supervision = Project.service("supervision-service");
        Map<String, String> verified = Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db-rw:5432/supervision?sslmode=verify-full&sslrootcert=/ca/ca.crt",
                "QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://db-rw:5432/supervision",
                "QUARKUS_DATASOURCE_REACTIVE_POSTGRESQL_SSL_MODE", "verify-full",
                "QUARKUS_DATASOURCE_REACTIVE_HOSTNAME_VERIFICATION_ALGORITHM", "HTTPS",
                "QUARKUS_DATASOURCE_REACTIVE_TRUST_CERTIFICATE_PEM", "true",
                "QUARKUS_DATASOURCE_REACTIVE_TRUST_CERTIFICATE_PEM_CERTS", "/ca/ca.crt");
        assertThat(DatasourceTls.problems(supervision, new RunTimeConfiguration(supervision, verified), Set.of("/ca/ca.crt"))).isEmpty();

        Map<String, String> mistaken = new HashMap<>(verified);
        mistaken.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db-rw:5432/supervision?sslmode=require");
        mistaken.put("QUARKUS_DATASOURCE__READS__REACTIVE_POSTGRESQL_SSL_MODE", "verify-ca");
        mistaken.put("QUARKUS_DATASOURCE_READS_REACTIVE_TRUST_ALL", "true");
        assertThat(DatasourceTls.problems(supervision, new RunTimeConfiguration(supervision, mistaken), Set.of("/ca/ca.crt")))
                .containsExactly(
                        "supervision-service datasource <default> (JDBC): jdbc:postgresql://db-rw:5432/supervision?sslmode=require lacks sslmode=verify-full",
                        "supervision-service datasource <default> (JDBC): jdbc:postgresql://db-rw:5432/supervision?sslmode=require names no sslrootcert of its cluster's CA [/ca/ca.crt]",
                        "supervision-service datasource reads (reactive): reactive.postgresql.ssl-mode is verify-ca, not verify-full",
                        "supervision-service datasource reads (reactive): trust-all is true: any certificate is accepted");
    }

    @Test
    void aPatchOfAMissingFieldIsCaught() {
        Map<String, Object> object = Yaml.map(Yaml.documents("spec:\n  replicas: 1\n", "inline").get(0));
        JsonPatch.apply(object, Map.of("op", "replace", "path", "/spec/replicas", "value", 2), "inline");
        assertThat(Yaml.at(object, "spec", "replicas")).isEqualTo(2);
        assertThatThrownBy(() -> JsonPatch.apply(object, Map.of("op", "replace", "path", "/spec/replica", "value", 2), "inline"))
                .hasMessageContaining("no such member");
    }
}
