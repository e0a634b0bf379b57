package nl.permitholders.infrastructure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What every service keeps (NL GOV API Design Rules, docs/architecture.md#apis): its OpenAPI document with contact
 * details at {@code <base>/openapi.json}, with the base path as its server and paths relative to it; readiness that
 * checks the database and the consumers waiting for it, names events kept aside, and leaves Kafka out (writes go on
 * through the outbox while the broker is away); Prometheus metrics, and the {@code API-Version} and security headers on every
 * response; 404 for a trailing slash; CORS only for allowlisted origins (in tests: pages on localhost). For a {@code
 * @QuarkusTest}, against its test port.
 */
public final class ServiceConventions {

    /** An origin on the test allowlist (platform's microprofile-config.properties) and one that is not. */
    public static final String ALLOWED_ORIGIN = "http://localhost:5173";
    public static final String FOREIGN_ORIGIN = "https://elsewhere.example.org";

    private static final List<String> HTTP_METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    private ServiceConventions() {
    }

    /** @param documentedPaths full paths (with the base path) of operations the document must list */
    public static void assertKept(String basePath, String... documentedPaths) {
        var openApi = given().get(basePath + "/openapi.json").then().statusCode(200)
                .header("API-Version", "1.0.0")
                .body("info.contact.email", notNullValue())
                .body("info.version", equalTo("1.0.0"))
                .body("servers.url", contains(basePath));
        for (String path : documentedPaths) {
            openApi.body("paths.'" + path.substring(basePath.length()) + "'", notNullValue());
        }

        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(matchesPattern("(?i).*(postgres|database).*")))
                .body("checks.name", hasItem("Consumers waiting for the database"))
                .body("checks.name", hasItem("Events kept aside until this version knows them"))
                // Kafka is left out of readiness: writes go on through the outbox while the broker is away (docs/operations.md)
                .body("checks.name", not(hasItem(matchesPattern("(?i).*kafka.*"))));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));

        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"))
                // what operators alert on (docs/operations.md): the outbox backlog and the age of its oldest event
                .body(containsString("outbox_pending_events")).body(containsString("outbox_oldest_pending_age_seconds"));

        given().get(basePath + "/no-such-resource").then().statusCode(404)
                .contentType("application/problem+json")
                .header("API-Version", "1.0.0")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Strict-Transport-Security", notNullValue())
                .header("Cache-Control", "no-store");

        assertNoTrailingSlash(basePath, documentedPaths);
        assertCorsAllowlist(basePath);
        assertWritesDocumentTheirAnswer(basePath);
        assertEveryOperationHasAnId(basePath);
        assertSchemasSayWhatTheyAre(basePath);
    }

    /**
     * Schemas describe what the wire carries and are named for what they are: no framework type (an SSE event object,
     * a media type, a {@code YearMonth} or {@code Period} written as an object where the wire has text), and no name
     * that says nothing once it stands alone in a generated client.
     */
    public static void assertSchemasSayWhatTheyAre(String basePath) {
        Map<String, Object> schemas = given().get(basePath + "/openapi.json").then().statusCode(200)
                .extract().jsonPath().getMap("components.schemas");
        List<String> refused = List.of("OutboundSseEvent", "MediaType", "YearMonth", "Period", "Kind", "State", "Result",
                "Expected", "Figures");
        assertThat("schemas named after a framework type or a bare word",
                schemas.keySet().stream().filter(refused::contains).toList(), empty());
    }

    /**
     * Every operation has an {@code operationId} of its own, in lowerCamelCase and unique in the document: a generated
     * client names its methods after them, so they are set on the resource methods
     * ({@code @Operation(operationId = ...)}) and kept stable, not derived from paths that may move.
     */
    public static void assertEveryOperationHasAnId(String basePath) {
        Map<String, Map<String, Map<String, Object>>> paths = given().get(basePath + "/openapi.json").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        List<String> unnamed = new ArrayList<>();
        Map<String, String> named = new TreeMap<>();
        List<String> duplicates = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!HTTP_METHODS.contains(method)) {
                return;
            }
            Object id = operation.get("operationId");
            String where = method.toUpperCase() + " " + path;
            if (!(id instanceof String name) || !name.matches("[a-z][a-zA-Z0-9]*")) {
                unnamed.add(where + (id == null ? "" : " (" + id + ")"));
            } else if (named.putIfAbsent(name, where) != null) {
                duplicates.add(name + ": " + named.get(name) + " and " + where);
            }
        }));
        assertThat("operations without a lowerCamelCase operationId", unnamed, empty());
        assertThat("operationIds used twice", duplicates, empty());
    }

    /**
     * Every POST, PUT and PATCH documents the success it answers with its body (201 for a creation, 200, 202), so an
     * integrator sees the schema of what comes back. A resource method returning a JAX-RS Response documents nothing
     * by itself; it needs {@code @APIResponse} for each success (and for 409, {@code ref = "Conflict"}).
     */
    public static void assertWritesDocumentTheirAnswer(String basePath) {
        Map<String, Map<String, Map<String, Object>>> paths = given().get(basePath + "/openapi.json").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        List<String> undocumented = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (List.of("post", "put", "patch").contains(method)) {
                @SuppressWarnings("unchecked")
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
                boolean documented = responses != null && responses.entrySet().stream().anyMatch(response ->
                        response.getKey().equals("204")
                                || response.getKey().startsWith("2") && hasSchema(response.getValue()));
                if (!documented) {
                    undocumented.add(method.toUpperCase() + " " + path);
                }
            }
        }));
        assertThat("writes whose OpenAPI operation documents no success response with a body", undocumented, empty());
    }

    /** A body with a schema; what the scanner writes for a method returning Response is a media type without one. */
    private static boolean hasSchema(Map<String, Object> response) {
        Object content = response.get("content");
        return content instanceof Map<?, ?> mediaTypes && mediaTypes.values().stream()
                .anyMatch(mediaType -> mediaType instanceof Map<?, ?> m && m.get("schema") != null);
    }

    /** The schema of an operation's parameter in an OpenAPI document; {@code path} relative to the server. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parameterSchema(JsonPath document, String path, String method, String name) {
        List<Map<String, Object>> parameters = document.getList("paths.'" + path + "'." + method + ".parameters");
        if (parameters == null) {
            throw new AssertionError(method + " " + path + " has no parameters");
        }
        return (Map<String, Object>) parameters.stream().filter(p -> name.equals(p.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError(method + " " + path + " has no parameter " + name)).get("schema");
    }

    /** /core/no-trailing-slash: a URI with a trailing slash is a 404, never a redirect or the resource itself. */
    public static void assertNoTrailingSlash(String basePath, String... documentedPaths) {
        given().redirects().follow(false).get(basePath + "/openapi.json/").then().statusCode(404)
                .contentType("application/problem+json").header("API-Version", "1.0.0");
        for (String path : documentedPaths) {
            String concrete = example(path);
            given().redirects().follow(false).get(concrete + "/").then().statusCode(404)
                    .contentType("application/problem+json")
                    .header("API-Version", "1.0.0")
                    .body("detail", containsString("trailing slash"));
        }
    }

    /** A browser may call the API from an allowlisted origin only; any other origin gets no CORS permission. */
    public static void assertCorsAllowlist(String basePath) {
        given().header("Origin", ALLOWED_ORIGIN).header("Access-Control-Request-Method", "GET")
                .options(basePath + "/openapi.json").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", ALLOWED_ORIGIN);
        given().header("Origin", ALLOWED_ORIGIN).get(basePath + "/openapi.json").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", ALLOWED_ORIGIN)
                .header("Access-Control-Expose-Headers", containsString("API-Version"));

        given().header("Origin", FOREIGN_ORIGIN).header("Access-Control-Request-Method", "GET")
                .options(basePath + "/openapi.json").then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", FOREIGN_ORIGIN).get(basePath + "/openapi.json").then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    /** The path with a plausible value in every parameter: {code} a municipality, {period} a half-year, else a UUID. */
    static String example(String template) {
        return template.replace("{code}", "GM0141").replace("{period}", "2025-H1")
                .replaceAll("\\{[^}]+}", UUID.nameUUIDFromBytes(template.getBytes()).toString());
    }
}
