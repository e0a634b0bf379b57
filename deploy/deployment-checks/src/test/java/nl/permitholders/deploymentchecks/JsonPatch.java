package nl.permitholders.deploymentchecks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** RFC 6902 add, replace and remove on YAML maps and lists; a path that does not fit the document is an error. */
final class JsonPatch {

    private JsonPatch() {
    }

    @SuppressWarnings("unchecked")
    static void apply(Map<String, Object> document, Map<String, Object> operation, String origin) {
        String op = (String) operation.get("op");
        String path = (String) operation.get("path");
        if (path == null || !path.startsWith("/")) {
            throw new AssertionError(origin + ": bad path " + path);
        }
        List<String> tokens = new ArrayList<>();
        for (String token : path.substring(1).split("/", -1)) {
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        Object parent = document;
        for (String token : tokens.subList(0, tokens.size() - 1)) {
            parent = child(parent, token, origin, path);
        }
        String last = tokens.get(tokens.size() - 1);
        Object value = Yaml.copy(operation.get("value"));
        if (parent instanceof Map<?, ?> map) {
            Map<String, Object> m = (Map<String, Object>) map;
            switch (op) {
                case "add" -> m.put(last, value);
                case "replace" -> {
                    if (!m.containsKey(last)) {
                        throw new AssertionError(origin + ": replace " + path + ": no such member");
                    }
                    m.put(last, value);
                }
                case "remove" -> {
                    if (m.remove(last) == null) {
                        throw new AssertionError(origin + ": remove " + path + ": no such member");
                    }
                }
                default -> throw new AssertionError(origin + ": operation '" + op + "' is not supported");
            }
        } else if (parent instanceof List<?> list) {
            List<Object> l = (List<Object>) list;
            switch (op) {
                case "add" -> {
                    if (last.equals("-")) {
                        l.add(value);
                    } else {
                        l.add(index(l, last, true, origin, path), value);
                    }
                }
                case "replace" -> l.set(index(l, last, false, origin, path), value);
                case "remove" -> l.remove(index(l, last, false, origin, path));
                default -> throw new AssertionError(origin + ": operation '" + op + "' is not supported");
            }
        } else {
            throw new AssertionError(origin + ": " + path + " does not lead into an object or array");
        }
    }

    private static Object child(Object parent, String token, String origin, String path) {
        Object child = null;
        if (parent instanceof Map<?, ?> map) {
            child = map.get(token);
        } else if (parent instanceof List<?> list) {
            child = list.get(index(list, token, false, origin, path));
        }
        if (child == null) {
            throw new AssertionError(origin + ": " + path + ": '" + token + "' does not exist");
        }
        return child;
    }

    private static int index(List<?> list, String token, boolean mayBeEnd, String origin, String path) {
        try {
            int index = Integer.parseInt(token);
            if (index < 0 || index > list.size() || (!mayBeEnd && index == list.size())) {
                throw new AssertionError(origin + ": " + path + ": index " + index + " out of range");
            }
            return index;
        } catch (NumberFormatException e) {
            throw new AssertionError(origin + ": " + path + ": '" + token + "' is not an array index");
        }
    }
}
