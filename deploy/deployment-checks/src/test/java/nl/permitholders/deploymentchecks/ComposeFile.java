package nl.permitholders.deploymentchecks;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** deploy/compose/docker-compose.yml with its variables taken from .env.example, as `docker compose` would. */
final class ComposeFile {

    static final Path FILE = Project.COMPOSE.resolve("docker-compose.yml");
    static final Path ENV_EXAMPLE = Project.COMPOSE.resolve(".env.example");
    /** ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?error}, ${NAME?error} */
    static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}");

    private ComposeFile() {
    }

    static Map<String, Object> raw() {
        return Yaml.single(FILE);
    }

    static Map<String, String> envExample() {
        Map<String, String> values = new TreeMap<>();
        for (String line : Project.read(ENV_EXAMPLE).split("\n")) {
            String trimmed = line.trim();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                int eq = trimmed.indexOf('=');
                values.put(trimmed.substring(0, eq), trimmed.substring(eq + 1));
            }
        }
        return values;
    }

    static Map<String, Object> services() {
        return Yaml.map(raw().get("services"));
    }

    static Map<String, Object> service(String name) {
        return Yaml.map(services().get(name));
    }

    /** A service's environment, interpolated with .env.example. */
    static Map<String, String> environment(String service) {
        Map<String, String> environment = new LinkedHashMap<>();
        Yaml.map(service(service).get("environment")).forEach((k, v) -> environment.put(k, interpolate(String.valueOf(v))));
        return environment;
    }

    static String interpolate(String value) {
        Map<String, String> env = envExample();
        Matcher m = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String set = env.get(m.group(1));
            String replacement;
            if (set != null && !(set.isEmpty() && ":-".equals(m.group(2)))) {
                replacement = set;
            } else if (m.group(2) != null && m.group(2).endsWith("-")) {
                replacement = m.group(3);
            } else {
                throw new AssertionError(FILE + ": variable " + m.group(1) + " is not set in " + ENV_EXAMPLE.getFileName());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
