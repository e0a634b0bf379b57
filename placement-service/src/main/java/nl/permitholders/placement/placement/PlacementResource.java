package nl.permitholders.placement.placement;

import nl.permitholders.platform.api.DesignRulesOpenApiFilter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.quarkus.panache.common.Sort;
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
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
import nl.permitholders.placement.events.PlacementEvents.PlacementRecorded;
import nl.permitholders.placement.offer.Offer;
import nl.permitholders.placement.offer.OfferRule;
import nl.permitholders.placement.offer.OfferStatus;
import nl.permitholders.placement.unit.KnownUnit;
import nl.permitholders.placement.unit.UnitOccupancy;
import nl.permitholders.placement.unit.UnitSnapshot;
import nl.permitholders.placement.unit.UnitType;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.api.InvalidInputException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(PlacementApi.BASE + "/couplings/{couplingId}/placements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Placements")
public class PlacementResource {

    @Inject
    CouplingService couplings;

    @Inject
    UnitOccupancy occupancy;

    /** Which housing is temporary: see {@link FollowUpHousing} and docs/configuration.md. */
    @ConfigProperty(name = "placement.flex-homes-are-temporary-housing", defaultValue = "false")
    boolean flexHomesAreTemporary;

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
        return couplings.byMunicipality(couplingId, (coupling, today) -> {
            CouplingLifecycle.require(CouplingLifecycle.Step.RECORD_PLACEMENT, coupling.status);
            return Placement.personsHoused(couplingId).flatMap(housed -> {
                PlacementRule.check(coupling.persons(), coupling.couplingDate, housed, request.persons(), request.housedOn(), today);
                return unit(coupling, request).flatMap(unit -> {
                    Placement placement = newPlacement(coupling, request, unit, FollowUpHousing.of(flexHomesAreTemporary));
                    int housedAfter = housed + placement.persons;
                    return Offer.findOpen(couplingId).map(openOffer -> {
                        boolean offerOpen = false;
                        if (openOffer != null) {
                            OfferStatus outcome = OfferRule.afterPlacement(openOffer.unitId, placement.unitId,
                                    housedAfter >= coupling.persons());
                            if (outcome != OfferStatus.OPEN) {
                                openOffer.close(outcome, outcome == OfferStatus.ACCEPTED ? placement.housedOn : today);
                            }
                            offerOpen = outcome == OfferStatus.OPEN;
                        }
                        coupling.status = CouplingLifecycle.settled(coupling.status, offerOpen, housedAfter, coupling.persons());
                        return CouplingChange.answering(Response.created(URI.create(PlacementApi.BASE + "/couplings/" + couplingId
                                        + "/placements/" + placement.id)).entity(PlacementView.of(placement)).build())
                                .creating(placement)
                                .publishing(PlacementRecorded.TYPE, recorded(placement))
                                .audited(placement.id, null,
                                        describe(placement) + "; coupling " + coupling.status);
                    });
                });
            });
        });
    }

    @RolesAllowed({Roles.COA, Roles.MUNICIPALITY})
    @GET
    @Operation(operationId = "listPlacements",
            summary = "The placements of a coupling, revoked ones included, in order of housing",
            description = "COA, and the coupling's own municipality (403 for another).")
    public Uni<Page<PlacementView>> list(@PathParam("couplingId") UUID couplingId,
                                         @BeanParam PageParams paging) {
        return couplings.read(couplingId).flatMap(coupling -> Page.mapped(
                () -> Placement.<Placement>find("couplingId", Sort.by("housedOn").and("recordedAt"), couplingId), paging.request(), PlacementView::of));
    }

    @RolesAllowed({Roles.COA, Roles.MUNICIPALITY})
    @GET
    @Path("/{id}")
    @Operation(operationId = "getPlacement",
            summary = "Read a placement", description = "COA, and the coupling's own municipality (403 for another).")
    public Uni<PlacementView> get(@PathParam("couplingId") UUID couplingId, @PathParam("id") UUID id) {
        return couplings.read(couplingId).flatMap(coupling -> Placement.findIn(couplingId, id)).map(PlacementView::of);
    }

    /** The named unit, locked and checked for room; null when the placement names none. */
    private Uni<UnitSnapshot> unit(Coupling coupling, PlacementRequest request) {
        if (request.unitId() == null) {
            return Uni.createFrom().nullItem();
        }
        return KnownUnit.lockRegistered(request.unitId())
                .onItem().ifNull().failWith(() -> KnownUnit.unknown("unitId", request.unitId()))
                .flatMap(unit -> occupancy.of(unit, coupling.id, coupling.municipalityCode, request.housedOn()))
                .invoke(unit -> {
                    if (request.unitType() != null && request.unitType() != unit.type()) {
                        throw InvalidInputException.of("unitType", "is " + request.unitType() + " but unit " + unit.id()
                                + " is " + unit.type() + "; leave unitType out when giving unitId");
                    }
                    List<String> obstacles = unit.obstaclesToPlacing(coupling.municipalityCode, request.persons(), request.housedOn());
                    if (!obstacles.isEmpty()) {
                        throw new ConflictException("The persons cannot be placed in unit " + unit.id() + ": "
                                + String.join("; ", obstacles) + ".");
                    }
                });
    }

    private static Placement newPlacement(Coupling coupling, PlacementRequest request, UnitSnapshot unit, FollowUpHousing followUp) {
        Placement placement = new Placement();
        placement.id = UUID.randomUUID();
        placement.couplingId = coupling.id;
        placement.municipalityCode = coupling.municipalityCode;
        placement.persons = request.persons();
        placement.housedOn = request.housedOn();
        placement.unitId = unit == null ? null : unit.id();
        placement.unitType = unit == null ? request.unitType() : unit.type();
        placement.temporary = followUp.needsFollowUp(placement.unitType);
        placement.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return placement;
    }

    private static PlacementRecorded recorded(Placement p) {
        return new PlacementRecorded(p.id, p.couplingId, p.municipalityCode, p.persons, p.housedOn, p.unitId,
                p.unitType == null ? null : p.unitType.name(), p.temporary);
    }

    static String describe(Placement p) {
        return (p.persons == 1 ? "1 person" : p.persons + " persons") + " housed on " + p.housedOn
                + (p.unitId != null ? " in unit " + p.unitId + " (" + p.unitType + ")" : p.unitType != null ? " (" + p.unitType + ")" : "");
    }
}
