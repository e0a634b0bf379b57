package nl.permitholders.platform.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a query or path parameter with a NUL character (sent as {@code %00}), which PostgreSQL cannot store or
 * compare: a 400 naming the parameter, as {@link StrictJsonValues} does for a field of a body.
 */
public class NulInParameters {

    @ServerRequestFilter
    public void refuseNul(ContainerRequestContext request) {
        Violations violations = new Violations();
        check(request.getUriInfo().getPathParameters(), violations);
        check(request.getUriInfo().getQueryParameters(), violations);
        violations.throwIfAny();
    }

    private static void check(MultivaluedMap<String, String> parameters, Violations violations) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (parameter.getKey().indexOf('\u0000') >= 0) {
                violations.add("query", "a parameter name " + StrictJsonValues.NUL_REASON);
            } else if (parameter.getValue().stream().anyMatch(value -> value != null && value.indexOf('\u0000') >= 0)) {
                violations.add(parameter.getKey(), StrictJsonValues.NUL_REASON);
            }
        }
    }
}
