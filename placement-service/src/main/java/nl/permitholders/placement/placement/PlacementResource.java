package nl.permitholders.placement.placement;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import java.util.UUID;
import nl.permitholders.placement.PlacementApi;
import nl.permitholders.placement.coupling.Coupling;
import nl.permitholders.placement.coupling.CouplingStatus;
import nl.permitholders.placement.Today;
import nl.permitholders.placement.events.PlacementEvents.PlacementRecorded;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.outbox.Outbox;
import nl.permitholders.platform.outbox.OutboxTransaction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(PlacementApi.BASE + "/couplings/{couplingId}/placements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Placements")
public class PlacementResource {

    @Inject
    OutboxTransaction transaction;

    @Inject
    Outbox outbox;

    @Inject
    Today today;

    public record PlacementRequest(@NotNull @Min(1) @Max(30) Integer persons, @NotNull LocalDate housedOn) {
    }

    public record PlacementView(UUID id, UUID couplingId, String municipalityCode, int persons, LocalDate housedOn, Instant recordedAt) {
        static PlacementView of(Placement p) {
            return new PlacementView(p.id, p.couplingId, p.municipalityCode, p.persons, p.housedOn, p.recordedAt);
        }
    }

    @POST
    @Operation(summary = "Record that persons of a coupling were housed",
            description = "They count on housedOn for the coupling's municipality (R5). A household may be housed in parts; "
                    + "all placements together never exceed the coupling's persons (409).")
    public Uni<Response> place(@PathParam("couplingId") UUID couplingId, @Valid @NotNull PlacementRequest request) {
        return transaction.run(() -> Coupling.lockExisting(couplingId)
                .flatMap(coupling -> Placement.personsPlaced(couplingId).flatMap(placed -> {
                    PlacementRule.check(coupling.persons(), coupling.couplingDate, placed, request.persons(),
                            request.housedOn(), today.date());
                    Placement placement = new Placement();
                    placement.id = UUID.randomUUID();
                    placement.couplingId = couplingId;
                    placement.municipalityCode = coupling.municipalityCode;
                    placement.persons = request.persons();
                    placement.housedOn = request.housedOn();
                    placement.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
                    if (placed + request.persons() == coupling.persons()) {
                        coupling.status = CouplingStatus.HOUSED;
                    }
                    return placement.<Placement>persist()
                            .call(() -> outbox.append(PlacementRecorded.TYPE, placement.municipalityCode, new PlacementRecorded(
                                    placement.id, couplingId, placement.municipalityCode, placement.persons, placement.housedOn)))
                            .replaceWith(() -> Response.created(URI.create(PlacementApi.BASE + "/couplings/" + couplingId
                                    + "/placements/" + placement.id)).entity(PlacementView.of(placement)).build());
                })));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a placement")
    public Uni<PlacementView> get(@PathParam("couplingId") UUID couplingId, @PathParam("id") UUID id) {
        return Placement.<Placement>find("id = ?1 and couplingId = ?2", id, couplingId).firstResult()
                .onItem().ifNull().failWith(() -> new ResourceNotFoundException("No placement " + id + " in coupling " + couplingId + "."))
                .map(PlacementView::of);
    }
}
