package nl.permitholders.supervision.audit;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageParams;
import nl.permitholders.platform.audit.AuditEntryView;
import nl.permitholders.platform.audit.AuditTrails;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.supervision.SupervisionApi;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import nl.permitholders.supervision.access.ChecksMunicipalityAccess;

/**
 * Who recorded the province's ladder decisions, supervision regimes and action plans for a municipality, and when,
 * with the actor from the bearer token. The tenant (own province, the municipality itself) is checked by the TenantFilter, as on every path
 * that names a municipality.
 */
@Path(SupervisionApi.BASE + "/municipalities/{code}/audit-trail")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail")
@ChecksMunicipalityAccess
public class MunicipalityAuditTrailResource {

    @Inject
    AuditTrails trails;

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE, Roles.MUNICIPALITY})
    @GET
    @Operation(operationId = "getMunicipalityAuditTrail",
            summary = "Who recorded ladder decisions, supervision regimes and action plans for the municipality, and when",
            description = "Newest first; each entry names the actor and roles from the bearer token, the request, and the "
                    + "event the write published. Entries are never changed or deleted. The figures themselves come from "
                    + "the other services' events; their audit trails say who wrote those. The Rijk; the municipality's "
                    + "own province; the municipality itself (403 for another).")
    public Uni<Page<AuditEntryView>> list(
            @PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
            @BeanParam PageParams paging) {
        return trails.about(code, paging.request());
    }
}
