package nl.permitholders.deploymentchecks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Which environment variables a service reads, and so which a deployment may set. An environment variable names a
 * configuration property the MicroProfile Config way: upper case, every other character than a letter or digit
 * replaced by '_' ({@code quarkus.datasource.jdbc.url} = {@code QUARKUS_DATASOURCE_JDBC_URL}). A service knows:
 * <ul>
 *   <li>the Quarkus properties of the extensions in its packaged application ({@code target/quarkus-app/lib/main},
 *   which is what its image holds), from each extension's configuration model; only those that are read at run time
 *   count, since a build-time property set in a container changes nothing;</li>
 *   <li>its own properties: the keys of its application.properties and those its code (and the platform's) reads with
 *   {@code @ConfigProperty} or {@code ${...}};</li>
 *   <li>Kafka client properties, {@code KAFKA_*}, which Quarkus passes to every Kafka client
 *   ({@code KAFKA_SASL_MECHANISM} = {@code sasl.mechanism});</li>
 *   <li>the MicroProfile JWT properties of issue 7 (security, being added with quarkus-smallrye-jwt);</li>
 *   <li>the variables of the base image's run-java.sh, as its Dockerfile.jvm documents them.</li>
 * </ul>
 */
final class ConfigKeys {

    /** Bearer-token verification, read by smallrye-jwt (issue 7): not in the code yet, announced for every service. */
    static final Set<String> MICROPROFILE_JWT = Set.of("mp.jwt.verify.issuer", "mp.jwt.verify.publickey.location",
            "mp.jwt.verify.audiences", "smallrye.jwt.path.groups");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MODEL = "META-INF/quarkus-config-doc/quarkus-config-model.json";
    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern EXPRESSION = Pattern.compile("\"\\$\\{([A-Za-z0-9._-]+)(?::[^}]*)?}\"");
    private static final Set<String> KAFKA_CLIENT = kafkaClientProperties();

    private final String service;
    private final Map<String, String> quarkusPhaseByEnv;
    private final Map<Pattern, String> quarkusPhaseByEnvPattern;
    private final Set<String> applicationEnv;
    private final Set<String> imageVariables;

    private ConfigKeys(String service, Map<String, String> quarkusPhaseByEnv, Map<Pattern, String> quarkusPhaseByEnvPattern,
                       Set<String> applicationEnv, Set<String> imageVariables) {
        this.service = service;
        this.quarkusPhaseByEnv = quarkusPhaseByEnv;
        this.quarkusPhaseByEnvPattern = quarkusPhaseByEnvPattern;
        this.applicationEnv = applicationEnv;
        this.imageVariables = imageVariables;
    }

    static ConfigKeys of(ServiceModule module) {
        Map<String, String> byEnv = new HashMap<>();
        Map<Pattern, String> byPattern = new LinkedHashMap<>();
        Path lib = module.dir().resolve("target/quarkus-app/lib/main");
        if (!Files.isDirectory(lib)) {
            throw new AssertionError(module + " is not packaged (" + lib + " is missing): the checks read the packaged "
                    + "application; ./mvnw -B verify builds the services first");
        }
        for (Path jar : Project.files(lib, ".jar")) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                var entry = zip.getEntry(MODEL);
                if (entry != null) {
                    collect(JSON.readTree(zip.getInputStream(entry)), byEnv, byPattern);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (byEnv.isEmpty()) {
            throw new AssertionError(module + ": no Quarkus configuration model found in " + lib);
        }

        Set<String> application = new HashSet<>();
        module.properties().stringPropertyNames().stream()
                .filter(k -> !k.startsWith("%"))
                .forEach(k -> application.add(env(k)));
        for (Path source : Stream.of(Project.ROOT.resolve("platform/src/main/java"), module.dir().resolve("src/main/java"))
                .flatMap(dir -> Project.files(dir, ".java").stream()).toList()) {
            String text = Project.read(source);
            CONFIG_PROPERTY.matcher(text).results().forEach(r -> application.add(env(r.group(1))));
            EXPRESSION.matcher(text).results().forEach(r -> application.add(env(r.group(1))));
        }
        MICROPROFILE_JWT.forEach(k -> application.add(env(k)));

        return new ConfigKeys(module.name(), byEnv, byPattern, application, imageVariables(module.dockerfile()));
    }

    /** The environment variable that sets a property. */
    static String env(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** Why the service would not read this environment variable, or null if it does. */
    String problem(String variable) {
        if (imageVariables.contains(variable)) {
            return null;
        }
        if (variable.startsWith("QUARKUS_")) {
            String phase = quarkusPhaseByEnv.get(variable);
            if (phase == null) {
                phase = quarkusPhaseByEnvPattern.entrySet().stream().filter(e -> e.getKey().matcher(variable).matches())
                        .map(Map.Entry::getValue).findFirst().orElse(null);
            }
            if (phase == null) {
                return variable + " is not a configuration property of any Quarkus extension in " + service;
            }
            return "RUN_TIME".equals(phase) ? null
                    : variable + " is fixed when " + service + " is built (" + phase + "): setting it at deployment has no effect";
        }
        if (variable.startsWith("KAFKA_")) {
            String kafkaProperty = variable.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.');
            return KAFKA_CLIENT.contains(kafkaProperty) ? null
                    : variable + " is not a Kafka client property (" + kafkaProperty + ")";
        }
        return applicationEnv.contains(variable) ? null
                : variable + " is not a configuration property of " + service
                  + " (not in its application.properties, its code, Quarkus or the image)";
    }

    private static void collect(JsonNode node, Map<String, String> byEnv, Map<Pattern, String> byPattern) {
        if (node.isObject()) {
            if (node.path("@class").asText().endsWith(".ConfigProperty")) {
                String phase = node.path("phase").asText();
                add(node.path("path"), phase, byEnv, byPattern);
                node.path("additionalPaths").forEach(path -> add(path, phase, byEnv, byPattern));
            }
            node.forEach(child -> collect(child, byEnv, byPattern));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, byEnv, byPattern));
        }
    }

    private static void add(JsonNode path, String phase, Map<String, String> byEnv, Map<Pattern, String> byPattern) {
        String property = path.path("property").asText();
        if (property.contains("\"")) {
            // A map key or named instance ("datasource-name", an OIDC tenant): any name in its place, quoted
            // (QUARKUS_OIDC__DASHBOARD__AUTH_SERVER_URL) or not when application.properties names it already
            // (QUARKUS_OIDC_DASHBOARD_AUTH_SERVER_URL for quarkus.oidc.dashboard.*).
            StringBuilder regex = new StringBuilder();
            String[] parts = property.split("\"", -1);
            for (int i = 0; i < parts.length; i++) {
                regex.append(i % 2 == 0 ? Pattern.quote(env(parts[i])) : "_?[A-Z0-9_]+_?");
            }
            byPattern.put(Pattern.compile(regex.toString()), phase);
        } else {
            byEnv.put(path.path("environmentVariable").asText(env(property)), phase);
        }
    }

    private static Set<String> imageVariables(Path dockerfile) {
        Set<String> variables = new HashSet<>();
        for (String line : Project.read(dockerfile).split("\n")) {
            var documented = Pattern.compile("^#\\s+- ([A-Z_]+):").matcher(line);
            if (documented.find()) {
                variables.add(documented.group(1));
            }
            var set = Pattern.compile("^ENV\\s+([A-Z_]+)=").matcher(line);
            if (set.find()) {
                variables.add(set.group(1));
            }
        }
        return variables;
    }

    private static Set<String> kafkaClientProperties() {
        Set<String> names = new HashSet<>();
        names.addAll(ProducerConfig.configNames());
        names.addAll(ConsumerConfig.configNames());
        names.addAll(AdminClientConfig.configNames());
        return Set.copyOf(names);
    }

    List<String> problems(Iterable<String> variables) {
        List<String> problems = new java.util.ArrayList<>();
        for (String variable : variables) {
            String problem = problem(variable);
            if (problem != null) {
                problems.add(problem);
            }
        }
        return problems;
    }
}
