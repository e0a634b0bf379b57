package nl.permitholders.deploymentchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Ingresses against the deployables: every public path of every service (its API) and of the dashboard (its pages
 * and assets) is routed to it over TLS, nothing else is, and the proxy lets through what the service accepts
 * (request bodies up to its limit, Server-Sent Events unbuffered and without a read timeout shorter than their
 * keep-alive). The annotations are ingress-nginx's.
 */
class IngressTest {

    private static final String ANNOTATIONS = "nginx.ingress.kubernetes.io/";

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/development", "overlays/production"})
    void everyPublicPathOfEveryServiceIsRoutedToItOverTls(String render) {
        Manifests m = new Manifests(render);
        List<String> problems = new ArrayList<>();
        List<Route> routes = routes(m, problems);
        for (ServiceModule service : Project.DEPLOYABLES) {
            for (String path : service.publicPaths()) {
                List<Route> serving = routes.stream().filter(r -> r.path().equals(path)).toList();
                if (serving.isEmpty()) {
                    problems.add(service + ": " + path + " has no Ingress route");
                }
                for (Route route : serving) {
                    if (!route.service().equals(service.name())
                            || !(Objects.equals(route.port(), "http") || Objects.equals(route.port(), service.port()))) {
                        problems.add(route + " should go to " + service + ":http");
                    }
                }
            }
        }
        for (Route route : routes) {
            ServiceModule service = Project.DEPLOYABLES.stream().filter(s -> s.name().equals(route.service())).findFirst().orElse(null);
            if (service == null || !service.publicPaths().contains(route.path())) {
                problems.add(route + " routes a path that is not one of its service's public paths");
            }
        }
        assertThat(routes).isNotEmpty();
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/development", "overlays/production"})
    void theProxyPassesWhatEachServiceAccepts(String render) {
        Manifests m = new Manifests(render);
        List<Route> routes = routes(m, new ArrayList<>());
        for (Map<String, Object> ingress : m.all("Ingress")) {
            String name = Yaml.string(ingress, "metadata", "name");
            assertThat(Yaml.string(ingress, "spec", "ingressClassName")).as(name + ": the annotations are ingress-nginx's")
                    .isEqualTo("nginx");
            for (ServiceModule service : Project.DEPLOYABLES.stream()
                    .filter(s -> routes.stream().anyMatch(r -> r.ingress().equals(name) && r.service().equals(s.name())))
                    .toList()) {
                String bodySize = Yaml.string(ingress, "metadata", "annotations", ANNOTATIONS + "proxy-body-size");
                assertThat(bodySize).as(name + " proxy-body-size (ingress-nginx's default is 1m)").isNotNull();
                assertThat(ServiceModule.bytes(bodySize)).as(name + ": bodies up to what " + service + " accepts")
                        .isGreaterThanOrEqualTo(service.maxBodySize());
                if (service.streamsServerSentEvents()) {
                    assertThat(Yaml.string(ingress, "metadata", "annotations", ANNOTATIONS + "proxy-buffering"))
                            .as(name + ": events reach the browser at once").isEqualTo("off");
                    for (String timeout : List.of("proxy-read-timeout", "proxy-send-timeout")) {
                        assertThat(Integer.parseInt(Yaml.string(ingress, "metadata", "annotations", ANNOTATIONS + timeout)))
                                .as(name + " " + timeout + ": seconds a quiet stream stays open").isGreaterThanOrEqualTo(300);
                    }
                }
            }
        }
    }

    record Route(String ingress, String host, String path, String service, Object port) {
        @Override
        public String toString() {
            return "Ingress " + ingress + " " + host + path + " -> " + service + ":" + port;
        }
    }

    /** Every path of every Ingress; a rule whose host its TLS section does not cover is a problem. */
    private static List<Route> routes(Manifests m, List<String> problems) {
        List<Route> routes = new ArrayList<>();
        for (Map<String, Object> ingress : m.all("Ingress")) {
            String name = Yaml.string(ingress, "metadata", "name");
            List<Object> tls = Yaml.list(Yaml.at(ingress, "spec", "tls"));
            for (Object rule : Yaml.list(Yaml.at(ingress, "spec", "rules"))) {
                String host = Yaml.string(rule, "host");
                boolean covered = host != null && tls.stream().anyMatch(t -> Yaml.string(t, "secretName") != null
                        && Yaml.list(Yaml.at(t, "hosts")).contains(host));
                if (!covered) {
                    problems.add("Ingress " + name + ": host " + host + " is not served over TLS with a certificate Secret");
                }
                for (Object path : Yaml.list(Yaml.at(rule, "http", "paths"))) {
                    if (!"Prefix".equals(Yaml.string(path, "pathType"))) {
                        problems.add("Ingress " + name + ": " + Yaml.string(path, "path") + " should be a Prefix path");
                    }
                    Object port = Yaml.at(path, "backend", "service", "port", "name");
                    routes.add(new Route(name, host, Yaml.string(path, "path"), Yaml.string(path, "backend", "service", "name"),
                            port != null ? port : Yaml.at(path, "backend", "service", "port", "number")));
                }
            }
        }
        return routes;
    }
}
