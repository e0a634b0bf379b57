package nl.permitholders.supervision.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller's token, whichever way they signed in: the API's bearer token (quarkus-smallrye-jwt) or the dashboard's
 * OIDC session (quarkus-oidc, its ID token). With both extensions present the injected {@link JsonWebToken} would be
 * quarkus-oidc's, which knows only its own sessions and gives a bearer caller an empty token; this gives the token
 * the request was authenticated with, and an empty one to an anonymous caller or outside a request.
 */
@ApplicationScoped
public class SignedInToken {

    @Produces
    @RequestScoped
    @Alternative
    @Priority(10) // above quarkus-oidc's own producer (an alternative of priority 2)
    JsonWebToken current(SecurityIdentity identity) {
        return !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token ? token : NONE;
    }

    private static final JsonWebToken NONE = new JsonWebToken() {
        @Override
        public String getName() {
            return null;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of();
        }

        @Override
        public <T> T getClaim(String claimName) {
            return null;
        }
    };
}
