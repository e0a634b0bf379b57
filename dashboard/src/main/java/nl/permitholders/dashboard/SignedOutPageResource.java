package nl.permitholders.dashboard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Where the browser lands after signing out (quarkus-oidc's logout at /dashboard/afmelden ends the session here and
 * at the provider): a page that says so and offers to sign in again. Open to anyone: it shows nothing.
 */
@Path("/dashboard")
public class SignedOutPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signedOut();
    }

    @PermitAll
    @GET
    @Path("/afgemeld")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance signedOut() {
        return Templates.signedOut();
    }
}
