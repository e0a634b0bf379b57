package nl.permitholders.deploymentchecks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The project as the deployment files see it: its root, its services and the files under deploy/. */
final class Project {

    static final Path ROOT = findRoot();
    static final Path COMPOSE = ROOT.resolve("deploy/compose");
    static final Path K8S = ROOT.resolve("deploy/k8s");
    static final String VERSION = System.getProperty("project.version", "1.0.0-SNAPSHOT");

    /** The services: every module of the root pom whose name ends in -service. */
    static final List<ServiceModule> SERVICES = modules().stream()
            .filter(module -> module.endsWith("-service"))
            .map(module -> new ServiceModule(module, ROOT.resolve(module)))
            .toList();

    /** The dashboard: pages on the services' APIs; a deployable without database or topics. */
    static final ServiceModule DASHBOARD = new ServiceModule("dashboard", ROOT.resolve("dashboard"));

    /** The services the dashboard calls: those it has a REST client of (quarkus.rest-client.<service>.url). */
    static final List<ServiceModule> DASHBOARD_CALLS = SERVICES.stream()
            .filter(service -> DASHBOARD.properties().containsKey(
                    "quarkus.rest-client." + service.name().replaceFirst("-service$", "") + ".url"))
            .toList();

    /** Everything that is deployed as an image of this project: the services and the dashboard. */
    static final List<ServiceModule> DEPLOYABLES = Stream.concat(SERVICES.stream(), Stream.of(DASHBOARD)).toList();

    private Project() {
    }

    static ServiceModule service(String name) {
        return SERVICES.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no service module " + name));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code directory} whose name ends with one of the suffixes. */
    static List<Path> files(Path directory, String... suffixes) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> Stream.of(suffixes).anyMatch(s -> p.getFileName().toString().endsWith(s)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The root pom's value of a property, e.g. quarkus.container-image.group. */
    static String rootPomProperty(String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</" + Pattern.quote(name) + ">")
                .matcher(read(ROOT.resolve("pom.xml")));
        return m.find() ? m.group(1).trim() : null;
    }

    private static List<String> modules() {
        Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(read(ROOT.resolve("pom.xml")));
        return m.results().map(r -> r.group(1).trim()).toList();
    }

    private static Path findRoot() {
        Path current = Path.of("").toAbsolutePath();
        while (current != null) {
            if (Files.exists(current.resolve("mvnw")) && Files.isDirectory(current.resolve("deploy/k8s"))) {
                return current;
            }
            current = current.getParent();
        }
        throw new IllegalStateException("not inside the project: no mvnw and deploy/k8s above " + Path.of("").toAbsolutePath());
    }
}
