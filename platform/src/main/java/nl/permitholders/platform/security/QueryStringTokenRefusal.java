package nl.permitholders.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.permitholders.platform.api.InvalidParam;
import nl.permitholders.platform.api.Problem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Tokens in a query string end up in access logs and browser histories; they are refused, not ignored. */
public class QueryStringTokenRefusal {

    @Inject
    ObjectMapper json;

    /** Token parameter names, as compared: lower case, without _ and - (access_token, ACCESS-TOKEN, accessToken). */
    static final Set<String> TOKEN_PARAMETERS = Set.of("accesstoken", "token", "idtoken", "jwt");

    @ServerRequestFilter(preMatching = true)
    public Response refuseTokenInQuery(ContainerRequestContext request) {
        for (String name : request.getUriInfo().getQueryParameters().keySet()) {
            if (namesAToken(name)) {
                return SecurityProblemMappers.respond(json, Problem.invalid(List.of(new InvalidParam(
                        name, "tokens are refused in the query string; send it as Authorization: Bearer <token>")))).build();
            }
        }
        return null;
    }

    static boolean namesAToken(String parameter) {
        return TOKEN_PARAMETERS.contains(parameter.toLowerCase(Locale.ROOT).replace("_", "").replace("-", ""));
    }
}
