package nl.permitholders.deploymentchecks;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a deployable's own files say about it: port, database, topics, consumer group, configuration keys (the dashboard
 * has neither database nor topics).
 */
final class ServiceModule {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");
    /** A resource class mounted at a literal path (the API's resources use its base path's constant). */
    private static final Pattern ROOT_RESOURCE = Pattern.compile("(?m)^@Path\\(\"(/[^/\"]+)");
    private static final Pattern PAGE_LINK = Pattern.compile("(?:href|src|action)=\"(/[^/\"?#]+)");

    private final String name;
    private final Path dir;
    private final Properties properties;
    private ConfigKeys configKeys;

    ServiceModule(String name, Path dir) {
        this.name = name;
        this.dir = dir;
        this.properties = new Properties();
        try {
            properties.load(new StringReader(Project.read(dir.resolve("src/main/resources/application.properties"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name() {
        return name;
    }

    Path dir() {
        return dir;
    }

    Properties properties() {
        return properties;
    }

    /** The value of a property of application.properties with ${...} references resolved, or null. */
    String property(String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            return null;
        }
        Matcher m = REFERENCE.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (m.find()) {
            String replacement = property(m.group(1));
            m.appendReplacement(resolved, Matcher.quoteReplacement(replacement != null ? replacement
                    : m.group(2) != null ? m.group(2) : m.group()));
        }
        m.appendTail(resolved);
        return resolved.toString();
    }

    int port() {
        return Integer.parseInt(property("quarkus.http.port"));
    }

    /** The database name at the end of its default JDBC URL (jdbc:postgresql://host:port/<database>). */
    String database() {
        return databaseOf(property("quarkus.datasource.jdbc.url"));
    }

    static String databaseOf(String jdbcUrl) {
        String withoutParameters = jdbcUrl.replaceFirst("\\?.*$", "");
        return withoutParameters.substring(withoutParameters.lastIndexOf('/') + 1);
    }

    /** The topic its outbox publishes to; null for a service that publishes nothing. */
    String outgoingTopic() {
        return property("outbox.topic");
    }

    /** The topics it consumes: an incoming channel's topic, or its comma-separated topics. */
    List<String> incomingTopics() {
        return properties.stringPropertyNames().stream()
                .filter(k -> k.startsWith("mp.messaging.incoming.") && (k.endsWith(".topic") || k.endsWith(".topics")))
                .flatMap(k -> Stream.of(property(k).split(",")).map(String::strip))
                .distinct()
                .sorted()
                .toList();
    }

    /** Where records it cannot process go, or null if it consumes nothing. */
    String deadLetterTopic() {
        return incomingTopics().isEmpty() ? null : property("mp.messaging.connector.smallrye-kafka.dead-letter-queue.topic");
    }

    String consumerGroup() {
        return incomingTopics().isEmpty() ? null : property("mp.messaging.connector.smallrye-kafka.group.id");
    }

    String eventsSource() {
        return property("events.source");
    }

    /** Every topic it touches. */
    List<String> topics() {
        TreeSet<String> topics = new TreeSet<>(incomingTopics());
        if (outgoingTopic() != null) {
            topics.add(outgoingTopic());
        }
        if (deadLetterTopic() != null) {
            topics.add(deadLetterTopic());
        }
        return List.copyOf(topics);
    }

    /**
     * The paths under which the service answers the public: its API's base path (where its OpenAPI document is), the
     * first segment of every resource class mounted outside it, the directories of its static resources and every
     * path its pages link to (stylesheets, scripts, forms). Health and metrics (/q) are for the cluster only.
     */
    Set<String> publicPaths() {
        Set<String> paths = new TreeSet<>();
        String openApi = property("quarkus.smallrye-openapi.path");
        if (openApi != null) {
            paths.add(openApi.replaceFirst("/openapi\\.json$", ""));
        }
        for (Path source : Project.files(dir.resolve("src/main/java"), ".java")) {
            String code = Project.read(source);
            // A REST client's @Path is another service's path, which this one calls and does not serve.
            if (!code.contains("@RegisterRestClient")) {
                ROOT_RESOURCE.matcher(code).results().forEach(r -> paths.add(r.group(1)));
            }
        }
        Path resources = dir.resolve("src/main/resources");
        if (Files.isDirectory(resources.resolve("templates"))) {
            for (Path page : Project.files(resources.resolve("templates"), ".html")) {
                PAGE_LINK.matcher(Project.read(page)).results().forEach(r -> paths.add(r.group(1)));
            }
        }
        try (Stream<Path> statics = Files.isDirectory(resources.resolve("META-INF/resources"))
                ? Files.list(resources.resolve("META-INF/resources")) : Stream.empty()) {
            statics.forEach(p -> paths.add("/" + p.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        paths.remove("/q");
        return paths;
    }

    /** Whether the service streams Server-Sent Events to its callers. */
    boolean streamsServerSentEvents() {
        return Project.files(dir.resolve("src/main/java"), ".java").stream()
                .anyMatch(source -> Project.read(source).contains("MediaType.SERVER_SENT_EVENTS"));
    }

    /** The largest request body it accepts, in bytes (quarkus.http.limits.max-body-size; Quarkus' default 10240K). */
    long maxBodySize() {
        return bytes(Objects.requireNonNullElse(property("quarkus.http.limits.max-body-size"), "10240K"));
    }

    /** A memory size as Quarkus and nginx write it: a number with an optional K, M or G (powers of 1024). */
    static long bytes(String size) {
        Matcher m = Pattern.compile("(?i)^(\\d+)([kmg]?)$").matcher(size.trim());
        if (!m.matches()) {
            throw new AssertionError("not a size: " + size);
        }
        int shift = switch (m.group(2).toLowerCase(java.util.Locale.ROOT)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
        return Long.parseLong(m.group(1)) << shift;
    }

    Path dockerfile() {
        return dir.resolve("src/main/docker/Dockerfile.jvm");
    }

    /** The image Quarkus builds for it: <group>/<artifactId>, without registry and tag. */
    String imageName() {
        return Project.rootPomProperty("quarkus.container-image.group") + "/" + name;
    }

    synchronized ConfigKeys configKeys() {
        if (configKeys == null) {
            configKeys = ConfigKeys.of(this);
        }
        return configKeys;
    }

    @Override
    public String toString() {
        return name;
    }
}
