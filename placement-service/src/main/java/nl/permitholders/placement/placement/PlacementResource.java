package nl.permitholders.placement.placement;

import nl.permitholders.platform.api.DesignRulesOpenApiFilter;
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
import nl.permitholders.placement.placement.PlacementService.RecordPlacement;
import nl.permitholders.placement.unit.UnitType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(PlacementApi.BASE + "/couplings/{couplingId}/placements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Placements")
public class PlacementResource {

    @Inject
    PlacementQueries queries;

    @Inject
    PlacementService placements;

    public record PlacementRequest(
            @NotNull @Min(1) @Max(30) Integer persons,
            @NotNull LocalDate housedOn,
            @Schema(description = "the unit, known from housing-stock events, the persons move into")
            UUID unitId,
            @Schema(description = "the kind of housing when no unitId is given, e.g. INTERMEDIATE; with unitId it must match "
                    + "the unit. It decides whether the persons are in temporary housing and still need follow-up housing")
            UnitType unitType) {
    }

    @RolesAllowed(Roles.MUNICIPALITY)
    @POST
    @Operation(operationId = "recordPlacement", summary = "Record that persons of a coupling were housed",
            description = "They count on housedOn for the coupling's municipality (R5). A household may be housed in parts; "
                    + "all placements together never exceed the coupling's persons (409). With unitId the unit must be "
                    + "known from housing-stock events (400), lie in the municipality and have room (409): a SHARED unit "
                    + "holds one single per free room; places offered to other couplings are not free. Placing persons in "
                    + "the unit offered to them accepts the offer. The coupling must be COUPLED or OFFERED (409). The "
                    + "coupling's own municipality only (403 for another).")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the placement",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlacementView.class)))
    @APIResponse(responseCode = "409", ref = DesignRulesOpenApiFilter.CONFLICT)
    public Uni<Response> place(@PathParam("couplingId") UUID couplingId, @Valid @NotNull PlacementRequest request) {
        return placements.place(new RecordPlacement(couplingId, request.persons(), request.housedOn(), request.unitId(),
                        request.unitType()))
                .map(placement -> PlacementApi.createdInCoupling(couplingId, "placements", placement.id(), placement));
    }

    @RolesAllowed({Roles.COA, Roles.MUNICIPALITY})
    @GET
    @Operation(operationId = "listPlacements",
            summary = "The placements of a coupling, revoked ones included, in order of housing",
            description = "COA, and the coupling's own municipality (403 for another).")
    public Uni<Page<PlacementView>> list(@PathParam("couplingId") UUID couplingId,
                                         @BeanParam PageParams paging) {
        return queries.list(couplingId, paging.request());
    }

    @RolesAllowed({Roles.COA, Roles.MUNICIPALITY})
    @GET
    @Path("/{id}")
    @Operation(operationId = "getPlacement",
            summary = "Read a placement", description = "COA, and the coupling's own municipality (403 for another).")
    public Uni<PlacementView> get(@PathParam("couplingId") UUID couplingId, @PathParam("id") UUID id) {
        return queries.get(couplingId, id);
    }
}
