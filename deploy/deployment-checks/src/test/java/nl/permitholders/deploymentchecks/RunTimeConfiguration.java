package nl.permitholders.deploymentchecks;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's configuration as it runs in a deployment (the prod profile), looked up the way SmallRye Config does:
 * the environment (a variable named as {@link ConfigKeys#env} names the property) over the service's
 * application.properties ({@code %prod.} keys first) over the platform's shared defaults; {@code ${name:default}}
 * expressions resolved against the same sources; an empty value counts as not set.
 */
final class RunTimeConfiguration {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");
    private static final Properties PLATFORM_DEFAULTS = load(Project.read(
            Project.ROOT.resolve("platform/src/main/resources/META-INF/microprofile-config.properties")));

    private final ServiceModule service;
    private final Map<String, String> environment;

    RunTimeConfiguration(ServiceModule service, Map<String, String> environment) {
        this.service = service;
        this.environment = environment;
    }

    /** The property's value, or null if nothing sets it (or it resolves to empty). */
    String value(String property) {
        return value(property, 0);
    }

    private String value(String property, int depth) {
        if (depth > 20) {
            throw new AssertionError(service + ": " + property + " refers to itself");
        }
        String raw = environment.get(ConfigKeys.env(property));
        if (raw == null) {
            raw = service.properties().getProperty("%prod." + property, service.properties().getProperty(property));
        }
        if (raw == null) {
            raw = PLATFORM_DEFAULTS.getProperty("%prod." + property, PLATFORM_DEFAULTS.getProperty(property));
        }
        if (raw == null) {
            return null;
        }
        Matcher m = EXPRESSION.matcher(raw);
        StringBuilder resolved = new StringBuilder();
        while (m.find()) {
            String replacement = value(m.group(1), depth + 1);
            if (replacement == null) {
                replacement = m.group(2);
            }
            if (replacement == null) {
                throw new AssertionError(service + ": " + property + " refers to " + m.group(1) + ", which nothing sets");
            }
            m.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(resolved);
        return resolved.isEmpty() ? null : resolved.toString();
    }

    private static Properties load(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
