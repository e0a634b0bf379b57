package nl.permitholders.platform.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into {@code application/problem+json} (RFC 9457). Details name what the caller can fix;
 * stack traces, SQL and class names never leave the service.
 */
public class ProblemMappers {

    @Inject
    ObjectMapper json;

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e) {
        return respond(Problem.invalid(e.invalidParams()));
    }

    @ServerExceptionMapper
    public Response notFound(ResourceNotFoundException e) {
        return respond(Problem.of(404, "Not found", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e) {
        return respond(new Problem("about:blank", "Conflict", 409, e.getMessage(), e.invalidParams()));
    }

    @ServerExceptionMapper
    public Response eventTooLarge(EventTooLargeException e) {
        return respond(Problem.of(413, "Content Too Large", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response contentTooLarge(ContentTooLargeException e) {
        return respond(Problem.of(413, "Content Too Large", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<InvalidParam> params = e.getConstraintViolations().stream()
                .map(v -> new InvalidParam(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(InvalidParam::name))
                .collect(Collectors.toList());
        return respond(Problem.invalid(params));
    }

    /** More specific than Quarkus's own mapper for this type, which would answer without invalidParams. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return respond(Problem.invalid(List.of(describe(e))));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return respond(Problem.invalid(List.of(describe(e))));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response.Status.Family family = Response.Status.Family.familyOf(status);
        if (family != Response.Status.Family.CLIENT_ERROR && family != Response.Status.Family.SERVER_ERROR) {
            return e.getResponse();
        }
        if (e.getCause() instanceof JsonProcessingException jsonError) {
            return unreadableJson(jsonError);
        }
        Response.StatusType statusType = e.getResponse().getStatusInfo();
        return respond(Problem.of(status, statusType.getReasonPhrase(), publicDetail(status)));
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e) {
        if (e instanceof WebApplicationException w) {
            return webApplication(w);
        }
        if (DatabaseUnavailable.causedBy(e)) {
            // Almost always the transaction did not commit and the caller can simply try again; only a connection lost
            // during the commit itself leaves it unknown, so the detail says how to tell.
            LOG.warnf("Request refused while the database is unreachable: %s", e.getMessage());
            Response response = respond(Problem.of(503, "Service Unavailable",
                    "The service cannot reach its database just now. Try again shortly; a change was saved only if a later read shows it."));
            return Response.fromResponse(response).header("Retry-After", "5").build();
        }
        if (DatabaseBusy.causedBy(e)) {
            // Overload, not a fault: counted by http_server_requests_seconds_count{status="503"}, not logged per request.
            LOG.debugf("Request refused: no database connection became free in time: %s", e.getMessage());
            Response response = respond(Problem.of(503, "Service Unavailable",
                    "The service is too busy to handle this just now. Try again shortly; a change was saved only if a later read shows it."));
            return Response.fromResponse(response).header("Retry-After", "2").build();
        }
        LOG.error("Unexpected failure while handling a request", e);
        return respond(Problem.of(500, "Internal Server Error",
                "The request could not be handled; it has been logged. Nothing was changed unless a later read shows it."));
    }

    private static String publicDetail(int status) {
        return switch (status) {
            case 404 -> "No resource at this address.";
            case 405 -> "This method is not allowed on this resource.";
            case 406 -> "No acceptable representation; this API serves application/json.";
            case 413 -> "The request body is too large.";
            case 415 -> "Unsupported content type; send application/json.";
            default -> Response.Status.fromStatusCode(status) != null
                    ? Response.Status.fromStatusCode(status).getReasonPhrase()
                    : "Request failed with status " + status + ".";
        };
    }

    private static InvalidParam describe(JsonProcessingException e) {
        if (e instanceof RefusedValueException refused) {
            return new InvalidParam(path(refused), refused.reason());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new InvalidParam(path(unknown), "is not a known field");
        }
        if (e instanceof InvalidFormatException format) {
            return new InvalidParam(path(format), "has an invalid value '" + format.getValue() + "'"
                    + expected(format.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatch) {
            return new InvalidParam(path(mismatch).isEmpty() ? "body" : path(mismatch), "has the wrong type"
                    + expected(mismatch.getTargetType()));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new InvalidParam(path(mapping), "could not be read");
        }
        return new InvalidParam("body", "is not valid JSON");
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "";
        }
        if (type.isEnum()) {
            return "; expected one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (type == java.time.LocalDate.class) {
            return "; expected a date yyyy-mm-dd";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "; expected a number";
        }
        if (type == String.class) {
            return "; expected a string";
        }
        return "";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    /**
     * The path of the violating value inside what the caller sent: {@code changes[1].persons} within a body, the
     * parameter's name for a path or query parameter, never the method or argument that carried it.
     */
    static String fieldName(ConstraintViolation<?> violation) {
        String parameter = null;
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> path.setLength(0);
                case PARAMETER -> {
                    parameter = node.getName();
                    path.setLength(0);
                }
                case PROPERTY, CONTAINER_ELEMENT, BEAN -> {
                    if (node.isInIterable()) {
                        path.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                    }
                    if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                        path.append(path.isEmpty() ? "" : ".").append(node.getName());
                    }
                }
            }
        }
        if (!path.isEmpty()) {
            return path.toString();
        }
        return parameter != null ? parameter : violation.getPropertyPath().toString();
    }

    private Response respond(Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"title\":\"Internal Server Error\",\"status\":500}";
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
