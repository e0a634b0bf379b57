package nl.permitholders.deploymentchecks;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Prometheus metrics the services publish on /q/metrics, and the metrics a PromQL expression reads. The services'
 * own metrics are the Micrometer meters their code (and the platform's) registers, named as Micrometer's Prometheus
 * registry names them: dots become underscores, the base unit is appended, counters end in _total, timers are in
 * seconds with _count, _sum, _max and _bucket series. Besides those, Quarkus' HTTP server binder times every request
 * (http.server.requests).
 */
final class Metrics {

    /** Published by quarkus-micrometer for every service (its HTTP server binder, on unless switched off). */
    static final Set<String> HTTP_SERVER_REQUESTS = Set.of("http_server_requests_seconds_count",
            "http_server_requests_seconds_sum", "http_server_requests_seconds_max");

    private static final Pattern BUILDER = Pattern.compile(
            "\\b(Gauge|Counter|Timer|DistributionSummary)\\.builder\\(\\s*\"([^\"]+)\"");
    private static final Pattern REGISTRY_SHORTCUT = Pattern.compile("\\bregistry\\.(counter|gauge|timer)\\(\\s*\"([^\"]+)\"");
    private static final Pattern BASE_UNIT = Pattern.compile("\\.baseUnit\\(\\s*\"([^\"]+)\"\\)");
    private static final Pattern PROMQL_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> PROMQL_WORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "and", "or", "unless", "bool", "offset");

    private Metrics() {
    }

    /** Every metric some service publishes. */
    static Set<String> published() {
        Set<String> names = new TreeSet<>(HTTP_SERVER_REQUESTS);
        Stream.concat(Stream.of(Project.ROOT.resolve("platform")), Project.SERVICES.stream().map(ServiceModule::dir))
                .map(dir -> dir.resolve("src/main/java"))
                .flatMap(dir -> Project.files(dir, ".java").stream())
                .forEach(source -> names.addAll(registeredIn(source)));
        for (ServiceModule service : Project.SERVICES) {
            if ("false".equals(service.property("quarkus.micrometer.binder.http-server.enabled"))) {
                throw new AssertionError(service + " switches off the HTTP server metrics the alerts read");
            }
        }
        return names;
    }

    static Set<String> registeredIn(Path source) {
        String code = Project.read(source);
        Set<String> names = new TreeSet<>();
        Matcher builder = BUILDER.matcher(code);
        while (builder.find()) {
            int end = code.indexOf(".register(", builder.end());
            Matcher unit = BASE_UNIT.matcher(code.substring(builder.end(), end < 0 ? builder.end() : end));
            names.addAll(prometheusNames(builder.group(1), builder.group(2), unit.find() ? unit.group(1) : null));
        }
        Matcher shortcut = REGISTRY_SHORTCUT.matcher(code);
        while (shortcut.find()) {
            String type = Character.toUpperCase(shortcut.group(1).charAt(0)) + shortcut.group(1).substring(1);
            names.addAll(prometheusNames(type, shortcut.group(2), null));
        }
        return names;
    }

    static List<String> prometheusNames(String meterType, String name, String baseUnit) {
        String base = name.replaceAll("[^a-zA-Z0-9_:]", "_");
        if (meterType.equals("Timer")) {
            base = base.endsWith("_seconds") ? base : base + "_seconds";
            return List.of(base + "_count", base + "_sum", base + "_max", base + "_bucket");
        }
        if (baseUnit != null && !base.endsWith("_" + baseUnit)) {
            base = base + "_" + baseUnit;
        }
        return switch (meterType) {
            case "Counter" -> List.of(base.endsWith("_total") ? base : base + "_total");
            case "DistributionSummary" -> List.of(base + "_count", base + "_sum", base + "_max", base + "_bucket");
            default -> List.of(base);
        };
    }

    /** The metric names a PromQL expression reads (not its functions, keywords, labels or durations). */
    static Set<String> readBy(String expression) {
        String bare = expression
                .replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> names = new TreeSet<>();
        Matcher m = PROMQL_NAME.matcher(bare);
        while (m.find()) {
            String word = m.group();
            boolean function = bare.substring(m.end()).stripLeading().startsWith("(");
            boolean partOfNumber = m.start() > 0 && Character.isDigit(bare.charAt(m.start() - 1));
            if (!function && !partOfNumber && !PROMQL_WORDS.contains(word)) {
                names.add(word);
            }
        }
        return names;
    }
}
