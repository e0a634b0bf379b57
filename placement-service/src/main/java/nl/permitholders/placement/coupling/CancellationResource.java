package nl.permitholders.placement.coupling;

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
import java.time.LocalDate;
import java.util.UUID;
import nl.permitholders.placement.PlacementApi;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.placement.coupling.CouplingService.CancelCoupling;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(PlacementApi.BASE + "/couplings/{couplingId}/cancellation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Couplings")
public class CancellationResource {

    @Inject
    CouplingService couplings;

    /** {@code explanation} goes to the audit trail only; keep personal details out of it (R9). */
    public record CancellationRequest(@NotNull CancellationReason reason, @NotNull LocalDate cancelledOn,
                                      @Size(max = 500) @Pattern(regexp = FreeText.NOT_BLANK, message = FreeText.NOT_BLANK_MESSAGE)
                                      String explanation) {
    }

    @RolesAllowed(Roles.COA)
    @POST
    @Operation(operationId = "cancelCoupling",
            summary = "Cancel a coupling: COA withdrew it or re-coupled the household to another municipality",
            description = "200 with the cancelled coupling. Its persons not yet housed are no longer this municipality's "
                    + "to house; persons already housed still count. An open offer is withdrawn. Refused (409) unless "
                    + "the coupling is COUPLED or OFFERED. A re-coupling is registered as a new coupling with its own "
                    + "coaReference.")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CouplingView.class)))
    @APIResponse(responseCode = "409", ref = DesignRulesOpenApiFilter.CONFLICT)
    public Uni<CouplingView> cancel(@PathParam("couplingId") UUID couplingId, @Valid @NotNull CancellationRequest request) {
        return couplings.cancel(new CancelCoupling(couplingId, request.reason(), request.cancelledOn(), request.explanation()));
    }
}
