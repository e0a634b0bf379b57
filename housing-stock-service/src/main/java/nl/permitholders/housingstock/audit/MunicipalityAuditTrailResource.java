package nl.permitholders.housingstock.audit;

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
import nl.permitholders.housingstock.HousingStockApi;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageParams;
import nl.permitholders.platform.audit.AuditEntryView;
import nl.permitholders.platform.audit.AuditTrails;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Who changed what about one municipality's housing stock, and when, with the actor from the bearer token. Only the
 * municipality itself reads it, as it alone reads all of its housing stock.
 */
@Path(HousingStockApi.BASE + "/municipalities/{code}/audit-trail")
@Tag(name = "Audit trail")
public class MunicipalityAuditTrailResource {

    @Inject
    AuditTrails trails;

    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getMunicipalityAuditTrail", summary = "Who registered, corrected or retired the "
            + "municipality's units, reported its vacancies, allocated its units and set its agreements and capacity "
            + "projects, and when", description = "Newest first; each entry names the actor and roles from the bearer "
            + "token, the request, and the event the write published; corporations' writes included. Entries are never "
            + "changed or deleted. The municipality itself only (403 for another).")
    @RolesAllowed(Roles.MUNICIPALITY)
    public Uni<Page<AuditEntryView>> municipality(
            @PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
            @BeanParam PageParams paging) {
        return caller.requireMunicipality(code).chain(() -> trails.about(code, paging.request()));
    }
}
