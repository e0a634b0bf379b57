package nl.permitholders.deploymentchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** One rendering of the manifests, with look-ups by kind and name. */
final class Manifests {

    final List<Map<String, Object>> objects;

    Manifests(String render) {
        objects = Kustomize.build(Project.K8S.resolve(render));
    }

    List<Map<String, Object>> all(String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    List<String> names(String kind) {
        return all(kind).stream().map(o -> Yaml.string(o, "metadata", "name")).toList();
    }

    Map<String, Object> one(String kind, String name) {
        return all(kind).stream().filter(o -> name.equals(Yaml.string(o, "metadata", "name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    Map<String, Object> container(Map<String, Object> deployment) {
        List<Map<String, Object>> containers = Kustomize.containers(deployment);
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    Map<String, Object> podLabels(ServiceModule service) {
        return Yaml.map(Yaml.at(one("Deployment", service.name()), "spec", "template", "metadata", "labels"));
    }

    List<Map<String, Object>> env(Map<String, Object> deployment) {
        return Yaml.list(container(deployment).get("env")).stream().map(Yaml::map).toList();
    }

    /** Every variable the container gets: from its ConfigMaps (values) and env (secret references as text). */
    Map<String, String> variables(Map<String, Object> deployment, List<String> problems) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (Object source : Yaml.list(container(deployment).get("envFrom"))) {
            String configMap = Yaml.string(source, "configMapRef", "name");
            if (configMap == null || !names("ConfigMap").contains(configMap)) {
                problems.add(Yaml.string(deployment, "metadata", "name") + ": envFrom " + source + " names no ConfigMap here");
                continue;
            }
            Yaml.map(one("ConfigMap", configMap).get("data")).forEach((k, v) -> variables.put(k, String.valueOf(v)));
        }
        for (Map<String, Object> env : env(deployment)) {
            Object secret = Yaml.at(env, "valueFrom", "secretKeyRef");
            variables.put((String) env.get("name"), secret != null
                    ? "secret " + Yaml.string(secret, "name") + "/" + Yaml.string(secret, "key")
                    : String.valueOf(env.get("value")));
        }
        return variables;
    }

    /** The paths at which the deployment's container sees the files of a Secret it mounts. */
    Set<String> mountedSecretFiles(Map<String, Object> deployment, String secret) {
        Set<String> files = new TreeSet<>();
        for (Object volume : Yaml.list(Yaml.at(deployment, "spec", "template", "spec", "volumes"))) {
            if (!secret.equals(Yaml.string(volume, "secret", "secretName"))) {
                continue;
            }
            for (Object mount : Yaml.list(container(deployment).get("volumeMounts"))) {
                if (Objects.equals(Yaml.string(mount, "name"), Yaml.string(volume, "name"))) {
                    for (Object item : Yaml.list(Yaml.at(volume, "secret", "items"))) {
                        files.add(Yaml.string(mount, "mountPath") + "/" + Yaml.string(item, "path"));
                    }
                }
            }
        }
        return files;
    }

    /** The CloudNativePG cluster that holds the service's database. */
    String databaseClusterOf(ServiceModule service) {
        return all("Cluster").stream()
                .filter(c -> service.database().equals(Yaml.string(c, "spec", "bootstrap", "initdb", "database")))
                .map(c -> Yaml.string(c, "metadata", "name")).findFirst().orElse(null);
    }

    int partitions(String topic) {
        return all("KafkaTopic").stream().filter(t -> topic.equals(Yaml.string(t, "spec", "topicName")))
                .map(t -> (Integer) Yaml.at(t, "spec", "partitions")).findFirst()
                .orElseThrow(() -> new AssertionError("no KafkaTopic " + topic));
    }
}
