package nl.permitholders.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;
import org.junit.jupiter.api.Test;

/**
 * The NL GOV API Design Rules (docs/architecture.md#apis) on the four packaged services as they run: every OpenAPI
 * document, as served at {@code <base>/openapi.json}, passes the ADR Spectral ruleset
 * (docs/api-design-rules/linter.yaml, Logius, CC BY 4.0) without errors; a URI with a trailing slash is a 404; no
 * browser origin gets CORS permission unless one is configured. Spectral is the pinned npm package the build installs
 * into target/spectral.
 */
@SystemTestStack
class ApiDesignRulesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = SystemStack.findProjectRoot();
    private static final Path DOCUMENTS = ROOT.resolve("deploy/system-tests/target/openapi");

    @Test
    void everyServiceServesAnOpenApiDocumentThatPassesTheAdrRulesetWithoutErrors(SystemStack stack) throws Exception {
        List<Path> documents = new ArrayList<>();
        for (Service service : Service.values()) {
            String document = given().get(stack.url(service) + "/openapi.json").then().statusCode(200).extract().asString();
            documents.add(write(service.module + ".json", document));
        }

        Lint lint = lint(documents);

        System.out.printf("Spectral (ADR ruleset) on %d documents: %d errors, %d warnings%n", documents.size(),
                lint.errors().size(), lint.warnings().size());
        lint.warnings().forEach(warning -> System.out.println("  warning " + warning));
        assertThat(lint.errors()).as("ADR ruleset errors in the served OpenAPI documents (written to %s)", DOCUMENTS)
                .isEmpty();
        assertThat(lint.exitCode()).as("spectral exit code").isZero();
    }

    /**
     * Each schema is named after its type. Where two types share a simple name, SmallRye numbers the second
     * ({@code DecisionView1}); which one gets the number depends on the order the classes are scanned in, so a client
     * generated from one build could find its types swapped in the next. Such types need names of their own.
     */
    @Test
    void noSchemaIsNamedByNumberForWantOfANameOfItsOwn(SystemStack stack) throws Exception {
        for (Service service : Service.values()) {
            String document = given().get(stack.url(service) + "/openapi.json").then().statusCode(200).extract().asString();
            JsonNode schemas = JSON.readTree(document).at("/components/schemas");
            List<String> names = new ArrayList<>();
            schemas.fieldNames().forEachRemaining(names::add);
            assertThat(names).as("schemas of %s", service.module).isNotEmpty()
                    .noneMatch(name -> name.matches(".*[A-Za-z][0-9]+"));
        }
    }

    /** The lint above can fail: the same ruleset catches a document without the version header and major version. */
    @Test
    void theRulesetRefusesADocumentWithoutVersionHeaderOrMajorVersionInItsServer(SystemStack stack) throws Exception {
        ObjectNode document = (ObjectNode) JSON.readTree(
                given().get(stack.url(Service.QUOTA) + "/openapi.json").then().statusCode(200).extract().asString());
        document.putArray("servers").addObject().put("url", "/quota");
        ObjectNode listed = (ObjectNode) document.at("/paths/~1municipalities/get/responses/200");
        assertThat(listed.remove("headers")).as("the version header of GET /municipalities").isNotNull();

        Lint lint = lint(List.of(write("broken.json", JSON.writeValueAsString(document))));

        assertThat(lint.exitCode()).isEqualTo(1);
        assertThat(lint.errors()).anyMatch(error -> error.contains("nlgov:include-major-version-in-uri"))
                .anyMatch(error -> error.contains("nlgov:missing-header"));
    }

    /** /core/no-trailing-slash: a 404 problem, not a redirect and not the resource. */
    @Test
    void aUriWithATrailingSlashIsNotFound(SystemStack stack) {
        for (Service service : Service.values()) {
            given().redirects().follow(false).get(stack.url(service) + "/openapi.json/").then()
                    .statusCode(404).contentType("application/problem+json").header("API-Version", "1.0.0");
        }
        given().redirects().follow(false).get(stack.url(Service.QUOTA) + "/municipalities/").then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(stack.issuer().rijk()).get(stack.url(Service.QUOTA) + "/municipalities").then().statusCode(200);
    }

    /** In production no origin is on the CORS allowlist until one is configured (quarkus.http.cors.origins). */
    @Test
    void noBrowserOriginGetsCorsPermissionUnlessConfigured(SystemStack stack) {
        for (Service service : Service.values()) {
            for (String origin : List.of("http://localhost:5173", "https://elsewhere.example.org")) {
                given().header("Origin", origin).header("Access-Control-Request-Method", "GET")
                        .options(stack.url(service) + "/openapi.json").then()
                        .statusCode(403).header("Access-Control-Allow-Origin", nullValue());
                given().header("Origin", origin).get(stack.url(service) + "/openapi.json").then()
                        .statusCode(403).header("Access-Control-Allow-Origin", nullValue());
            }
            given().get(stack.url(service) + "/openapi.json").then().statusCode(200);
        }
    }

    private static Path write(String name, String content) throws IOException {
        Files.createDirectories(DOCUMENTS);
        return Files.writeString(DOCUMENTS.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** Spectral's findings: errors and warnings as "file: rule at path: message". */
    record Lint(int exitCode, List<String> errors, List<String> warnings) {
    }

    private static Lint lint(List<Path> documents) throws IOException, InterruptedException {
        Path spectral = Path.of(System.getProperty("spectral.executable",
                ROOT.resolve("deploy/system-tests/target/spectral/node_modules/.bin/spectral").toString()));
        assertThat(spectral).as("Spectral, installed by the Maven build of deploy/system-tests (needs Node.js and npm)")
                .isExecutable();
        Path ruleset = ROOT.resolve("docs/api-design-rules/linter.yaml");
        List<String> command = new ArrayList<>(List.of(spectral.toString(), "lint", "--ruleset", ruleset.toString(),
                "--format", "json", "--quiet", "--fail-severity", "error"));
        documents.forEach(document -> command.add(document.toString()));
        Path output = Files.createTempFile(DOCUMENTS, "spectral", ".json");
        Path messages = DOCUMENTS.resolve("spectral.log");
        Process process = new ProcessBuilder(command).redirectOutput(output.toFile()).redirectError(messages.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("spectral finished within 2 minutes").isTrue();
        String findings = Files.readString(output);
        Files.delete(output);
        assertThat(process.exitValue()).as("spectral ran (0: no errors, 1: errors); see %s", messages).isIn(0, 1);

        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (JsonNode finding : JSON.readTree(findings)) {
            String described = Path.of(finding.path("source").asText()).getFileName() + ": " + finding.path("code").asText()
                    + " at " + String.join(".", JSON.convertValue(finding.path("path"), String[].class)) + ": "
                    + finding.path("message").asText();
            switch (finding.path("severity").asInt()) {
                case 0 -> errors.add(described);
                case 1 -> warnings.add(described);
                default -> {
                }
            }
        }
        return new Lint(process.exitValue(), errors, warnings);
    }
}
