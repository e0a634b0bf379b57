package nl.permitholders.placement.coupling;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.permitholders.placement.PlacementApi;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.placement.coupling.CouplingService.CorrectCoupling;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(PlacementApi.BASE + "/couplings/{couplingId}/corrections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Couplings")
public class CorrectionResource {

    @Inject
    CouplingService couplings;

    /** The coupling's details as they should stand, and why they change. COA reference and municipality do not change. */
    public record CorrectionRequest(
            @NotNull @Min(0) @Max(30) Integer adults,
            @NotNull @Min(0) @Max(30) Integer minors,
            @NotNull HouseholdType householdType,
            @NotNull LocalDate permitDate,
            @NotNull LocalDate couplingDate,
            @Min(0) @Max(30) Integer expectedReunificationPersons,
            ReceptionRegion receptionRegion,
            Boolean ownRegion,
            Set<@NotNull SpecialNeed> specialNeeds,
            @NotBlank @Size(max = 500) String reason) {

        CouplingDetails details() {
            return CouplingDetails.of(adults, minors, householdType, permitDate, couplingDate, expectedReunificationPersons,
                    receptionRegion, ownRegion, specialNeeds);
        }
    }

    @RolesAllowed(Roles.COA)
    @POST
    @Operation(operationId = "correctCoupling", summary = "Correct a coupling's counts, dates, region or needs (COA)",
            description = "The body is the coupling as it should stand, with the reason for the correction (kept in the "
                    + "audit trail, not in events). 200 with the corrected coupling; nothing changes when nothing differs. "
                    + "Refused (409) for a CANCELLED coupling, with fewer persons than are already housed, or with a "
                    + "coupling date after the first housing date. Re-coupling to another municipality is a cancellation.")
    @APIResponse(responseCode = "200", description = "Corrected",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CouplingView.class)))
    @APIResponse(responseCode = "409", ref = DesignRulesOpenApiFilter.CONFLICT)
    public Uni<CouplingView> correct(@PathParam("couplingId") UUID couplingId, @Valid @NotNull CorrectionRequest request) {
        return couplings.correct(new CorrectCoupling(couplingId, request.details(), request.reason()));
    }
}
