package nl.permitholders.placement.offer;

import nl.permitholders.platform.api.DesignRulesOpenApiFilter;
import nl.permitholders.platform.api.FreeText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.quarkus.panache.common.Sort;
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
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.permitholders.placement.PlacementApi;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageParams;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.placement.coupling.Coupling;
import nl.permitholders.placement.coupling.CouplingChange;
import nl.permitholders.placement.coupling.CouplingService;
import nl.permitholders.placement.coupling.CouplingLifecycle;
import nl.permitholders.placement.events.PlacementEvents.OfferDeclined;
import nl.permitholders.placement.events.PlacementEvents.UnitOffered;
import nl.permitholders.placement.matching.UnitFit;
import nl.permitholders.placement.placement.Placement;
import nl.permitholders.placement.unit.KnownUnit;
import nl.permitholders.placement.unit.UnitOccupancy;
import nl.permitholders.placement.unit.UnitSnapshot;
import nl.permitholders.platform.api.ConflictException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(PlacementApi.BASE + "/couplings/{couplingId}/offers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Offers")
public class OfferResource {

    @Inject
    CouplingService couplings;

    @Inject
    UnitOccupancy occupancy;

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
        return couplings.byMunicipality(couplingId, (coupling, today) -> {
            OfferRule.checkOfferedOn(request.offeredOn(), coupling.couplingDate, today);
            CouplingLifecycle.require(CouplingLifecycle.Step.OFFER_UNIT, coupling.status);
            return KnownUnit.lockRegistered(request.unitId())
                    .onItem().ifNull().failWith(() -> KnownUnit.unknown("unitId", request.unitId()))
                    .flatMap(unit -> occupancy.of(unit, couplingId, coupling.municipalityCode, request.offeredOn()))
                    .flatMap(unit -> Placement.personsHoused(couplingId).map(housed -> {
                        int persons = coupling.persons() - housed;
                        UnitFit.Judgement fit = UnitFit.judge(unit, coupling.householdType, persons, coupling.needsWheelchairAccess);
                        List<String> refusals = new ArrayList<>(unit.unavailability(coupling.municipalityCode, request.offeredOn()));
                        refusals.addAll(fit.misfits());
                        if (!refusals.isEmpty()) {
                            throw new ConflictException("Unit " + unit.id() + " cannot be offered to this coupling: "
                                    + String.join("; ", refusals) + ".");
                        }
                        Offer offer = newOffer(coupling, unit, persons, request.offeredOn());
                        coupling.status = CouplingLifecycle.offered(coupling.status);
                        return CouplingChange.answering(Response.created(URI.create(PlacementApi.BASE + "/couplings/" + couplingId
                                        + "/offers/" + offer.id)).entity(OfferView.of(offer)).build())
                                .creating(offer)
                                .publishing(UnitOffered.TYPE, new UnitOffered(offer.id, couplingId, coupling.municipalityCode,
                                        unit.id(), unit.type().name(), persons, offer.offeredOn))
                                .audited(offer.id, null, "unit " + unit.id() + " (" + unit.type()
                                        + ") offered on " + offer.offeredOn + " for " + persons + " persons: "
                                        + String.join("; ", fit.fitsBecause()));
                    }));
        });
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
        return couplings.byMunicipality(couplingId, (coupling, today) -> Offer.findIn(couplingId, offerId).map(offer -> {
            OfferRule.checkDeclinedOn(request.declinedOn(), offer.offeredOn, today);
            OfferRule.requireOpen(offer.status);
            coupling.status = CouplingLifecycle.declined(coupling.status);
            offer.close(OfferStatus.DECLINED, request.declinedOn());
            offer.declineReason = request.reason();
            return CouplingChange.answering(OfferView.of(offer))
                    .publishing(OfferDeclined.TYPE, new OfferDeclined(offer.id, couplingId, coupling.municipalityCode,
                            offer.unitId, offer.persons, offer.closedOn, offer.declineReason.name()))
                    .audited(offer.id, CouplingChange.reason(request.reason(), request.explanation()),
                            "offer of unit " + offer.unitId + " declined on " + offer.closedOn);
        }));
    }

    @RolesAllowed({Roles.COA, Roles.MUNICIPALITY})
    @GET
    @Operation(operationId = "listOffers", summary = "The offers made to a coupling, oldest first",
            description = "COA, and the coupling's own municipality (403 for another).")
    public Uni<Page<OfferView>> list(@PathParam("couplingId") UUID couplingId,
                                     @BeanParam PageParams paging) {
        return couplings.read(couplingId).flatMap(coupling -> Page.mapped(
                () -> Offer.<Offer>find("couplingId", Sort.by("offeredOn").and("recordedAt"), couplingId), paging.request(), OfferView::of));
    }

    @RolesAllowed({Roles.COA, Roles.MUNICIPALITY})
    @GET
    @Path("/{offerId}")
    @Operation(operationId = "getOffer",
            summary = "Read an offer", description = "COA, and the coupling's own municipality (403 for another).")
    public Uni<OfferView> get(@PathParam("couplingId") UUID couplingId, @PathParam("offerId") UUID offerId) {
        return couplings.read(couplingId).flatMap(coupling -> Offer.findIn(couplingId, offerId)).map(OfferView::of);
    }

    private static Offer newOffer(Coupling coupling, UnitSnapshot unit, int persons, LocalDate offeredOn) {
        Offer offer = new Offer();
        offer.id = UUID.randomUUID();
        offer.couplingId = coupling.id;
        offer.unitId = unit.id();
        offer.municipalityCode = coupling.municipalityCode;
        offer.persons = persons;
        offer.offeredOn = offeredOn;
        offer.status = OfferStatus.OPEN;
        offer.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return offer;
    }
}
