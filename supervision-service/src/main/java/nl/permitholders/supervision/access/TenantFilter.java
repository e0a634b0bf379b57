package nl.permitholders.supervision.access;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import nl.permitholders.platform.api.Problem;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.platform.security.Tenancy;
import nl.permitholders.supervision.SupervisionApi;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The tenant check for every path that names a municipality or a province, before the request body is read or
 * validated: a caller of another tenant learns nothing, not even whether its input was valid. The resources check
 * a municipality again themselves ({@link ChecksMunicipalityAccess}).
 */
public class TenantFilter {

    private static final String MUNICIPALITIES = SupervisionApi.BASE + "/municipalities/";
    private static final String PROVINCES = SupervisionApi.BASE + "/provinces/";

    @Inject
    CurrentIdentityAssociation identity;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    @ServerRequestFilter
    public Uni<Response> checkTenant(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String code = request.getUriInfo().getPathParameters().getFirst("code");
        if (code == null || !(path.startsWith(MUNICIPALITIES) || path.startsWith(PROVINCES))) {
            return Uni.createFrom().nullItem();
        }
        return identity.getDeferredIdentity()
                // A token that cannot be verified is the security layer's to refuse (401), after this filter.
                .onFailure().recoverWithNull()
                .flatMap(identified -> {
                    if (identified == null || identified.isAnonymous() || !(identified.getPrincipal() instanceof JsonWebToken token)) {
                        return Uni.createFrom().<Response>nullItem();
                    }
                    Tenancy tenancy = Caller.tenancyOf(token);
                    Uni<Void> check = path.startsWith(MUNICIPALITIES) ? caller.requireMunicipality(tenancy, code)
                            : caller.requireProvince(tenancy, code);
                    // Fails closed: a lookup that fails fails the request (the problem mappers answer 503 with
                    // Retry-After when the database is unreachable or busy); it never lets the request through.
                    return check.replaceWith((Response) null)
                            .onFailure(ForbiddenException.class).recoverWithItem(this::forbidden);
                });
    }

    private Response forbidden(Throwable refusal) {
        try {
            return Response.status(403).type(Problem.MEDIA_TYPE)
                    .entity(json.writeValueAsString(Problem.of(403, "Forbidden", refusal.getMessage()))).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
