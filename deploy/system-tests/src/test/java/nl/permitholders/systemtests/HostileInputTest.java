package nl.permitholders.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.permitholders.infrastructure.AuthorisationMatrix;
import nl.permitholders.infrastructure.DevelopmentIssuer;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;
import org.junit.jupiter.api.Test;

/**
 * Every write operation of every service, found in its OpenAPI document, is sent hundreds of hostile requests
 * ({@link HostileCases}) by a caller in a role it admits. Each must be refused with a problem document (status, title,
 * detail; invalidParams with name and reason for a 400) that leaks no stack trace, SQL or class name; afterwards no
 * row was added to any table of any database and no event was published.
 */
class HostileInputTest {

    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    /**
     * Operations that read their body tolerantly by design, so an unknown field is not an error there: VERA messages
     * carry many properties housing-stock does not use (docs/housing-stock-integration.md).
     */
    private static final Set<String> TOLERANT_READERS = Set.of("POST /housing-stock/v1/vera/toewijzingen");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    /** What must never reach a caller: traces, SQL, the insides of the code. */
    private static final Pattern LEAK = Pattern.compile(
            "(?i)exception|\\bat [a-z]+\\.[a-z]+|java\\.|jakarta\\.|org\\.(hibernate|postgresql|jboss|apache)|nl\\.permitholders|"
                    + "\\bselect\\b.*\\bfrom\\b|\\binsert into\\b|sqlstate|stack ?trace");

    private final SystemStack stack = RunningSystem.get();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyWriteOperationRefusesHostileInputCleanlyAndStoresNothing() throws Exception {
        // The sample municipality GM0141 lies in the sample province PV23, so their callers pass the tenant checks and
        // meet the input checks.
        Api api = new Api(stack);
        api.province("PV23", "Overijssel");
        api.municipality("GM0141", "Almelo", "PV23");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> api.to(Service.SUPERVISION)
                .auth().oauth2(stack.issuer().province("PV23")).get("/municipalities/GM0141/ladder").then().statusCode(200));
        Map<String, Long> before = quiescentSnapshot();

        List<String> failures = new ArrayList<>();
        Map<String, Integer> statuses = new TreeMap<>();
        int cases = 0;
        for (Service service : Service.values()) {
            String serviceUrl = stack.url(service).substring(0, stack.url(service).length() - service.basePath.length());
            JsonNode document = json.readTree(get(stack.url(service) + "/openapi.json"));
            for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
                    Map.Entry<String, JsonNode> operation = operations.next();
                    if (!WRITES.contains(operation.getKey()) || !operation.getValue().has("requestBody")) {
                        continue; // hostile bodies need an operation that reads one
                    }
                    String method = operation.getKey().toUpperCase();
                    String url = serviceUrl + AuthorisationMatrix.basePath(document) + concrete(path.getKey());
                    String token = tokenFor(operation.getValue());
                    for (HostileCases.Case hostile : HostileCases.forOperation(operation.getValue(), document)) {
                        cases++;
                        HttpResponse<String> response = send(method, url, hostile, token);
                        statuses.merge(String.valueOf(response.statusCode()), 1, Integer::sum);
                        boolean tolerant = TOLERANT_READERS.contains(method + " " + AuthorisationMatrix.basePath(document) + path.getKey());
                        String problem = judge(tolerant ? hostile.withoutField() : hostile, response);
                        if (problem != null) {
                            failures.add(method + " " + url + " [" + hostile.label() + "]: " + problem);
                        }
                    }
                }
            }
            cases++;
            String oversized = oversizedBody(serviceUrl, service.basePath);
            if (oversized != null) {
                failures.add(service.module + " [oversized body]: " + oversized);
            }
        }
        System.out.printf("Hostile input: %d cases, statuses %s%n", cases, statuses);

        assertThat(failures).isEmpty();
        assertThat(cases).isGreaterThan(500);
        assertThat(quiescentSnapshot()).as("rows in every table of every database").isEqualTo(before);
    }

    /** Why the response is wrong, or null when it is a clean refusal. */
    private String judge(HostileCases.Case hostile, HttpResponse<String> response) throws IOException {
        int status = response.statusCode();
        if (status < 400 || status >= 500 || status == 401 || status == 403) {
            return "status " + status + " " + abbreviate(response.body());
        }
        if (hostile.expectedStatus() == 415 && status != 415 || hostile.field() == null && hostile.expectedStatus() == 400
                && hostile.label().contains("JSON") && status != 400) {
            return "expected " + hostile.expectedStatus() + ", got " + status;
        }
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return "not a problem document: " + response.headers().firstValue("Content-Type").orElse("no content type");
        }
        JsonNode problem = json.readTree(response.body());
        if (problem.path("status").asInt() != status || problem.path("title").asText().isEmpty()
                || problem.path("detail").asText().isEmpty()) {
            return "problem without status, title and detail: " + abbreviate(response.body());
        }
        if (status == 400) {
            JsonNode invalid = problem.path("invalidParams");
            if (invalid.isEmpty()) {
                return "400 without invalidParams";
            }
            for (JsonNode param : invalid) {
                if (param.path("name").asText().isEmpty() || param.path("reason").asText().isEmpty()) {
                    return "invalidParam without name or reason: " + param;
                }
            }
            if (hostile.field() != null && invalid.findValuesAsText("name").stream().noneMatch(n -> n.contains(hostile.field()))) {
                return "invalidParams do not name " + hostile.field() + ": " + invalid;
            }
        }
        Matcher leak = LEAK.matcher(response.body());
        if (leak.find()) {
            return "leaks '" + leak.group() + "': " + abbreviate(response.body());
        }
        return null;
    }

    /** A body declared larger than the service's limit: 413 with a problem document, before the body is read. */
    private String oversizedBody(String serviceUrl, String basePath) throws IOException {
        URI uri = URI.create(serviceUrl);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + basePath + "/anything HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 524288000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            if (!answer.startsWith("HTTP/1.1 413") || !answer.contains("application/problem+json")) {
                return abbreviate(answer);
            }
            return null;
        }
    }

    /** Waits until every service has published and consumed all that earlier tests caused, then counts rows. */
    private Map<String, Long> quiescentSnapshot() {
        AtomicReference<Map<String, Long>> last = new AtomicReference<>(Map.of());
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            Map<String, Long> now = DatabaseSnapshot.take(stack);
            boolean stable = now.equals(last.get());
            last.set(now);
            return stable;
        });
        return last.get();
    }

    private String tokenFor(JsonNode operation) {
        DevelopmentIssuer issuer = stack.issuer();
        List<String> roles = new ArrayList<>();
        operation.path("security").forEach(requirement -> requirement.fields()
                .forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText()))));
        String role = roles.isEmpty() ? "rijk" : roles.get(0);
        return switch (role) {
            case "municipality" -> issuer.municipality("GM0141");
            case "province" -> issuer.province("PV23");
            case "corporation" -> issuer.corporation("beter-wonen");
            case "coa" -> issuer.coa();
            default -> issuer.rijk();
        };
    }

    private static String concrete(String template) {
        Matcher parameter = PATH_PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            parameter.appendReplacement(path, Matcher.quoteReplacement(AuthorisationMatrix.defaultSample(parameter.group(1))));
        }
        parameter.appendTail(path);
        return path.toString();
    }

    private HttpResponse<String> send(String method, String url, HostileCases.Case hostile, String token)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", hostile.contentType())
                .header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.ofString(hostile.body())).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
