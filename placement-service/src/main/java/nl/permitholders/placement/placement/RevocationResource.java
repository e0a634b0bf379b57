package nl.permitholders.placement.placement;

import nl.permitholders.platform.api.DesignRulesOpenApiFilter;
import nl.permitholders.platform.api.FreeText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import nl.permitholders.placement.PlacementApi;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.placement.placement.PlacementService.RevokePlacement;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(PlacementApi.BASE + "/couplings/{couplingId}/placements/{id}/revocation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Placements")
public class RevocationResource {

    @Inject
    PlacementService placements;

    /** The reason code travels in the PlacementRevoked event; {@code explanation} stays in this service (R9). */
    public record RevocationRequest(@NotNull RevocationReason reason,
            @Size(max = 500) @Pattern(regexp = FreeText.NOT_BLANK, message = FreeText.NOT_BLANK_MESSAGE)
            String explanation) {
    }

    @RolesAllowed(Roles.MUNICIPALITY)
    @POST
    @Operation(operationId = "revokePlacement", summary = "Revoke a placement registered in error",
            description = "It no longer counts at all, in its own half-year too (R5: it was registered in error), and frees its place in "
                    + "the unit; nothing is deleted. A HOUSED "
                    + "coupling is COUPLED again. The reason is a code, published in the event; the explanation stays in "
                    + "this service and its audit trail (R9). 200 with the revoked placement; 409 when it was revoked already. The "
                    + "coupling's own municipality only (403 for another).")
    @APIResponse(responseCode = "200", description = "Revoked; the placement stops counting",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlacementView.class)))
    @APIResponse(responseCode = "409", ref = DesignRulesOpenApiFilter.CONFLICT)
    public Uni<PlacementView> revoke(@PathParam("couplingId") UUID couplingId, @PathParam("id") UUID id,
                                     @Valid @NotNull RevocationRequest request) {
        return placements.revoke(new RevokePlacement(couplingId, id, request.reason(), request.explanation()));
    }
}
