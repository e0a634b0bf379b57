package nl.permitholders.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hostile requests made of the write operations: per operation, bodies that are not JSON or not an object, the
 * wrong content type, unknown fields and broken CSV, every one to be refused with a problem document; and per field of
 * its OpenAPI request schema, hostile values by class ({@link #VALUES_BY_CLASS}) to put into an otherwise valid body.
 */
final class HostileCases {

    /** One request: what is sent and what must come back. */
    record Case(String label, String contentType, String body, int expectedStatus, String field) {

        /** The same case without the demand that the refusal names the field. */
        Case withoutField() {
            return new Case(label, contentType, body, expectedStatus, null);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MEGABYTE = "x".repeat(1024 * 1024);
    private static final String NESTED = "[".repeat(5000) + "]".repeat(5000);

    /** Stands for an unpaired surrogate, which only an escape in the JSON text itself can carry. */
    static final String LONE_SURROGATE = "LONE-SURROGATE-PLACEHOLDER";

    /**
     * Hostile values by class of input, each put in turn into one field of an otherwise valid body. A field either
     * refuses the value with a 400 naming it, or stores it verbatim (free text may well say "<script>").
     */
    static final Map<String, List<Object>> VALUES_BY_CLASS = classes();

    private static Map<String, List<Object>> classes() {
        Map<String, List<Object>> classes = new LinkedHashMap<>();
        classes.put("wrong JSON type", List.of(Map.of("a", 1), List.of(1, 2), true, 12));
        classes.put("null", java.util.Collections.singletonList(null));
        classes.put("numbers at and over limits", List.of(new java.math.BigDecimal("1e308"),
                new java.math.BigInteger("99999999999999999999999"), -1, 0, -2147483649L, 2147483648L));
        classes.put("empty or blank text", List.of("", "   "));
        classes.put("over-long text", List.of(MEGABYTE));
        classes.put("NUL and control characters", List.of("a\u0000b", "a\u0007c\u001b[31m"));
        classes.put("unpaired surrogate", List.of(LONE_SURROGATE));
        classes.put("script, SQL and formula text", List.of("'; DROP TABLE outbox_event; --", "<script>alert(1)</script>",
                "=cmd|' /C calc'!A0", "../../../etc/passwd"));
        classes.put("out-of-range or impossible dates", List.of("2025-02-30", "0000-01-01", "9999-12-31"));
        return classes;
    }

    private HostileCases() {
    }

    /** Lines of a semicolon CSV import (code;name;number): every one is invalid in its code or its number column. */
    private static final Map<String, String> CSV_ROWS = Map.ofEntries(
            Map.entry("no rows", ""),
            Map.entry("code not a CBS code", "'; DROP TABLE outbox_event; --;Name;1"),
            Map.entry("script as code", "<script>alert(1)</script>;Name;1"),
            Map.entry("1 MB code", MEGABYTE + ";Name;1"),
            Map.entry("control characters in code", "GM\u0000141;Name;1"),
            Map.entry("formula injection", "=cmd|' /C calc'!A0;Name;1"),
            Map.entry("number not a number", "GM0141;Almelo;lots"),
            Map.entry("negative number", "GM0141;Almelo;-1"),
            Map.entry("number beyond long", "GM0141;Almelo;99999999999999999999999"),
            Map.entry("too few columns", "GM0141"),
            Map.entry("unbalanced quote", "\"GM0141;Almelo;1"));

    static List<Case> forOperation(JsonNode operation, JsonNode document) {
        JsonNode content = operation.path("requestBody").path("content");
        List<Case> cases = new ArrayList<>();
        if (content.has("text/csv")) {
            cases.add(new Case("JSON instead of CSV", "application/json", "{}", 415, null));
            cases.add(new Case("application/xml", "application/xml", "<a/>", 415, null));
            CSV_ROWS.forEach((label, row) -> cases.add(new Case("CSV: " + label, "text/csv",
                    "code;name;population\n" + row + "\n", 400, null)));
            return cases;
        }
        cases.add(new Case("truncated JSON", "application/json", "{\"a\":", 400, null));
        cases.add(new Case("trailing garbage", "application/json", "{} }", 400, null));
        cases.add(new Case("JSON array", "application/json", "[]", 400, null));
        cases.add(new Case("JSON string", "application/json", "\"text\"", 400, null));
        cases.add(new Case("JSON null", "application/json", "null", 400, null));
        cases.add(new Case("empty body", "application/json", "", 400, null));
        cases.add(new Case("nested 5000 deep", "application/json", NESTED, 400, null));
        cases.add(new Case("unknown field", "application/json", "{\"unknownFieldOfAnAttacker\":1}", 400, "unknownFieldOfAnAttacker"));
        cases.add(new Case("text/plain", "text/plain", "{}", 415, null));
        cases.add(new Case("application/xml", "application/xml", "<a/>", 415, null));
        return cases;
    }

    /**
     * The paths of every field the operation's request schema declares, nested ones included ({@code
     * measures[0].title}): a nested field where the valid body has its parent object or a first element.
     */
    static List<String> fieldPaths(JsonNode operation, JsonNode document, JsonNode validBody) {
        List<String> paths = new ArrayList<>();
        collect(resolve(operation.path("requestBody").path("content").path("application/json").path("schema"), document),
                document, "", validBody, paths);
        return paths;
    }

    private static void collect(JsonNode schema, JsonNode document, String prefix, JsonNode valid, List<String> paths) {
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext(); ) {
            Map.Entry<String, JsonNode> property = properties.next();
            String path = prefix + property.getKey();
            paths.add(path);
            JsonNode type = resolve(property.getValue(), document);
            JsonNode value = valid.path(property.getKey());
            if (value.isObject()) {
                collect(type, document, path + ".", value, paths);
            } else if (value.isArray() && !value.isEmpty()) {
                paths.add(path + "[0]");
                if (value.get(0).isObject()) {
                    collect(resolve(type.path("items"), document), document, path + "[0].", value.get(0), paths);
                }
            }
        }
    }

    /** Whether the request schema lets the body leave the field out: a null there means "absent". */
    static boolean isOptional(JsonNode operation, JsonNode document, String path) {
        JsonNode schema = resolve(operation.path("requestBody").path("content").path("application/json").path("schema"), document);
        String[] steps = path.split("\\.");
        for (int i = 0; i < steps.length - 1; i++) {
            schema = resolve(schema.path("properties").path(steps[i].replace("[0]", "")), document);
            if (steps[i].endsWith("[0]")) {
                schema = resolve(schema.path("items"), document);
            }
        }
        String last = steps[steps.length - 1];
        if (last.endsWith("[0]")) {
            return false;
        }
        for (JsonNode required : schema.path("required")) {
            if (required.asText().equals(last)) {
                return false;
            }
        }
        return true;
    }

    /** A copy of the body with the field at the path set to the value. */
    static ObjectNode with(ObjectNode body, String path, Object value) {
        ObjectNode copy = body.deepCopy();
        String[] steps = path.split("\\.");
        JsonNode parent = copy;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = step(parent, steps[i]);
        }
        String last = steps[steps.length - 1];
        JsonNode node = JSON.valueToTree(value);
        if (last.endsWith("[0]")) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) parent.get(last.substring(0, last.length() - 3))).set(0, node);
        } else {
            ((ObjectNode) parent).set(last, node);
        }
        return copy;
    }

    /** The node at the path, or a missing node. */
    static JsonNode at(JsonNode body, String path) {
        JsonNode node = body;
        for (String step : path.split("\\.")) {
            node = step(node, step);
        }
        return node;
    }

    private static JsonNode step(JsonNode node, String step) {
        return step.endsWith("[0]") ? node.path(step.substring(0, step.length() - 3)).path(0) : node.path(step);
    }

    static JsonNode resolve(JsonNode schema, JsonNode document) {
        if (schema.has("$ref")) {
            String[] path = schema.get("$ref").asText().replaceFirst("^#/", "").split("/");
            JsonNode target = document;
            for (String part : path) {
                target = target.path(part);
            }
            return resolve(target, document);
        }
        return schema;
    }
}
