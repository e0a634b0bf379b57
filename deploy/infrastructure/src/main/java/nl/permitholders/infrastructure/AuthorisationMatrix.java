package nl.permitholders.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who may call what, checked against the running service for every operation in its OpenAPI document, so a new
 * endpoint cannot be forgotten: it must declare its roles (the security requirement SmallRye OpenAPI writes from
 * {@code @RolesAllowed}), refuse callers without a valid token (401), refuse every other role (403), and let every
 * declared role through (anything but 401/403). The cases run are counted so a report can say how many. An operation
 * that declares explicitly that it needs no token (its own {@code security: [{}]}) must answer without one; which
 * operations may do so the service's test asserts ({@link #publicOperations}), so the exception stays narrow.
 */
public final class AuthorisationMatrix {

    /** An issuer no service trusts, made once: generating an RSA key pair costs more than every check that uses it. */
    private static final class Intruder {
        static final DevelopmentIssuer ISSUER = DevelopmentIssuer.generate();
    }

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    /** How an operation that declares itself public is labelled in the outcomes. */
    private static final String PUBLIC = " (public)";

    /**
     * A caller in one role. {@code foreign} callers carry a tenant claim other than the sample path values name: they
     * must be refused (403) by every operation that admits their role and names the tenant in its path.
     */
    public record Caller(String role, String token, boolean foreign) {

        public Caller(String role, String token) {
            this(role, token, false);
        }

        public static Caller foreign(String role, String token) {
            return new Caller(role, token, true);
        }
    }

    /** One operation and what happened to one caller. */
    public record Outcome(String operation, String caller, int expected, int status) {
        boolean wrong() {
            return expected == 403 || expected == 401 ? status != expected : status == 401 || status == 403;
        }
    }

    private final String serviceUrl;
    private final DevelopmentIssuer issuer;
    private final List<Caller> callers;
    private final BiFunction<String, String, String> sampleValue;
    private final Predicate<String> namesTenant;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param serviceUrl  e.g. http://localhost:8081
     * @param sampleValue a value for each path parameter name, fitting the (not foreign) callers' tenants
     * @param namesTenant whether an operation's path template names the tenant (e.g. {@code /municipalities/{code}/...})
     */
    public AuthorisationMatrix(String serviceUrl, DevelopmentIssuer issuer, List<Caller> callers,
                               Function<String, String> sampleValue, Predicate<String> namesTenant) {
        this(serviceUrl, issuer, callers, (template, parameter) -> sampleValue.apply(parameter), namesTenant);
    }

    /** With sample values that depend on the path too: {@code (template, parameter) -> value}. */
    public AuthorisationMatrix(String serviceUrl, DevelopmentIssuer issuer, List<Caller> callers,
                               BiFunction<String, String, String> sampleValue, Predicate<String> namesTenant) {
        this.serviceUrl = serviceUrl;
        this.issuer = issuer;
        this.callers = List.copyOf(callers);
        this.sampleValue = sampleValue;
        this.namesTenant = namesTenant;
    }

    /** For a service without tenant-bound paths. */
    public AuthorisationMatrix(String serviceUrl, DevelopmentIssuer issuer, List<Caller> callers,
                               Function<String, String> sampleValue) {
        this(serviceUrl, issuer, callers, sampleValue, template -> false);
    }

    /** The default sample for a path parameter: ids are UUIDs, periods half-years, dates dates, codes municipalities. */
    public static String defaultSample(String parameter) {
        String name = parameter.toLowerCase();
        if (name.equals("id") || name.endsWith("id")) {
            return UUID.randomUUID().toString();
        }
        if (name.contains("period")) {
            return "2025-H1";
        }
        if (name.contains("date")) {
            return "2024-01-01";
        }
        return "GM0141";
    }

    /** Runs every case for every operation of the document at {@code openApiPath}; returns all outcomes. */
    public List<Outcome> run(String openApiPath) throws IOException, InterruptedException {
        JsonNode document = json.readTree(http.send(HttpRequest.newBuilder(URI.create(serviceUrl + openApiPath)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        String base = basePath(document);
        List<Outcome> outcomes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = operations.next();
                if (METHODS.contains(operation.getKey())) {
                    outcomes.addAll(check(base + path.getKey(), operation.getKey().toUpperCase(), operation.getValue(), document));
                }
            }
        }
        return outcomes;
    }

    private List<Outcome> check(String template, String method, JsonNode operation, JsonNode document)
            throws IOException, InterruptedException {
        String label = method + " " + template;
        Set<String> allowed = declaredRoles(operation, document);
        List<Outcome> outcomes = new ArrayList<>();
        if (declaresItselfPublic(operation)) {
            // Served to anyone: it must answer without a token. Which operations may be public the service's test says.
            outcomes.add(new Outcome(label + PUBLIC, "no token", 200, status(method, concrete(template), null, null, null)));
            return outcomes;
        }
        if (allowed.isEmpty()) {
            outcomes.add(new Outcome(label + " (declares no roles)", "-", 401, 200));
            return outcomes;
        }
        String path = concrete(template);
        String contentType = requestContentType(operation);
        String body = contentType == null ? null : "{}";
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("no token", null);
        refused.put("token of an unknown issuer", Intruder.ISSUER.token("intruder", "rijk", Map.of()));
        refused.put("expired token", issuer.token("late", List.copyOf(allowed), Map.of(),
                Instant.now().minus(Duration.ofHours(10)), Duration.ofHours(1)));
        refused.put("malformed token", "not-a-jwt");
        for (Map.Entry<String, String> caller : refused.entrySet()) {
            outcomes.add(new Outcome(label, caller.getKey(), 401,
                    status(method, path, contentType, body, caller.getValue())));
        }
        for (Caller caller : callers) {
            boolean admitted = allowed.contains(caller.role()) && !(caller.foreign() && namesTenant.test(template));
            outcomes.add(new Outcome(label, caller.foreign() ? caller.role() + " of another tenant" : caller.role(),
                    admitted ? 200 : 403, status(method, path, contentType, body, caller.token())));
        }
        return outcomes;
    }

    /**
     * An operation that declares, explicitly, that it needs no token: its own {@code security} holds only empty
     * requirements ({@code [{}]} or {@code []}). One without a {@code security} of its own is not public.
     */
    private static boolean declaresItselfPublic(JsonNode operation) {
        JsonNode security = operation.get("security");
        if (security == null || !security.isArray()) {
            return false;
        }
        for (JsonNode requirement : security) {
            if (requirement.size() > 0) {
                return false;
            }
        }
        return true;
    }

    /** The operations that declared themselves public ({@link #PUBLIC}), e.g. {@code GET /supervision/v1/open-data/catalog}. */
    public static List<String> publicOperations(List<Outcome> outcomes) {
        return outcomes.stream().filter(o -> o.operation().endsWith(PUBLIC))
                .map(o -> o.operation().substring(0, o.operation().length() - PUBLIC.length())).toList();
    }

    /** The paths of a document are relative to its (single) server, e.g. /quota/v1 (API Design Rules). */
    public static String basePath(JsonNode document) {
        String server = document.path("servers").path(0).path("url").asText("");
        return server.startsWith("/") ? server.replaceAll("/$", "") : URI.create(server.isEmpty() ? "/" : server).getPath().replaceAll("/$", "");
    }

    /** The roles of the operation's security requirement, or of the document's when it has none of its own. */
    private static Set<String> declaredRoles(JsonNode operation, JsonNode document) {
        JsonNode requirements = operation.has("security") ? operation.get("security") : document.path("security");
        Set<String> roles = new HashSet<>();
        for (JsonNode requirement : requirements) {
            requirement.fields().forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText())));
        }
        return roles;
    }

    private static String requestContentType(JsonNode operation) {
        JsonNode content = operation.path("requestBody").path("content");
        Iterator<String> types = content.fieldNames();
        return types.hasNext() ? types.next() : null;
    }

    private String concrete(String template) {
        Matcher parameter = PATH_PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            parameter.appendReplacement(path, Matcher.quoteReplacement(sampleValue.apply(template, parameter.group(1))));
        }
        parameter.appendTail(path);
        return path.toString();
    }

    /** The status only: the body is not read, so a stream (Server-Sent Events) does not hold the check up. */
    private int status(String method, String path, String contentType, String body, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(serviceUrl + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<java.io.InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        return response.statusCode();
    }

    /** The outcomes that break the rules, described; empty when all hold. */
    public static List<String> violations(List<Outcome> outcomes) {
        return outcomes.stream().filter(Outcome::wrong)
                .map(o -> o.operation() + " as " + o.caller() + ": expected "
                        + (o.expected() == 200 ? "neither 401 nor 403" : String.valueOf(o.expected())) + ", got " + o.status())
                .toList();
    }
}
