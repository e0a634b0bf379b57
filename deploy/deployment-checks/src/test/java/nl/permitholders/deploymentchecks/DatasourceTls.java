package nl.permitholders.deploymentchecks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether every datasource of a service — the default one and each named one, JDBC and reactive — connects to
 * PostgreSQL over TLS and verifies the server: its certificate against the database cluster's CA and its host name.
 * A named datasource inherits nothing from the default one in Quarkus, so each is checked on its own properties.
 */
final class DatasourceTls {

    private static final Pattern DATASOURCE = Pattern.compile("^quarkus\\.datasource\\.(?:([^.\"]+|\"[^\"]+\")\\.)?db-kind$");

    private DatasourceTls() {
    }

    /** The datasources the service declares: "" for the default one, else the name. */
    static Set<String> datasources(ServiceModule service) {
        Set<String> names = new TreeSet<>();
        for (String key : service.properties().stringPropertyNames()) {
            Matcher m = DATASOURCE.matcher(key);
            if (m.matches()) {
                names.add(m.group(1) == null ? "" : m.group(1).replace("\"", ""));
            }
        }
        return names;
    }

    /**
     * What connects without TLS or without verifying the server, given the service's run-time configuration and the
     * CA files of its database cluster that its pod has mounted; empty if nothing.
     */
    static List<String> problems(ServiceModule service, RunTimeConfiguration config, Set<String> caFiles) {
        List<String> problems = new ArrayList<>();
        for (String name : datasources(service)) {
            String prefix = name.isEmpty() ? "quarkus.datasource" : "quarkus.datasource.\"" + name + "\"";
            String described = service + " datasource " + (name.isEmpty() ? "<default>" : name);
            String jdbcUrl = value(config, prefix, "jdbc.url");
            if (!"false".equals(value(config, prefix, "jdbc")) && jdbcUrl != null) {
                List<String> parameters = Arrays.asList(jdbcUrl.replaceFirst("^[^?]*\\??", "").split("&"));
                if (!parameters.contains("sslmode=verify-full")) {
                    problems.add(described + " (JDBC): " + jdbcUrl + " lacks sslmode=verify-full");
                }
                if (parameters.stream().noneMatch(p -> caFiles.stream().anyMatch(ca -> p.equals("sslrootcert=" + ca)))) {
                    problems.add(described + " (JDBC): " + jdbcUrl + " names no sslrootcert of its cluster's CA " + caFiles);
                }
            }
            if (!"false".equals(value(config, prefix, "reactive")) && value(config, prefix, "reactive.url") != null) {
                expect(problems, described, config, prefix, "reactive.postgresql.ssl-mode", "verify-full");
                expect(problems, described, config, prefix, "reactive.hostname-verification-algorithm", "HTTPS");
                expect(problems, described, config, prefix, "reactive.trust-certificate-pem", "true");
                if ("true".equals(value(config, prefix, "reactive.trust-all"))) {
                    problems.add(described + " (reactive): trust-all is true: any certificate is accepted");
                }
                String certs = value(config, prefix, "reactive.trust-certificate-pem.certs");
                if (certs == null || !caFiles.containsAll(List.of(certs.split(",")))) {
                    problems.add(described + " (reactive): trust-certificate-pem.certs is " + certs
                            + ", not its cluster's CA " + caFiles);
                }
            }
        }
        return problems;
    }

    private static void expect(List<String> problems, String described, RunTimeConfiguration config, String prefix,
                               String property, String expected) {
        String actual = value(config, prefix, property);
        if (!expected.equals(actual)) {
            problems.add(described + " (reactive): " + property + " is " + actual + ", not " + expected);
        }
    }

    /** A named datasource's property, whether written with the name quoted or not. */
    private static String value(RunTimeConfiguration config, String prefix, String property) {
        String value = config.value(prefix + "." + property);
        return value != null ? value : config.value(prefix.replace("\"", "") + "." + property);
    }
}
