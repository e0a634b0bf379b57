package nl.permitholders.deploymentchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * deploy/k8s/base/monitoring.yaml against docs/operations.md and the services: the PrometheusRule holds exactly the
 * alerts the operations guide names, each reads only metrics that exist, and the PodMonitor scrapes every service.
 */
class MonitoringTest {

    /** Metrics that come from outside the services, by prefix, and the exporter the guide must name for them. */
    private static final Map<String, String> EXPORTERS = Map.of(
            "kube_", "kube-state-metrics",
            "kubelet_", "kubelet",
            "kafka_consumergroup_", "Kafka Exporter",
            "kafka_topic_", "Kafka Exporter",
            "cnpg_", "CloudNativePG exporter");

    private static final Pattern ALERT_NAME = Pattern.compile("`([A-Z][A-Za-z0-9]+)`");

    /** The alert names of each row of "What to alert on", with the row's "where from". */
    static Map<String, String> documentedAlerts() {
        String guide = Project.read(Project.ROOT.resolve("docs/operations.md"));
        String section = guide.substring(guide.indexOf("## What to alert on"));
        section = section.substring(0, section.indexOf("\n## ", 3) < 0 ? section.length() : section.indexOf("\n## ", 3));
        List<String> header = null;
        Map<String, String> alerts = new TreeMap<>();
        for (String line : section.lines().filter(l -> l.startsWith("|")).toList()) {
            List<String> cells = List.of(line.substring(1, line.length() - 1).split("\\|", -1)).stream().map(String::strip).toList();
            if (header == null) {
                header = cells;
                continue;
            }
            if (cells.get(0).startsWith("---")) {
                continue;
            }
            String whereFrom = cells.get(header.indexOf("where from"));
            ALERT_NAME.matcher(cells.get(header.indexOf("alert"))).results().forEach(r -> alerts.put(r.group(1), whereFrom));
        }
        return alerts;
    }

    @Test
    void theRuleHoldsExactlyTheAlertsTheOperationsGuideNames() {
        Map<String, String> documented = documentedAlerts();
        assertThat(documented).hasSizeGreaterThan(10);
        assertThat(rules().keySet()).isEqualTo(documented.keySet());
    }

    @Test
    void everyAlertReadsMetricsThatExist() {
        Set<String> published = Metrics.published();
        assertThat(published).contains("outbox_pending_events", "events_dead_lettered_total", "supervision_consumer_lag_records");
        Map<String, String> documented = documentedAlerts();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> alert : rules().entrySet()) {
            Set<String> read = Metrics.readBy(alert.getValue());
            assertThat(read).as(alert.getKey() + " reads a metric").isNotEmpty();
            for (String metric : read) {
                String exporter = EXPORTERS.entrySet().stream().filter(e -> metric.startsWith(e.getKey()))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
                if (exporter != null) {
                    if (!documented.getOrDefault(alert.getKey(), "").contains(exporter)) {
                        problems.add(alert.getKey() + " reads " + metric + ", but docs/operations.md does not name the "
                                + exporter + " as where it comes from");
                    }
                } else if (!published.contains(metric)) {
                    problems.add(alert.getKey() + " reads " + metric + ", which no service publishes");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void thePodMonitorScrapesTheMetricsOfEveryServiceAndNothingElse() {
        Manifests m = new Manifests("overlays/production");
        List<Map<String, Object>> monitors = m.all("PodMonitor");
        assertThat(monitors).hasSize(1);
        Map<String, Object> monitor = monitors.get(0);
        Set<String> scraped = new TreeSet<>();
        for (Map<String, Object> deployment : m.all("Deployment")) {
            if (selects(Yaml.map(Yaml.at(monitor, "spec", "selector")),
                    Yaml.map(Yaml.at(deployment, "spec", "template", "metadata", "labels")))) {
                scraped.add(Yaml.string(deployment, "metadata", "name"));
            }
        }
        assertThat(scraped).isEqualTo(new TreeSet<>(Project.DEPLOYABLES.stream().map(ServiceModule::name).toList()));
        assertThat(Yaml.list(Yaml.at(monitor, "spec", "podMetricsEndpoints"))).singleElement()
                .satisfies(endpoint -> {
                    assertThat(Yaml.string(endpoint, "port")).isEqualTo("http");
                    assertThat(Yaml.string(endpoint, "path")).isEqualTo("/q/metrics");
                });
    }

    /** The PrometheusRule's alerts: name to expression. */
    private static Map<String, String> rules() {
        Manifests m = new Manifests("overlays/production");
        Map<String, String> alerts = new LinkedHashMap<>();
        for (Map<String, Object> rule : m.all("PrometheusRule")) {
            for (Object group : Yaml.list(Yaml.at(rule, "spec", "groups"))) {
                for (Object entry : Yaml.list(Yaml.at(group, "rules"))) {
                    String name = Yaml.string(entry, "alert");
                    assertThat(name).as("a recording rule; the checks know only alerts").isNotNull();
                    assertThat(alerts.put(name, Yaml.string(entry, "expr"))).as(name + " defined twice").isNull();
                }
            }
        }
        return alerts;
    }

    /** matchLabels and matchExpressions with In, the forms used here. */
    private static boolean selects(Map<String, Object> selector, Map<String, Object> labels) {
        if (!labels.entrySet().containsAll(Yaml.map(selector.get("matchLabels")).entrySet())) {
            return false;
        }
        for (Object expression : Yaml.list(selector.get("matchExpressions"))) {
            if (!"In".equals(Yaml.string(expression, "operator"))) {
                throw new AssertionError("only the In operator is understood by these checks: " + expression);
            }
            if (!Yaml.list(Yaml.at(expression, "values")).contains(labels.get(Yaml.string(expression, "key")))) {
                return false;
            }
        }
        return true;
    }
}
