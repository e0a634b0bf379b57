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

/** A municipality's couplings still to be housed, as a waiting list and as its overdue couplings (R8). */
@Path(PlacementApi.BASE + "/municipalities/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Waiting list")
@RolesAllowed({Roles.COA, Roles.MUNICIPALITY})
public class WaitingListResource {

    @Inject
    WaitingQueries queries;

    @GET
    @Path("/waiting-list")
    @Operation(operationId = "getWaitingList",
            summary = "The municipality's couplings waiting for housing, longest waiting first",
            description = "Couplings COUPLED or OFFERED, by permit date, then coupling date. weeksWaiting counts whole "
                    + "weeks since the permit; housingDeadline is 12 weeks after the coupling date (R8). With its own, those of the "
                    + "municipalities merged into it, those divided to it after a split, and, marked toBeDivided (\"te verdelen\"), "
                    + "the open couplings of a municipality split over it and others until COA names their receiver (R3). "
                    + "COA, and the municipality itself (403 for another).")
    public Uni<Page<WaitingQueries.WaitingListEntry>> waitingList(
            @PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
            @BeanParam PageParams paging) {
        return queries.waitingList(code, paging.request());
    }

    @GET
    @Path("/overdue-couplings")
    @Operation(operationId = "listOverdueCouplings",
            summary = "The municipality's overdue couplings (R8), longest overdue first",
            description = "Couplings with persons still unhoused 12 weeks after their coupling date, from that day on. "
                    + "weeksWaiting counts whole weeks since the permit, weeksSinceCoupling since the coupling date. COA, and the municipality itself (403 for another).")
    public Uni<Page<WaitingQueries.OverdueCoupling>> overdue(
            @PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
            @BeanParam PageParams paging) {
        return queries.overdue(code, paging.request());
    }
}
