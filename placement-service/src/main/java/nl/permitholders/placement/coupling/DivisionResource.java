package nl.permitholders.placement.coupling;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import nl.permitholders.placement.PlacementApi;
import nl.permitholders.placement.coupling.CouplingService.DivideCoupling;
import nl.permitholders.platform.api.DesignRulesOpenApiFilter;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(PlacementApi.BASE + "/couplings/{couplingId}/receiving-municipality")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Couplings")
public class DivisionResource {

    @Inject
    CouplingService couplings;

    public record ReceivingMunicipalityRequest(
            @Schema(description = "one of the municipalities the coupling's municipality was split over")
            @NotNull @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String municipalityCode) {
    }

    @RolesAllowed(Roles.COA)
    @PUT
    @Operation(operationId = "divideCoupling", summary = "Name the receiving municipality of a split municipality's open coupling (COA, R3)",
            description = "After a split (CBS's opsplitsing) the split municipality's open couplings are to be divided (\"te verdelen\"): "
                    + "every receiver lists them. COA names the receiver that houses the household; from then on that municipality "
                    + "lists the coupling and acts on it (dividedTo). The coupling keeps the municipality it was coupled to. "
                    + "400 naming municipalityCode when it is not one of the split's receivers; 409 when the coupling's municipality "
                    + "was not split, the split has not taken effect yet, or the coupling is housed or cancelled.")
    @APIResponse(responseCode = "200", description = "Divided (or already divided there)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CouplingView.class)))
    @APIResponse(responseCode = "409", ref = DesignRulesOpenApiFilter.CONFLICT)
    public Uni<CouplingView> divide(@PathParam("couplingId") UUID couplingId, @Valid @NotNull ReceivingMunicipalityRequest request) {
        return couplings.divide(new DivideCoupling(couplingId, request.municipalityCode()));
    }
}
