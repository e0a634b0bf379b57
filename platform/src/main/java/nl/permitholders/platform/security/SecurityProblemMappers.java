package nl.permitholders.platform.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import nl.permitholders.platform.api.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 and 403 as problem+json. Needs {@code quarkus.http.auth.proactive=false}, so that authentication happens inside
 * the REST layer where these mappers apply; the reason a token was refused stays in the log, not in the answer.
 */
public class SecurityProblemMappers {

    @Inject
    ObjectMapper json;

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return unauthorized("Send a valid bearer token in the Authorization header.");
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthorized("The bearer token is not valid: expired, not signed by the trusted issuer, or for another audience.");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        String detail = e.getMessage() != null && e.getMessage().startsWith("Your token")
                ? e.getMessage() : "Your role does not allow this request.";
        return respond(json, Problem.of(403, "Forbidden", detail)).build();
    }

    private Response unauthorized(String detail) {
        return respond(json, Problem.of(401, "Unauthorized", detail)).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    static Response.ResponseBuilder respond(ObjectMapper json, Problem problem) {
        try {
            return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
