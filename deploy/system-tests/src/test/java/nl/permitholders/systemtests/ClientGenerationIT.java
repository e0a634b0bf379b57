package nl.permitholders.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;
import org.junit.jupiter.api.Test;

/**
 * Integrators generate their clients from our OpenAPI documents. The build does so for every service (clients/generate,
 * OpenAPI Generator 7.17.0: a Java client, native with Jackson, and a TypeScript client, fetch) from the document each
 * service stored when it was built, fails on any generator warning about it, compiles the Java clients with these tests
 * and the TypeScript ones with tsc. Here, against the running services: what was generated from is what they serve,
 * and each operation became a client method named after its operationId.
 */
@SystemTestStack
class ClientGenerationIT {

    private final SystemStack stack;

    ClientGenerationIT(SystemStack stack) {
        this.stack = stack;
    }


    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = SystemStack.findProjectRoot();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    @Test
    void theClientsAreGeneratedFromTheDocumentsTheServicesServe() throws IOException {
        for (Service service : Service.values()) {
            JsonNode served = JSON.readTree(given().get(stack.url(service) + "/openapi.json").then().statusCode(200)
                    .extract().asString());
            Path stored = ROOT.resolve(service.module).resolve("target/openapi/openapi.json");
            assertThat(stored).as("the document %s stored when it was built", service.module).exists();
            assertThat(JSON.readTree(stored.toFile())).as("the document %s stored, against the one it serves", service.module)
                    .isEqualTo(served);
        }
    }

    @Test
    void everyOperationIsAMethodOfTheGeneratedJavaClientNamedAfterItsOperationId() throws Exception {
        for (Service service : Service.values()) {
            JsonNode document = JSON.readTree(given().get(stack.url(service) + "/openapi.json").then().statusCode(200)
                    .extract().asString());
            List<String> unnamed = new ArrayList<>();
            Set<String> operationIds = new TreeSet<>();
            document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
                if (METHODS.contains(operation.getKey())) {
                    JsonNode id = operation.getValue().path("operationId");
                    if (id.isTextual()) {
                        operationIds.add(id.asText());
                    } else {
                        unnamed.add(operation.getKey().toUpperCase() + " " + path.getKey());
                    }
                }
            }));
            assertThat(unnamed).as("operations of %s without an operationId", service.module).isEmpty();
            assertThat(clientMethods(service)).as("methods of the Java client of %s", service.module)
                    .containsAll(operationIds);
        }
    }

    /**
     * A body or an answer that is one of several shapes ({@code oneOf}, {@code anyOf}) is what generators handle worst: a
     * Java client that does not compile, a decoder that cannot tell the shapes apart. Each operation takes one shape
     * and answers one per status.
     */
    @Test
    void everyBodyAndEveryAnswerHasOneShape() throws IOException {
        List<String> several = new ArrayList<>();
        for (Service service : Service.values()) {
            JsonNode document = JSON.readTree(given().get(stack.url(service) + "/openapi.json").then().statusCode(200)
                    .extract().asString());
            document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
                String where = service.module + " " + operation.getKey().toUpperCase() + " " + path.getKey();
                operation.getValue().path("requestBody").path("content").properties().forEach(media -> {
                    if (media.getValue().path("schema").has("oneOf") || media.getValue().path("schema").has("anyOf")) {
                        several.add(where + " body " + media.getKey());
                    }
                });
                operation.getValue().path("responses").properties().forEach(response ->
                        response.getValue().path("content").properties().forEach(media -> {
                            if (media.getValue().path("schema").has("oneOf") || media.getValue().path("schema").has("anyOf")) {
                                several.add(where + " " + response.getKey() + " " + media.getKey());
                            }
                        }));
            }));
        }
        assertThat(several).as("bodies and answers of several shapes").isEmpty();
    }

    /** The public methods of every API class of the service's generated Java client, compiled with these tests. */
    private static Set<String> clientMethods(Service service) throws ClassNotFoundException, IOException {
        String name = service.module.replace("-service", "");
        String apiPackage = "nl.permitholders.clients." + name.replace("-", "") + ".api";
        Path sources = Path.of(System.getProperty("generated-clients.directory",
                        ROOT.resolve("deploy/system-tests/target/generated-clients").toString()))
                .resolve("java").resolve(name).resolve("src/main/java").resolve(apiPackage.replace('.', '/'));
        Set<String> methods = new TreeSet<>();
        try (Stream<Path> files = Files.list(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith("Api.java")).toList()) {
                String simpleName = file.getFileName().toString().replace(".java", "");
                for (Method method : Class.forName(apiPackage + "." + simpleName).getMethods()) {
                    methods.add(method.getName());
                }
            }
        }
        assertThat(methods).as("API classes in %s", sources).isNotEmpty();
        return methods;
    }
}
