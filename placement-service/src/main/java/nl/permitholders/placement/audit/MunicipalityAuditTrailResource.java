package nl.permitholders.placement.audit;

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
import nl.permitholders.placement.PlacementApi;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageParams;
import nl.permitholders.platform.audit.AuditTrails;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A municipality's couplings' trail, newest first, as {@link AuditTrailResource} shows one coupling's. */
@Path(PlacementApi.BASE + "/municipalities/{code}/audit-trail")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail")
public class MunicipalityAuditTrailResource {

    @Inject
    AuditTrails trails;

    @Inject
    Caller caller;

    @RolesAllowed({Roles.COA, Roles.MUNICIPALITY})
    @Operation(operationId = "getMunicipalityAuditTrail",
            summary = "Who did what, when and why to the municipality's couplings, offers, placements and reunifications",
            description = "Every write of this service about the municipality's couplings, newest first, each with the "
                    + "actor from the bearer token, the role it acted in and the coupling it concerns. COA, and the "
                    + "municipality itself (403 for another).")
    @GET
    public Uni<Page<AuditEntryView>> list(
            @PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
            @BeanParam PageParams paging) {
        return caller.requireMunicipality(code).chain(() -> trails.about(code, paging.request(), AuditEntryView::of));
    }
}
