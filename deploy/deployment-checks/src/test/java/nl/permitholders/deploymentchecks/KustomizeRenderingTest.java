package nl.permitholders.deploymentchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checks render the kustomizations themselves ({@link Kustomize}); where kubectl is installed, its built-in
 * kustomize must render exactly the same objects. Skipped without kubectl (it is not in Maven Central, Debian or npm).
 */
class KustomizeRenderingTest {

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/development", "overlays/production"})
    void rendersWhatKubectlKustomizeRenders(String render) {
        Assumptions.assumeTrue(Commands.works(List.of("kubectl", "version", "--client")), "kubectl is not installed: skipped");
        Commands.Result kubectl = Commands.run(Project.K8S.resolve(render), List.of("kubectl", "kustomize", "."));
        assertThat(kubectl.exitCode()).as("kubectl kustomize " + render + ":\n" + kubectl.output()).isZero();

        Map<String, Object> expected = byIdentity(Yaml.documents(kubectl.output(), "kubectl kustomize " + render).stream()
                .map(Yaml::map).toList());
        Map<String, Object> actual = byIdentity(Kustomize.build(Project.K8S.resolve(render)));
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        assertThat(actual).isEqualTo(expected);
    }

    private static Map<String, Object> byIdentity(List<Map<String, Object>> objects) {
        Map<String, Object> byIdentity = new TreeMap<>();
        for (Map<String, Object> object : objects) {
            byIdentity.put(Schemas.key(object) + " " + Yaml.string(object, "metadata", "namespace") + "/"
                    + Yaml.string(object, "metadata", "name"), object);
        }
        return byIdentity;
    }
}
