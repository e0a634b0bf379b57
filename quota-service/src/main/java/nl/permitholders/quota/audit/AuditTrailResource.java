package nl.permitholders.quota.audit;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageParams;
import nl.permitholders.platform.audit.AuditEntryView;
import nl.permitholders.platform.audit.AuditTrails;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.quota.QuotaApi;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who changed what in quota-service, and when: every write, with the actor from the bearer token; for the Rijk. */
@Path(QuotaApi.BASE + "/audit-trail")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail")
public class AuditTrailResource {

    @Inject
    AuditTrails trails;

    @RolesAllowed(Roles.RIJK)
    @GET
    @Operation(operationId = "getAuditTrail", summary = "Every change made in quota-service, newest first",
            description = "Including national totals and provinces, which belong to no single municipality. The Rijk only.")
    public Uni<Page<AuditEntryView>> all(@BeanParam PageParams paging) {
        return trails.all(paging.request());
    }
}
