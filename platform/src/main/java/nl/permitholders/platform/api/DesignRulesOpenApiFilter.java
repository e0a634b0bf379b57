package nl.permitholders.platform.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Makes every service's OpenAPI document say what the service does under the NL GOV API Design Rules
 * (docs/architecture.md#apis), so that it passes the ADR Spectral ruleset without each resource repeating it:
 * <ul>
 * <li>one server, the base path with the major version ({@code /quota/v1}), and paths relative to it;</li>
 * <li>the {@code API-Version} header on every response (/core/version-header);</li>
 * <li>errors as {@code application/problem+json} with status, title and detail (/core/error-handling), an RFC 9457
 * problem with its optional {@code instance} and open to extension members: every
 * documented 4xx/5xx gets the {@code Problem} schema, and every operation documents the errors that
 * {@link ProblemMappers} gives any operation of its kind: 400 (with {@code invalidParams}) wherever there is input,
 * 404 wherever the path names a resource, 500 everywhere, and 503 with {@code Retry-After} everywhere (the database
 * unreachable or busy, {@link DatabaseUnavailable}, {@link DatabaseBusy}). A 409 is specific to an endpoint: a resource declares it
 * with {@code @APIResponse(responseCode = "409", ref = "Conflict")} (which, like any {@code @APIResponse}, means its
 * success response must be declared too);</li>
 * <li>schema names in UpperCamelCase and none named after a Java type: a UUID, LocalDate, Instant or OffsetDateTime
 * becomes an inline string with its format ({@code uuid}, {@code date}, {@code date-time}) instead of a component
 * named after the type, which a generated client would have to rename.</li>
 * </ul>
 * The base path is the folder of {@code quarkus.smallrye-openapi.path}, which is {@code <base>/openapi.json} in
 * every service.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class DesignRulesOpenApiFilter implements OASFilter {

    public static final String VERSION_HEADER = "API-Version";
    public static final String PROBLEM = "Problem";
    public static final String INVALID_PARAM = "InvalidParam";
    public static final String BAD_REQUEST = "BadRequest";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String INTERNAL_SERVER_ERROR = "InternalServerError";
    public static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";
    public static final String RETRY_AFTER_HEADER = "Retry-After";

    private static final String SCHEMAS = "#/components/schemas/";
    /** Java types the scanner makes components of; written inline as the strings they are on the wire. */
    private static final Map<String, String> INLINE_FORMATS = Map.of(
            "UUID", "uuid", "LocalDate", "date", "Instant", "date-time", "OffsetDateTime", "date-time");
    private static final Map<String, String> SHARED_RESPONSES = Map.of(
            "400", BAD_REQUEST, "404", NOT_FOUND, "409", CONFLICT, "500", INTERNAL_SERVER_ERROR,
            "503", SERVICE_UNAVAILABLE);
    private static final Map<String, String> REASON_PHRASES = Map.of(
            "400", "Bad Request", "404", "Not Found", "409", "Conflict", "500", "Internal Server Error",
            "503", "Service Unavailable");

    private final Optional<String> basePath;

    public DesignRulesOpenApiFilter() {
        this(ConfigProvider.getConfig().getOptionalValue("quarkus.smallrye-openapi.path", String.class)
                .map(DesignRulesOpenApiFilter::folderOf));
    }

    DesignRulesOpenApiFilter(Optional<String> basePath) {
        this.basePath = basePath.filter(path -> !path.isEmpty() && !path.equals("/"));
    }

    static String folderOf(String documentPath) {
        int slash = documentPath.lastIndexOf('/');
        return slash <= 0 ? "" : documentPath.substring(0, slash);
    }

    @Override
    public Schema filterSchema(Schema schema) {
        String ref = schema.getRef();
        String format = ref != null && ref.startsWith(SCHEMAS) ? INLINE_FORMATS.get(ref.substring(SCHEMAS.length())) : null;
        if (format != null) {
            schema.setRef(null);
            schema.setType(List.of(SchemaType.STRING));
            schema.setFormat(format);
        }
        return schema;
    }

    /** Called once, after every other filter method. */
    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(OASFactory.createComponents());
        }
        Components components = openApi.getComponents();
        if (components.getSchemas() != null) {
            INLINE_FORMATS.keySet().forEach(components::removeSchema);
        }
        String version = openApi.getInfo() == null ? null : openApi.getInfo().getVersion();
        components.addHeader(VERSION_HEADER, versionHeader(version));
        components.addSchema(INVALID_PARAM, invalidParamSchema());
        components.addSchema(PROBLEM, problemSchema());
        components.addResponse(BAD_REQUEST, problemResponse(
                "Invalid input: invalidParams names every parameter or field at fault, with the reason",
                invalidInputExample()));
        components.addResponse(NOT_FOUND, problemResponse("No resource at this address", null));
        components.addResponse(CONFLICT, problemResponse(
                "Refused because of the current state of the resource; detail says why", null));
        components.addResponse(INTERNAL_SERVER_ERROR, problemResponse(
                "An unexpected failure; it has been logged and nothing about it is disclosed", null));
        components.addResponse(SERVICE_UNAVAILABLE, problemResponse(
                "The service cannot reach its database, or it is too busy, just now: try again after Retry-After "
                        + "seconds; a change was saved only if a later read shows it", null)
                .addHeader(RETRY_AFTER_HEADER, OASFactory.createHeader()
                        .description("seconds to wait before trying again")
                        .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).minimum(java.math.BigDecimal.ONE))));

        basePath.ifPresent(base -> relativeToServer(openApi, base));
        if (openApi.getPaths() != null && openApi.getPaths().getPathItems() != null) {
            openApi.getPaths().getPathItems().values().forEach(this::documentResponses);
        }
    }

    /** One server, the base path; a path outside it (none today) keeps its full path under a server of its own. */
    private static void relativeToServer(OpenAPI openApi, String base) {
        openApi.setServers(new ArrayList<>(List.of(OASFactory.createServer().url(base)
                .description("This API, relative to the host that serves this document"))));
        Paths paths = openApi.getPaths();
        if (paths == null || paths.getPathItems() == null) {
            return;
        }
        Map<String, PathItem> relative = new LinkedHashMap<>();
        paths.getPathItems().forEach((path, item) -> {
            if (path.equals(base)) {
                relative.put("/", item);
            } else if (path.startsWith(base + "/")) {
                relative.put(path.substring(base.length()), item);
            } else {
                item.setServers(new ArrayList<>(List.of(OASFactory.createServer().url("/")
                        .description("The root of the host, outside this API's base path"))));
                relative.put(path, item);
            }
        });
        paths.setPathItems(relative);
    }

    private void documentResponses(PathItem item) {
        if (item.getOperations() == null) {
            return;
        }
        item.getOperations().forEach((method, operation) -> {
            if (operation.getResponses() == null) {
                operation.setResponses(OASFactory.createAPIResponses());
            }
            APIResponses responses = operation.getResponses();
            if (takesInput(method, item, operation) && !responses.hasAPIResponse("400")) {
                responses.addAPIResponse("400", OASFactory.createAPIResponse().ref(BAD_REQUEST));
            }
            if (namesAResource(item, operation) && !responses.hasAPIResponse("404")) {
                responses.addAPIResponse("404", OASFactory.createAPIResponse().ref(NOT_FOUND));
            }
            if (!responses.hasAPIResponse("500")) {
                responses.addAPIResponse("500", OASFactory.createAPIResponse().ref(INTERNAL_SERVER_ERROR));
            }
            if (!responses.hasAPIResponse("503")) {
                responses.addAPIResponse("503", OASFactory.createAPIResponse().ref(SERVICE_UNAVAILABLE));
            }
            Map.copyOf(responses.getAPIResponses()).forEach((status, response) -> {
                String shared = SHARED_RESPONSES.get(status);
                if (shared != null && isBare(status, response)) {
                    responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(shared));
                } else {
                    conform(status, response);
                }
            });
        });
    }

    /** Declared without content or a description of its own, as the scanner adds a 400 for a validated body. */
    private static boolean isBare(String status, APIResponse response) {
        boolean noContent = response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty();
        String description = response.getDescription();
        return response.getRef() == null && noContent && (response.getHeaders() == null || response.getHeaders().isEmpty())
                && (description == null || description.isBlank() || description.equalsIgnoreCase(REASON_PHRASES.get(status)));
    }

    /** A response declared in place: it carries the version header, and an error is a problem document. */
    private static void conform(String status, APIResponse response) {
        if (response.getRef() != null) {
            return;
        }
        if (response.getHeaders() == null || !response.getHeaders().containsKey(VERSION_HEADER)) {
            response.addHeader(VERSION_HEADER, OASFactory.createHeader().ref(VERSION_HEADER));
        }
        if (isError(status)) {
            boolean problemDocumented = response.getContent() != null && response.getContent().getMediaTypes() != null
                    && response.getContent().hasMediaType(Problem.MEDIA_TYPE);
            if (!problemDocumented) {
                response.setContent(problemContent(null));
            } else {
                response.getContent().getMediaType(Problem.MEDIA_TYPE).setSchema(problemRef());
            }
            if (response.getDescription() == null || response.getDescription().isBlank()) {
                response.setDescription("Refused; the problem document says why");
            }
        }
    }

    private static boolean isError(String status) {
        return status.length() == 3 && (status.charAt(0) == '4' || status.charAt(0) == '5');
    }

    /** Writes always take input; a read or delete does when it has parameters (/core/error-handling/invalid-input). */
    private static boolean takesInput(PathItem.HttpMethod method, PathItem item, Operation operation) {
        if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.DELETE
                && method != PathItem.HttpMethod.HEAD && method != PathItem.HttpMethod.OPTIONS) {
            return true;
        }
        return operation.getRequestBody() != null || !parameters(item, operation).isEmpty();
    }

    private static boolean namesAResource(PathItem item, Operation operation) {
        return parameters(item, operation).stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
    }

    private static List<Parameter> parameters(PathItem item, Operation operation) {
        List<Parameter> all = new ArrayList<>();
        if (item.getParameters() != null) {
            all.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            all.addAll(operation.getParameters());
        }
        return all;
    }

    private static Header versionHeader(String version) {
        Header header = OASFactory.createHeader()
                .description("The full version of this API (semantic versioning); on every response")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING));
        if (version != null) {
            header.setExample(version);
        }
        return header;
    }

    private static APIResponse problemResponse(String description, Object example) {
        return OASFactory.createAPIResponse()
                .description(description)
                .addHeader(VERSION_HEADER, OASFactory.createHeader().ref(VERSION_HEADER))
                .content(problemContent(example));
    }

    private static Content problemContent(Object example) {
        var mediaType = OASFactory.createMediaType().schema(problemRef());
        if (example != null) {
            mediaType.setExample(example);
        }
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, mediaType);
    }

    private static Schema problemRef() {
        return OASFactory.createSchema().ref(PROBLEM);
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .description("An RFC 9457 problem document, the body of every error response")
                .addProperty("type", OASFactory.createSchema().addType(SchemaType.STRING).format("uri-reference")
                        .description("identifies the kind of problem; about:blank when the status says it all"))
                .addProperty("title", OASFactory.createSchema().addType(SchemaType.STRING)
                        .description("short summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599))
                        .description("the HTTP status code"))
                .addProperty("detail", OASFactory.createSchema().addType(SchemaType.STRING)
                        .description("what went wrong in this case, for the caller to act on"))
                .addProperty("instance", OASFactory.createSchema().addType(SchemaType.STRING).format("uri-reference")
                        .description("identifies this occurrence of the problem"))
                .addProperty("invalidParams", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref(INVALID_PARAM))
                        .description("on a 400: every parameter or field at fault"))
                // RFC 9457 section 3.2: a problem type may add members, and a client ignores those it does not know
                .additionalPropertiesBoolean(Boolean.TRUE)
                .required(new ArrayList<>(List.of("status", "title", "detail")));
    }

    private static Schema invalidParamSchema() {
        return OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .description("One violation in a request")
                .addProperty("name", OASFactory.createSchema().addType(SchemaType.STRING)
                        .description("the query or path parameter, header, or field of the body (a.b[0].c)"))
                .addProperty("reason", OASFactory.createSchema().addType(SchemaType.STRING)
                        .description("why it was refused"))
                .required(new ArrayList<>(List.of("name", "reason")));
    }

    private static Map<String, Object> invalidInputExample() {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "about:blank");
        example.put("title", "Invalid input");
        example.put("status", 400);
        example.put("detail", "2 parameters are invalid");
        example.put("invalidParams", List.of(invalidParam("pageSize", "must be at most 100"),
                invalidParam("period", "must be a half-year such as 2025-H1")));
        return example;
    }

    /** In a fixed order, so that the document is the same in every build. */
    private static Map<String, Object> invalidParam(String name, String reason) {
        Map<String, Object> param = new LinkedHashMap<>();
        param.put("name", name);
        param.put("reason", reason);
        return param;
    }
}
