package nl.permitholders.deploymentchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checks render the kustomizations themselves ({@link Kustomize}); that must give exactly the objects kubectl's
 * built-in kustomize (v5.5) renders. kubectl 5.x is not in Maven Central, Debian or npm, so its renderings are
 * recorded in src/test/resources/kustomize by {@code deploy/deployment-checks/record-kustomize-renderings}; after a
 * change to deploy/k8s this test fails until they are recorded again.
 */
class KustomizeRenderingTest {

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/development", "overlays/production"})
    void rendersWhatKubectlKustomizeRendered(String render) {
        Path recorded = Path.of("src/test/resources/kustomize", render.replace('/', '-') + ".yaml");
        Map<String, Object> expected = byIdentity(Yaml.documents(recorded).stream().map(Yaml::map).toList());
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
