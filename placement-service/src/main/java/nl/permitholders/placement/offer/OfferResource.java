package nl.permitholders.placement.offer;

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
import nl.permitholders.placement.offer.OfferService.DeclineOffer;
import nl.permitholders.placement.offer.OfferService.MakeOffer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(PlacementApi.BASE + "/couplings/{couplingId}/offers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Offers")
public class OfferResource {

    @Inject
    OfferQueries queries;

    @Inject
    OfferService offers;

    public record OfferRequest(@NotNull UUID unitId, @NotNull LocalDate offeredOn) {
    }

    /** {@code explanation} goes to the audit trail only; keep personal details out of it (R9). */
    public record DeclinationRequest(@NotNull DeclineReason reason, @NotNull LocalDate declinedOn,
                                     @Size(max = 500) @Pattern(regexp = FreeText.NOT_BLANK, message = FreeText.NOT_BLANK_MESSAGE)
                                     String explanation) {
    }

    @RolesAllowed(Roles.MUNICIPALITY)
    @POST
    @Operation(operationId = "makeOffer", summary = "Offer a unit from the housing stock to a coupling",
            description = "The unit must be known from housing-stock events, lie in the coupling's municipality, be in "
                    + "the stock on offeredOn and fit the persons still to be housed (see match suggestions); refused "
                    + "with 400 for an unknown unit and 409 when it does not fit. The coupling must be COUPLED (409 "
                    + "otherwise) and becomes OFFERED; the open offer reserves its places until it is accepted by a "
                    + "placement in the unit, declined or withdrawn. The coupling's own municipality only (403 for another).")
    @APIResponse(responseCode = "201", description = "Offered; Location names the offer",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OfferView.class)))
    @APIResponse(responseCode = "409", ref = DesignRulesOpenApiFilter.CONFLICT)
    public Uni<Response> offer(@PathParam("couplingId") UUID couplingId, @Valid @NotNull OfferRequest request) {
        return offers.offer(new MakeOffer(couplingId, request.unitId(), request.offeredOn()))
                .map(offer -> PlacementApi.createdInCoupling(couplingId, "offers", offer.id(), offer));
    }

    @RolesAllowed(Roles.MUNICIPALITY)
    @POST
    @Path("/{offerId}/declination")
    @Operation(operationId = "declineOffer",
            summary = "Decline an open offer, with a reason; the coupling is COUPLED again",
            description = "200 with the declined offer. Refused (409) unless the offer is OPEN. The coupling's own "
                    + "municipality only (403 for another).")
    @APIResponse(responseCode = "200", description = "Declined",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OfferView.class)))
    @APIResponse(responseCode = "409", ref = DesignRulesOpenApiFilter.CONFLICT)
    public Uni<OfferView> decline(@PathParam("couplingId") UUID couplingId, @PathParam("offerId") UUID offerId,
                                  @Valid @NotNull DeclinationRequest request) {
        return offers.decline(new DeclineOffer(couplingId, offerId, request.reason(), request.declinedOn(), request.explanation()));
    }

    @RolesAllowed({Roles.COA, Roles.MUNICIPALITY})
    @GET
    @Operation(operationId = "listOffers", summary = "The offers made to a coupling, oldest first",
            description = "COA, and the coupling's own municipality (403 for another).")
    public Uni<Page<OfferView>> list(@PathParam("couplingId") UUID couplingId,
                                     @BeanParam PageParams paging) {
        return queries.list(couplingId, paging.request());
    }

    @RolesAllowed({Roles.COA, Roles.MUNICIPALITY})
    @GET
    @Path("/{offerId}")
    @Operation(operationId = "getOffer",
            summary = "Read an offer", description = "COA, and the coupling's own municipality (403 for another).")
    public Uni<OfferView> get(@PathParam("couplingId") UUID couplingId, @PathParam("offerId") UUID offerId) {
        return queries.get(couplingId, offerId);
    }
}
