package nl.permitholders.placement.reunification;

import nl.permitholders.platform.api.DesignRulesOpenApiFilter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import nl.permitholders.placement.PlacementApi;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageParams;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.placement.reunification.ReunificationService.RecordReunification;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(PlacementApi.BASE + "/couplings/{couplingId}/reunifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reunifications")
public class ReunificationResource {

    @Inject
    ReunificationQueries queries;

    @Inject
    ReunificationService reunifications;

    public record ReunificationRequest(@NotNull @Min(1) @Max(30) Integer persons, @NotNull LocalDate arrivedOn) {
    }

    @RolesAllowed(Roles.MUNICIPALITY)
    @POST
    @Operation(operationId = "recordReunification",
            summary = "Record family members (nareizigers) who arrived to join the coupling's housed referent",
            description = "They count on arrivedOn for the referent's municipality (R5). Refused (409) when nobody of the "
                    + "coupling is housed by a placement that is not revoked, or when arrivedOn is before the first "
                    + "housing date; arrivedOn in the future is invalid (400). They join the referent (the coupling's first "
                    + "placement housed that is not revoked) where the referent lives: in temporary housing its persons had "
                    + "not moved on from by arrivedOn, they are in temporary housing too (temporary: true, "
                    + "joinedPlacementId), need follow-up housing, and move on when the referent's persons do. The "
                    + "coupling's own municipality only (403 for another).")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReunificationView.class)))
    @APIResponse(responseCode = "409", ref = DesignRulesOpenApiFilter.CONFLICT)
    public Uni<Response> arrive(@PathParam("couplingId") UUID couplingId, @Valid @NotNull ReunificationRequest request) {
        return reunifications.arrive(new RecordReunification(couplingId, request.persons(), request.arrivedOn()))
                .map(reunification -> PlacementApi.createdInCoupling(couplingId, "reunifications", reunification.id(), reunification));
    }

    @RolesAllowed({Roles.COA, Roles.MUNICIPALITY})
    @GET
    @Operation(operationId = "listReunifications",
            summary = "The family members who arrived to join the coupling's referent, by arrival date",
            description = "COA, and the coupling's own municipality (403 for another).")
    public Uni<Page<ReunificationView>> list(@PathParam("couplingId") UUID couplingId,
                                             @BeanParam PageParams paging) {
        return queries.list(couplingId, paging.request());
    }

    @RolesAllowed({Roles.COA, Roles.MUNICIPALITY})
    @GET
    @Path("/{id}")
    @Operation(operationId = "getReunification",
            summary = "Read a reunification", description = "COA, and the coupling's own municipality (403 for another).")
    public Uni<ReunificationView> get(@PathParam("couplingId") UUID couplingId, @PathParam("id") UUID id) {
        return queries.get(couplingId, id);
    }
}
