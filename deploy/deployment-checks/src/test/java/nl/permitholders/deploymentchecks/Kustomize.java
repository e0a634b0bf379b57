package nl.permitholders.deploymentchecks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders a kustomization the way {@code kustomize build} does, for what deploy/k8s uses and no more: resources (files
 * and directories), namespace, images (new name and tag), replicas of Deployments and JSON patches (RFC 6902, through
 * JSON-P) with a target by group, kind and name. Anything else in a kustomization is refused, so the checks never pass
 * over a feature they do not understand. No kustomize runs on the JVM (none is on Maven Central, nor in Debian or
 * npm); {@link KustomizeRenderingTest} compares this with what {@code kubectl kustomize} rendered.
 */
final class Kustomize {

    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "namespace", "resources", "images", "replicas", "patches");
    /** The one cluster-scoped kind deploy/k8s declares: the namespace is not set on it. */
    private static final String NAMESPACE_KIND = "Namespace";

    private Kustomize() {
    }

    static List<Map<String, Object>> build(Path directory) {
        Path file = directory.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new AssertionError(directory + " has no kustomization.yaml");
        }
        Map<String, Object> kustomization = Yaml.single(file);
        for (String key : kustomization.keySet()) {
            if (!SUPPORTED.contains(key)) {
                throw new AssertionError(file + ": '" + key + "' is not supported by the deployment checks' renderer "
                        + "(supported: " + SUPPORTED + ")");
            }
        }

        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object resource : Yaml.list(kustomization.get("resources"))) {
            Path path = directory.resolve(resource.toString()).normalize();
            if (Files.isDirectory(path)) {
                objects.addAll(build(path));
            } else if (Files.isRegularFile(path)) {
                for (Object document : Yaml.documents(path)) {
                    objects.add(Yaml.copy(Yaml.map(document)));
                }
            } else {
                throw new AssertionError(file + ": resource " + resource + " does not exist");
            }
        }

        for (Object entry : Yaml.list(kustomization.get("patches"))) {
            patch(file, objects, Yaml.map(entry));
        }
        String namespace = (String) kustomization.get("namespace");
        if (namespace != null) {
            for (Map<String, Object> object : objects) {
                if (!NAMESPACE_KIND.equals(object.get("kind"))) {
                    metadata(object).put("namespace", namespace);
                }
            }
        }
        for (Object entry : Yaml.list(kustomization.get("images"))) {
            images(file, objects, Yaml.map(entry));
        }
        for (Object entry : Yaml.list(kustomization.get("replicas"))) {
            replicas(file, objects, Yaml.map(entry));
        }
        return objects;
    }

    private static void patch(Path file, List<Map<String, Object>> objects, Map<String, Object> entry) {
        Map<String, Object> target = Yaml.map(entry.get("target"));
        if (target.isEmpty() || entry.get("patch") == null || entry.containsKey("path")) {
            throw new AssertionError(file + ": only inline JSON patches with a target are supported: " + entry);
        }
        List<Object> documents = Yaml.documents(entry.get("patch").toString(), file + " patch");
        if (documents.size() != 1 || !(documents.get(0) instanceof List<?> operations)) {
            throw new AssertionError(file + ": a patch must be a list of JSON patch operations: " + entry.get("patch"));
        }
        int matched = 0;
        for (Map<String, Object> object : objects) {
            if (matches(target, object)) {
                matched++;
                for (Object operation : operations) {
                    JsonPatch.apply(object, Yaml.map(operation), file + " patch " + target);
                }
            }
        }
        if (matched == 0) {
            throw new AssertionError(file + ": patch target " + target + " matches no resource");
        }
    }

    private static boolean matches(Map<String, Object> target, Map<String, Object> object) {
        String apiVersion = (String) object.get("apiVersion");
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        for (Map.Entry<String, Object> criterion : target.entrySet()) {
            String wanted = criterion.getValue().toString();
            String actual = switch (criterion.getKey()) {
                case "group" -> group;
                case "kind" -> (String) object.get("kind");
                case "name" -> Yaml.string(object, "metadata", "name");
                default -> throw new AssertionError("patch target field '" + criterion.getKey() + "' is not supported");
            };
            if (actual == null || !Pattern.matches(wanted, actual)) {
                return false;
            }
        }
        return true;
    }

    private static void images(Path file, List<Map<String, Object>> objects, Map<String, Object> entry) {
        String name = (String) entry.get("name");
        int replaced = 0;
        for (Map<String, Object> object : objects) {
            for (Map<String, Object> container : containers(object)) {
                String image = (String) container.get("image");
                ImageReference reference = ImageReference.parse(image);
                if (reference.name().equals(name)) {
                    String newName = (String) entry.getOrDefault("newName", reference.name());
                    Object tag = entry.getOrDefault("newTag", reference.tag());
                    container.put("image", tag == null ? newName : newName + ":" + tag);
                    replaced++;
                }
            }
        }
        if (replaced == 0) {
            throw new AssertionError(file + ": image " + name + " is used by no container");
        }
    }

    private static void replicas(Path file, List<Map<String, Object>> objects, Map<String, Object> entry) {
        int replaced = 0;
        for (Map<String, Object> object : objects) {
            if ("Deployment".equals(object.get("kind"))
                    && entry.get("name").equals(Yaml.string(object, "metadata", "name"))) {
                Yaml.map(object.get("spec")).put("replicas", entry.get("count"));
                replaced++;
            }
        }
        if (replaced == 0) {
            throw new AssertionError(file + ": replicas for " + entry.get("name") + " match no workload");
        }
    }

    /** The containers and init containers of a workload (empty for other kinds). */
    static List<Map<String, Object>> containers(Map<String, Object> object) {
        List<Map<String, Object>> containers = new ArrayList<>();
        Object podSpec = Yaml.at(object, "spec", "template", "spec");
        for (String key : List.of("initContainers", "containers")) {
            Yaml.list(Yaml.at(podSpec, key)).forEach(c -> containers.add(Yaml.map(c)));
        }
        return containers;
    }

    private static Map<String, Object> metadata(Map<String, Object> object) {
        return Yaml.map(object.computeIfAbsent("metadata", k -> new java.util.LinkedHashMap<String, Object>()));
    }

    /** registry/name:tag, split the way kustomize's image transformer matches names (deploy/k8s pins no digests). */
    record ImageReference(String name, String tag) {
        static ImageReference parse(String image) {
            if (image.contains("@")) {
                throw new AssertionError(image + ": images by digest are not understood by these checks");
            }
            int colon = image.lastIndexOf(':');
            if (colon > image.lastIndexOf('/')) {
                return new ImageReference(image.substring(0, colon), image.substring(colon + 1));
            }
            return new ImageReference(image, null);
        }
    }
}
