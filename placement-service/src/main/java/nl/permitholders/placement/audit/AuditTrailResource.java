package nl.permitholders.placement.audit;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import nl.permitholders.placement.PlacementApi;
import nl.permitholders.placement.coupling.CouplingQueries;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageParams;
import nl.permitholders.platform.api.PageRequest;
import nl.permitholders.platform.audit.AuditTrails;
import nl.permitholders.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(PlacementApi.BASE + "/couplings/{couplingId}/audit-trail")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail")
public class AuditTrailResource {

    @Inject
    CouplingQueries couplings;

    @Inject
    AuditTrails trails;

    @RolesAllowed({Roles.COA, Roles.MUNICIPALITY})
    @GET
    @Operation(operationId = "getCouplingAuditTrail",
            summary = "Who did what to a coupling, its offers, placements and reunifications, when and why",
            description = "Oldest first. Read-only: entries are never changed or deleted. COA, and the coupling's own "
                    + "municipality (403 for another).")
    public Uni<Page<AuditEntryView>> list(@PathParam("couplingId") UUID couplingId,
                                          @BeanParam PageParams paging) {
        PageRequest page = paging.request();
        return couplings.readable(couplingId).flatMap(coupling -> trails.of(couplingId, page, AuditEntryView::of));
    }
}
