package nl.permitholders.placement.waiting;

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
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(PlacementApi.BASE + "/municipalities/{code}/overdue-couplings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Waiting list")
public class OverdueCouplingsResource {

    @Inject
    WaitingQueries queries;

    @RolesAllowed({Roles.COA, Roles.MUNICIPALITY})
    @GET
    @Operation(operationId = "listOverdueCouplings",
            summary = "The municipality's overdue couplings (R8), longest overdue first",
            description = "Couplings with persons still unhoused 12 weeks after their coupling date, from that day on. "
                    + "weeksWaiting counts whole weeks since the permit, weeksSinceCoupling since the coupling date. COA, and the municipality itself (403 for another).")
    public Uni<Page<WaitingQueries.OverdueCoupling>> list(
            @PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
            @BeanParam PageParams paging) {
        return queries.overdue(code, paging.request());
    }
}
