package nl.permitholders.placement.placement;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import nl.permitholders.placement.PlacementApi;
import nl.permitholders.platform.api.DesignRulesOpenApiFilter;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.placement.placement.PlacementService.RecordMoveOn;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(PlacementApi.BASE + "/couplings/{couplingId}/placements/{id}/follow-up-housing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Placements")
public class FollowUpHousingResource {

    @Inject
    PlacementService placements;

    public record MoveOnRequest(
            @Schema(description = "the day the persons moved on from temporary housing to follow-up housing")
            @NotNull LocalDate movedOn) {
    }

    @RolesAllowed(Roles.MUNICIPALITY)
    @POST
    @Operation(operationId = "recordFollowUpHousing",
            summary = "Record that the persons of a placement in temporary housing moved on to follow-up housing",
            description = "All persons of the placement moved on from temporary housing (temporary: true, e.g. an "
                    + "intermediate facility) on movedOn, neither in the future nor before they were housed (400), and with "
                    + "them the family members who joined them there (reunifications with joinedPlacementId this placement): "
                    + "movedOn is not before the last of them arrived (400). They "
                    + "stay housed (R5); supervision stops counting them as still needing follow-up housing from movedOn. "
                    + "Recorded once: 409 when they moved on already, when the placement is not in temporary housing or "
                    + "when it was revoked. 200 with the placement. The coupling's own municipality only (403 for another).")
    @APIResponse(responseCode = "200", description = "Recorded; the placement says movedOn",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlacementView.class)))
    @APIResponse(responseCode = "409", ref = DesignRulesOpenApiFilter.CONFLICT)
    public Uni<PlacementView> moveOn(@PathParam("couplingId") UUID couplingId, @PathParam("id") UUID id,
                                     @Valid @NotNull MoveOnRequest request) {
        return placements.moveOn(new RecordMoveOn(couplingId, id, request.movedOn()));
    }
}
