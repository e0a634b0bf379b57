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
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.permitholders.infrastructure.AuthorisationMatrix;
import nl.permitholders.infrastructure.DevelopmentIssuer;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every write operation of every service, found in its OpenAPI document, is sent hostile requests ({@link
 * HostileCases}) by a caller in a role it admits. Malformed bodies must be refused with a problem document (status,
 * title, detail; invalidParams with name and reason for a 400) that leaks no stack trace, SQL or class name, and store
 * nothing. Hostile values go one field at a time into a valid request ({@link ValidRequests}): each is refused with a
 * 400 naming exactly that field, or stored and read back verbatim, or refused with a 403 or 409 the operation justifies
 * for that field, or accepted and left aside where the operation's documentation says it ignores that field (VERA
 * properties it does not use); refusals store nothing: once every operation has had its cases, the refused ones are
 * sent again, all between two counts of the rows of a quiet system, and must be judged as before and change no row
 * (where rows change, halves of them are sent again to name the cases that wrote). The counts per class of input go to
 * target/hostile-input.md.
 */
@SystemTestStack
class HostileInputIT {

    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    /**
     * Operations that read their body tolerantly by design, so an unknown field is not an error there: VERA messages
     * carry many properties housing-stock does not use (docs/housing-stock-integration.md).
     */
    private static final Set<String> TOLERANT_READERS = Set.of("POST /housing-stock/v1/vera/toewijzingen",
            "POST /housing-stock/v1/vera/toewijzing-batches");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    /** What must never reach a caller: traces, SQL, the insides of the code. */
    private static final Pattern LEAK = Pattern.compile(
            "(?i)exception|\\bat [a-z]+\\.[a-z]+|java\\.|jakarta\\.|org\\.(hibernate|postgresql|jboss|apache)|nl\\.permitholders|"
                    + "\\bselect\\b.*\\bfrom\\b|\\binsert into\\b|sqlstate|stack ?trace");

    private final SystemStack stack;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper json = new ObjectMapper();
    /** Tokens to read back what a write stored with. */
    private List<String> readers = List.of();

    /** Opened per test, closed after it. */
    private final QuietSystem quiet;

    HostileInputIT(SystemStack stack) {
        this.stack = stack;
        this.quiet = new QuietSystem(stack);
    }

    @AfterEach
    void close() {
        quiet.close();
    }

    @Test
    void everyWriteOperationRefusesMalformedBodiesCleanlyAndStoresNothing() throws Exception {
        // The sample municipality GM0141 lies in the sample province PV23, so their callers pass the tenant checks and
        // meet the input checks.
        Api api = new Api(stack);
        api.province("PV23", "Overijssel");
        api.municipality("GM0141", "Almelo", "PV23");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> api.to(Service.SUPERVISION)
                .auth().oauth2(stack.issuer().province("PV23")).get("/municipalities/GM0141/ladder").then().statusCode(200));
        Map<String, Long> before = quiet.rows();

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
        assertThat(cases).isGreaterThan(300);
        assertThat(quiet.rows()).as("rows in every table of every database").isEqualTo(before);
    }

    /** What one hostile value in one field got; each case has exactly one. */
    enum Outcome {
        NAMED("400 naming the field"), RELATED("400 naming a field checked with it"), STORED("stored verbatim"),
        ABSENT("null for an optional field: left out"), IGNORED("accepted and left aside, as documented"),
        FORBIDDEN("403 foreign organisation"),
        CONFLICT("409 conflicting state"), WRONG("anything else");

        final String label;

        Outcome(String label) {
            this.label = label;
        }
    }

    /** A case's outcome, or WRONG with why; accepted when the service took the write (2xx). */
    private record Judged(Outcome outcome, String why, boolean accepted) {

        Judged(Outcome outcome, String why) {
            this(outcome, why, outcome == Outcome.STORED || outcome == Outcome.ABSENT || outcome == Outcome.IGNORED);
        }
    }

    @Test
    void aHostileValueInOneFieldOfAValidRequestIsRefusedNamingTheFieldOrStoredVerbatim() throws Exception {
        long started = System.nanoTime();
        ValidRequests valid = new ValidRequests(stack);
        readers = valid.readers();
        Map<String, ValidRequests.Operation> setups = valid.operations();
        Map<String, JsonNode> operations = jsonWriteOperations();
        assertThat(setups.keySet()).as("write operations with a valid request to build on").isEqualTo(operations.keySet());

        Map<String, Map<Outcome, Integer>> counts = new LinkedHashMap<>();
        HostileCases.VALUES_BY_CLASS.keySet().forEach(kind -> counts.put(kind, new EnumMap<>(Outcome.class)));
        List<String> failures = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        int cases = 0;
        for (Map.Entry<String, JsonNode> entry : operations.entrySet()) {
            String key = entry.getKey();
            String method = key.substring(0, key.indexOf(' '));
            ValidRequests.Operation operation = setups.get(key);
            ValidRequests.Valid first = operation.current();
            HttpResponse<String> proof = send(method, valid.baseUrl(operation.service) + first.path(), first.token(), first.body().toString());
            if (proof.statusCode() / 100 != 2) {
                failures.add(key + ": the valid request was not accepted: " + proof.statusCode() + " " + abbreviate(proof.body()));
                continue;
            }
            operation.renew();
            List<String> fields = HostileCases.fieldPaths(entry.getValue(), operations.get(key).path("document"), first.body());
            boolean anyStored = false;
            for (String field : fields) {
                for (Map.Entry<String, List<Object>> kind : HostileCases.VALUES_BY_CLASS.entrySet()) {
                    for (Object value : kind.getValue()) {
                        cases++;
                        Judged judged = judgeField(method, operation, entry.getValue(), field, value);
                        counts.get(kind.getKey()).merge(judged.outcome(), 1, Integer::sum);
                        String label = key + " " + field + " = " + describe(value);
                        if (judged.outcome() == Outcome.WRONG) {
                            failures.add(label + ": " + judged.why());
                        }
                        if (judged.accepted()) {
                            anyStored = true;
                            operation.renew();
                        } else {
                            refused.add(new Refused(label, method, operation, entry.getValue(), field, value, judged.outcome()));
                        }
                    }
                }
            }
            if (method.equals("PUT") && anyStored) {
                ValidRequests.Valid restore = operation.current(); // the object as the valid request left it
                send(method, valid.baseUrl(operation.service) + restore.path(), restore.token(), restore.body().toString());
            }
        }
        // The valid and accepted requests above changed the databases, so the refused ones are sent again, all between
        // two counts of a quiet system: if the rows do not change, none of them stored anything. Counting once for the
        // batch instead of around each operation's cases saves two waits for a quiet system per operation.
        long resendStarted = System.nanoTime();
        refused.forEach(refusal -> refusal.operation().current()); // a fresh valid request is made (and stored) before
        Map<String, Long> before = quiet.rows();
        failures.addAll(sendAgain(refused));
        Map<String, Long> changed = changes(before, quiet.rows());
        long resendSeconds = (System.nanoTime() - resendStarted) / 1_000_000_000;
        System.out.printf("Hostile input: %d refused cases sent again between two counts in %d s, %d s of it waiting for a "
                + "quiet system; the cases before them took %d s%n", refused.size(), resendSeconds, quiet.waited().toSeconds(),
                (resendStarted - started) / 1_000_000_000);
        long refusedYetStored = changed.values().stream().mapToLong(Math::abs).sum();
        if (!changed.isEmpty()) {
            failures.add(refused.size() + " refused cases sent again changed the rows of " + listed(changed));
            findWriters(refused, failures);
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        int counted = counts.values().stream().flatMap(c -> c.values().stream()).mapToInt(Integer::intValue).sum();
        long acceptedNotReadBack = failures.stream().filter(f -> f.contains("accepted, but read back")).count();
        String report = report(operations.size(), cases, counts, refusedYetStored, acceptedNotReadBack, counted - cases, seconds,
                quiet.waited().toSeconds(), refused.size(), resendSeconds, failures);
        Path file = SystemStack.findProjectRoot().resolve("deploy/system-tests/target/hostile-input.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report);

        assertThat(failures).isEmpty();
        assertThat(refusedYetStored).as("lost: refused yet stored").isZero();
        assertThat(acceptedNotReadBack).as("lost: accepted yet not read back").isZero();
        assertThat(counted - cases).as("double-counted").isZero();
        assertThat(cases).isGreaterThan(1000);
    }

    /** A case refused the first time, to be sent again between two counts of the rows. */
    private record Refused(String label, String method, ValidRequests.Operation operation, JsonNode openApi, String field,
                           Object value, Outcome outcome) {
    }

    /** Sends the refused cases again, side by side; a failure for each judged otherwise than the first time. */
    private List<String> sendAgain(List<Refused> refused) throws InterruptedException {
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        // Four at a time: each service answers on its own threads, so the senders wait less for each other's answers.
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
            for (Refused refusal : refused) {
                sent.add(senders.submit(() -> {
                    Judged again = judgeField(refusal.method(), refusal.operation(), refusal.openApi(), refusal.field(), refusal.value());
                    if (again.outcome() != refusal.outcome()) {
                        failures.add(refusal.label() + ": sent again, " + again.outcome() + " " + again.why());
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> each : sent) {
                each.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            senders.shutdownNow();
        }
        return failures;
    }

    /**
     * Which of the refused cases change the rows when sent again: the group between two quiet counts, then each half
     * of a group that does (split between operations first), down to single cases, each named with the tables it
     * changed. Whether true, the failure
     * that called it is already recorded; a group whose change no half repeats is named as a group.
     */
    private boolean findWriters(List<Refused> group, List<String> failures) throws InterruptedException {
        group.forEach(refusal -> refusal.operation().current());
        Map<String, Long> before = quiet.rows();
        sendAgain(group);
        Map<String, Long> changed = changes(before, quiet.rows());
        if (changed.isEmpty()) {
            return false;
        }
        if (group.size() == 1) {
            failures.add(group.get(0).label() + ": refused, yet changed the rows of " + listed(changed));
            return true;
        }
        int half = splitPoint(group);
        boolean found = findWriters(group.subList(0, half), failures);
        found |= findWriters(group.subList(half, group.size()), failures);
        if (!found) {
            failures.add(group.size() + " refused cases from " + group.get(0).label() + " on changed the rows of "
                    + listed(changed) + " together, though no half of them did alone");
        }
        return true;
    }

    /** Where to halve a group: between two operations, the nearest to the middle, while it holds more than one. */
    private static int splitPoint(List<Refused> group) {
        int middle = group.size() / 2;
        int boundary = -1;
        for (int i = 1; i < group.size(); i++) {
            if (group.get(i - 1).operation() != group.get(i).operation()
                    && (boundary < 0 || Math.abs(i - middle) < Math.abs(boundary - middle))) {
                boundary = i;
            }
        }
        return boundary < 0 ? middle : boundary;
    }

    /** "placement.coupling by +1, placement.outbox_event by +1". */
    private static String listed(Map<String, Long> changes) {
        return String.join(", ", changes.entrySet().stream()
                .map(change -> change.getKey() + " by " + (change.getValue() > 0 ? "+" : "") + change.getValue()).toList());
    }

    /** Per "database.table" whose rows differ, after minus before. */
    private static Map<String, Long> changes(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> changed = new TreeMap<>();
        Set<String> tables = new java.util.TreeSet<>(before.keySet());
        tables.addAll(after.keySet());
        for (String table : tables) {
            long change = after.getOrDefault(table, 0L) - before.getOrDefault(table, 0L);
            if (change != 0) {
                changed.put(table, change);
            }
        }
        return changed;
    }

    private Judged judgeField(String method, ValidRequests.Operation operation, JsonNode openApi, String field, Object value)
            throws Exception {
        ValidRequests.Valid request = operation.current();
        String body = HostileCases.with(request.body(), field, value).toString()
                .replace(HostileCases.LONE_SURROGATE, "\\ud800");
        String url = stack.url(operation.service) + request.path();
        HttpResponse<String> response = send(method, url, request.token(), body);
        int status = response.statusCode();
        if (status / 100 == 2) {
            if (value == null && HostileCases.isOptional(openApi, openApi.path("document"), field)) {
                return new Judged(Outcome.ABSENT, null);
            }
            if (operation.ignored.containsKey(field)) {
                return new Judged(Outcome.IGNORED, null);
            }
            JsonNode sent = HostileCases.at(json.readTree(body), field);
            return readBack(response, request, operation, field, sent)
                    ? new Judged(Outcome.STORED, null)
                    : new Judged(Outcome.WRONG, "accepted, but read back " + abbreviate(response.body()), true);
        }
        ValidRequests.Justified justified = operation.justified.get(field);
        if (justified != null && justified.status() == status
                && response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return new Judged(status == 403 ? Outcome.FORBIDDEN : Outcome.CONFLICT, null);
        }
        if (status != 400) {
            return new Judged(Outcome.WRONG, status + " " + abbreviate(response.body()));
        }
        String refused = judge(new HostileCases.Case(field, "application/json", body, status, null), response);
        if (refused != null) {
            return new Judged(Outcome.WRONG, refused);
        }
        List<String> names = json.readTree(response.body()).path("invalidParams").findValuesAsText("name");
        if (names.stream().allMatch(name -> name.equals(field) || name.startsWith(field + ".") || name.startsWith(field + "["))) {
            return new Judged(Outcome.NAMED, null);
        }
        List<String> related = operation.related.getOrDefault(field, List.of());
        if (names.stream().allMatch(name -> name.equals(field) || related.contains(name))) {
            return new Judged(Outcome.RELATED, null);
        }
        return new Judged(Outcome.WRONG, "400 naming " + names);
    }

    /**
     * Whether the value sent is what the service now shows: at the field's path in the resource (its Location, or the
     * answer itself), or, for text kept only in the audit trail, in an entry of it.
     */
    private boolean readBack(HttpResponse<String> response, ValidRequests.Valid request, ValidRequests.Operation operation,
                             String field, JsonNode sent) throws Exception {
        String base = stack.url(operation.service);
        List<String> shown = new ArrayList<>(List.of(response.body()));
        java.util.Optional<String> location = response.headers().firstValue("Location");
        if (location.isPresent()) {
            String absolute = location.get().startsWith("http") ? location.get()
                    : base.substring(0, base.length() - operation.service.basePath.length()) + location.get();
            HttpResponse<String> resource = send("GET", absolute, request.token(), null);
            if (resource.statusCode() == 200) {
                shown.add(resource.body());
            }
        }
        List<String> elsewhere = new ArrayList<>();
        operation.alsoShownAt.forEach(path -> elsewhere.add(read(base + path.apply(request.path()))));
        auditTrails(request.path()).forEach(trail -> shown.add(read(base + trail)));
        for (String text : shown) {
            if (shows(json.readTree(text), field, sent)) {
                return true;
            }
        }
        // a list the operation declares, where the value stands under its own name (a merger's population)
        String name = operation.shownAs.getOrDefault(field, field.substring(field.lastIndexOf('.') + 1));
        for (String text : elsewhere) {
            if (shows(json.readTree(text), field, sent) || shows(json.readTree(text), name, sent)) {
                return true;
            }
        }
        return false;
    }

    /** The document at the URL as the first reader allowed to see it, or an empty object. */
    private String read(String url) {
        try {
            for (String token : readers) {
                HttpResponse<String> read = send("GET", url, token, null);
                if (read.statusCode() == 200) {
                    return read.body();
                }
            }
            return "{}";
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether the field's value is in the document: at its path from the document or from any object within it (a
     * measure inside its plan); text also under another name (a retirement's reason as retirementReason, an
     * explanation inside an audit entry).
     */
    private static boolean shows(JsonNode document, String field, JsonNode sent) {
        if (sameValue(HostileCases.at(document, field), sent)
                || sent.isTextual() && document.isTextual() && !sent.asText().isBlank() && document.asText().contains(sent.asText())) {
            return true;
        }
        for (JsonNode child : document) {
            if (shows(child, field, sent)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> auditTrails(String path) {
        List<String> trails = new ArrayList<>();
        Matcher coupling = Pattern.compile("^/couplings/([^/]+)").matcher(path);
        if (coupling.find()) {
            trails.add("/couplings/" + coupling.group(1) + "/audit-trail?pageSize=100");
        }
        trails.add("/municipalities/" + ValidRequests.MUNICIPALITY + "/audit-trail?pageSize=100");
        return trails;
    }

    private static boolean sameValue(JsonNode shown, JsonNode sent) {
        if (shown.isNumber() && sent.isNumber()) {
            return shown.decimalValue().compareTo(sent.decimalValue()) == 0;
        }
        return shown.equals(sent);
    }

    /** "METHOD template" of every operation with a JSON request body, each with its OpenAPI operation and document. */
    private Map<String, JsonNode> jsonWriteOperations() throws Exception {
        Map<String, JsonNode> found = new TreeMap<>();
        for (Service service : Service.values()) {
            JsonNode document = json.readTree(get(stack.url(service) + "/openapi.json"));
            String base = AuthorisationMatrix.basePath(document);
            document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
                JsonNode body = operation.getValue().path("requestBody").path("content").path("application/json");
                // A batch (a JSON array) carries the items of an operation that takes one, judged field by field there.
                boolean batch = "array".equals(HostileCases.resolve(body.path("schema"), document).path("type").asText());
                if (WRITES.contains(operation.getKey()) && !body.isMissingNode() && !batch) {
                    com.fasterxml.jackson.databind.node.ObjectNode withDocument = operation.getValue().deepCopy();
                    withDocument.set("document", document);
                    found.put(operation.getKey().toUpperCase() + " " + base + path.getKey(), withDocument);
                }
            }));
        }
        return found;
    }

    private static String report(int operations, int cases, Map<String, Map<Outcome, Integer>> counts, long refusedYetStored,
                                 long acceptedNotReadBack, int doubleCounted, long seconds, long quietSeconds,
                                 int refused, long resendSeconds, List<String> failures) {
        StringBuilder text = new StringBuilder("# Hostile input: one hostile value in one field of a valid request\n\n")
                .append(operations).append(" write operations with a JSON body, ").append(cases).append(" cases, ")
                .append(seconds).append(" s, of which ").append(quietSeconds)
                .append(" s waiting for a quiet system to count rows in; the ").append(refused)
                .append(" refused cases sent again between two counts in ").append(resendSeconds)
                .append(" s, the waits included.\n\n| class of input |");
        for (Outcome outcome : Outcome.values()) {
            text.append(' ').append(outcome.label).append(" |");
        }
        text.append(" cases |\n|---|").append("---|".repeat(Outcome.values().length + 1)).append('\n');
        counts.forEach((kind, byOutcome) -> {
            text.append("| ").append(kind).append(" |");
            for (Outcome outcome : Outcome.values()) {
                text.append(' ').append(byOutcome.getOrDefault(outcome, 0)).append(" |");
            }
            text.append(' ').append(byOutcome.values().stream().mapToInt(Integer::intValue).sum()).append(" |\n");
        });
        text.append("\nLost: ").append(refusedYetStored).append(" rows stored by refused cases, ").append(acceptedNotReadBack)
                .append(" accepted cases not read back. Double-counted: ").append(doubleCounted).append(" cases.\n");
        if (!failures.isEmpty()) {
            text.append("\n## Failures\n\n");
            failures.forEach(failure -> text.append("- ").append(abbreviate(failure).replace("\n", " ")).append('\n'));
        }
        return text.toString();
    }

    private static String describe(Object value) {
        String text = String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 12) + "... (" + text.length() + " characters)" : text;
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

    private String tokenFor(JsonNode operation) {
        DevelopmentIssuer issuer = stack.issuer();
        List<String> roles = new ArrayList<>();
        operation.path("security").forEach(requirement -> requirement.fields()
                .forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText()))));
        String role = roles.isEmpty() ? "rijk" : roles.get(0);
        return switch (role) {
            case "municipality" -> issuer.municipality("GM0141");
            case "province" -> issuer.province("PV23");
            case "province-administrator" -> issuer.token("beheerder-PV23", "province-administrator", Map.of("province", "PV23"));
            case "corporation" -> issuer.corporation("beter-wonen");
            case "coa" -> issuer.coa();
            default -> issuer.rijk();
        };
    }

    private static String concrete(String template) {
        Matcher parameter = PATH_PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            // The sample province's own code where the path names a province, as its caller's token does.
            String value = parameter.group(1).equals("code") && template.substring(0, parameter.start()).endsWith("/provinces/")
                    ? "PV23" : AuthorisationMatrix.defaultSample(parameter.group(1));
            parameter.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        parameter.appendTail(path);
        return path.toString();
    }

    private HttpResponse<String> send(String method, String url, String token, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        if (json == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return answered(method, url, request.build());
    }

    private HttpResponse<String> send(String method, String url, HostileCases.Case hostile, String token)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", hostile.contentType())
                .header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.ofString(hostile.body())).build();
        return answered(method, url, request);
    }

    /**
     * The answer to {@code request}; when there is none within its timeout, a failure that says which request and what
     * the databases and the services were doing meanwhile, so that a wait for a lock or a connection can be told from
     * a machine that is merely slow.
     */
    private HttpResponse<String> answered(String method, String url, HttpRequest request) throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new AssertionError(method + " " + url + " had no answer within " + request.timeout().orElseThrow().toSeconds()
                    + " s. The databases meanwhile:" + quiet.activity() + "\nThe services' threads: " + threadDumps(), e);
        }
    }

    /** Each service's threads as jcmd prints them, written beside the service logs; the files' directory. */
    private Path threadDumps() throws IOException, InterruptedException {
        Path directory = SystemStack.findProjectRoot().resolve("deploy/system-tests/target/service-logs");
        Files.createDirectories(directory);
        Path jcmd = Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("jcmd");
        for (Service service : Service.values()) {
            Path file = directory.resolve(service.name().toLowerCase() + "-threads-at-timeout.txt");
            new ProcessBuilder(jcmd.toString(), Long.toString(stack.process(service).pid()), "Thread.print")
                    .redirectErrorStream(true).redirectOutput(file.toFile()).start().waitFor();
        }
        return directory;
    }

    private String get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
