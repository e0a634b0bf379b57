package nl.permitholders.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The hostile requests made of one write operation, from its OpenAPI request schema: bodies that are not JSON or not
 * an object, the wrong content type, unknown fields, and for every property values of the wrong type, huge and
 * negative numbers, impossible dates, 1 MB strings, control characters and injection strings. Every one must be
 * refused with a problem document.
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

    /** Values that no property of these APIs accepts in a body that misses its other fields. */
    private static final Map<String, Object> VALUES = Map.ofEntries(
            Map.entry("wrong type: object", Map.of("a", 1)),
            Map.entry("wrong type: array", List.of(1, 2)),
            Map.entry("wrong type: boolean", true),
            Map.entry("null", "__NULL__"),
            Map.entry("huge number", new java.math.BigDecimal("1e308")),
            Map.entry("number beyond long", new java.math.BigInteger("99999999999999999999999")),
            Map.entry("negative", -1),
            Map.entry("zero", 0),
            Map.entry("int overflow", -2147483649L),
            Map.entry("empty string", ""),
            Map.entry("blank string", "   "),
            Map.entry("1 MB string", MEGABYTE),
            Map.entry("control characters", "a\u0000b\u0007c\u001b[31m"),
            Map.entry("SQL injection", "'; DROP TABLE outbox_event; --"),
            Map.entry("script injection", "<script>alert(1)</script>"),
            Map.entry("path traversal", "../../../etc/passwd"),
            Map.entry("impossible date", "2025-02-30"),
            Map.entry("year zero", "0000-01-01"),
            Map.entry("far future date", "9999-12-31"),
            Map.entry("lone surrogate", "\ud800"));

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
        JsonNode schema = resolve(operation.path("requestBody").path("content").path("application/json").path("schema"), document);
        int required = schema.path("required").size();
        for (Iterator<String> names = schema.path("properties").fieldNames(); names.hasNext(); ) {
            String name = names.next();
            for (Map.Entry<String, Object> value : VALUES.entrySet()) {
                if (required <= 1 && value.getValue() instanceof String text && isPlausibleText(text)) {
                    // With every other field present this is a valid value for a free-text field: stored verbatim, as
                    // HostileInputTest shows separately. Here it would be a legitimate write, not a hostile one.
                    continue;
                }
                ObjectNode body = JSON.createObjectNode();
                if ("__NULL__".equals(value.getValue())) {
                    body.putNull(name);
                } else {
                    body.set(name, JSON.valueToTree(value.getValue()));
                }
                cases.add(new Case(name + " = " + value.getKey(), "application/json", body.toString(), 400, null));
            }
        }
        return cases;
    }

    private static boolean isPlausibleText(String text) {
        return !text.isBlank() && text.length() < 1000 && text.chars().noneMatch(c -> c < 0x20);
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
