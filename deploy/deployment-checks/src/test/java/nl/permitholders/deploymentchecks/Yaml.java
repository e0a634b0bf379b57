package nl.permitholders.deploymentchecks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** YAML as plain maps and lists: strict (duplicate keys are an error), with anchors and merge keys resolved. */
final class Yaml {

    private Yaml() {
    }

    static List<Object> documents(Path file) {
        return documents(Project.read(file), file.toString());
    }

    static List<Object> documents(String text, String origin) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try {
            List<Object> documents = new ArrayList<>();
            for (Object document : new org.yaml.snakeyaml.Yaml(new SafeConstructor(options)).loadAll(text)) {
                if (document != null) {
                    documents.add(document);
                }
            }
            return documents;
        } catch (RuntimeException e) {
            throw new AssertionError(origin + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    static Map<String, Object> single(Path file) {
        List<Object> documents = documents(file);
        if (documents.size() != 1 || !(documents.get(0) instanceof Map)) {
            throw new AssertionError(file + " should hold exactly one mapping");
        }
        return map(documents.get(0));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }

    /** The value at a path of keys ({@code at(deployment, "spec", "template", "spec")}), or null. */
    static Object at(Object root, String... keys) {
        Object current = root;
        for (String key : keys) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(key);
        }
        return current;
    }

    static String string(Object root, String... keys) {
        Object value = at(root, keys);
        return value == null ? null : Objects.toString(value);
    }

    /** A deep copy, so that rendering can change objects without touching what was loaded. */
    @SuppressWarnings("unchecked")
    static <T> T copy(T value) {
        if (value instanceof Map<?, ?> m) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> copy.put(k, copy(v)));
            return (T) copy;
        }
        if (value instanceof List<?> l) {
            List<Object> copy = new ArrayList<>();
            l.forEach(v -> copy.add(copy(v)));
            return (T) copy;
        }
        return value;
    }
}
