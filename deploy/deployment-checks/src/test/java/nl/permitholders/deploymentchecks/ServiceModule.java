package nl.permitholders.deploymentchecks;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a service's own files say about it: port, database, topics, consumer group, configuration keys. */
final class ServiceModule {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");

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

    /** The topic its outbox publishes to. */
    String outgoingTopic() {
        return property("outbox.topic");
    }

    /** The topics it consumes, one per incoming channel. */
    List<String> incomingTopics() {
        return properties.stringPropertyNames().stream()
                .filter(k -> k.startsWith("mp.messaging.incoming.") && k.endsWith(".topic"))
                .map(this::property)
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
        topics.add(outgoingTopic());
        if (deadLetterTopic() != null) {
            topics.add(deadLetterTopic());
        }
        return List.copyOf(topics);
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
