package nl.permitholders.placement.coupling;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import nl.permitholders.placement.Today;
import nl.permitholders.placement.events.PlacementEvents.CouplingRegistered;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.outbox.Outbox;
import nl.permitholders.platform.outbox.OutboxTransaction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(PlacementApi.BASE + "/couplings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Couplings")
public class CouplingResource {

    @Inject
    OutboxTransaction transaction;

    @Inject
    Outbox outbox;

    @Inject
    Today today;

    public record CouplingRequest(
            @NotNull @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "must be COA's pseudonymous reference: 1 to 64 letters, digits, '.', '_' or '-'")
            String coaReference,
            @NotNull @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String municipalityCode,
            @NotNull @Min(0) @Max(30) Integer adults,
            @NotNull @Min(0) @Max(30) Integer minors,
            @NotNull HouseholdType householdType,
            @NotNull LocalDate permitDate,
            @NotNull LocalDate couplingDate) {
    }

    public record CouplingView(UUID id, String coaReference, String municipalityCode, int adults, int minors, int persons,
                               HouseholdType householdType, LocalDate permitDate, LocalDate couplingDate,
                               CouplingStatus status, Instant registeredAt) {
        static CouplingView of(Coupling c) {
            return new CouplingView(c.id, c.coaReference, c.municipalityCode, c.adults, c.minors, c.persons(),
                    c.householdType, c.permitDate, c.couplingDate, c.status, c.registeredAt);
        }
    }

    @POST
    @Operation(summary = "Register a coupling of a household to a municipality (COA)",
            description = "201 with the new coupling. Registering the same coaReference again with the same data returns "
                    + "the existing coupling (200); with different data it is refused (409).")
    public Uni<Response> register(@Valid @NotNull CouplingRequest request) {
        Household.check(request.adults(), request.minors(), request.householdType(), request.permitDate(),
                request.couplingDate(), today.date()).throwIfAny();
        return transaction.runRetryingUniqueRace(() -> Coupling.findByCoaReference(request.coaReference()).flatMap(existing -> {
            if (existing != null) {
                if (!sameAs(existing, request)) {
                    throw new ConflictException("Coupling " + request.coaReference() + " is already registered with different data (id "
                            + existing.id + ").");
                }
                return Uni.createFrom().item(Response.ok(CouplingView.of(existing)).build());
            }
            Coupling coupling = newCoupling(request);
            return coupling.<Coupling>persist()
                    .call(() -> outbox.append(CouplingRegistered.TYPE, coupling.municipalityCode, new CouplingRegistered(
                            coupling.id, coupling.municipalityCode, coupling.adults, coupling.minors, coupling.persons(),
                            coupling.householdType.name(), coupling.permitDate, coupling.couplingDate)))
                    .replaceWith(() -> Response.created(URI.create(PlacementApi.BASE + "/couplings/" + coupling.id))
                            .entity(CouplingView.of(coupling)).build());
        }));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a coupling")
    public Uni<CouplingView> get(@PathParam("id") UUID id) {
        return Coupling.<Coupling>findById(id)
                .onItem().ifNull().failWith(() -> new ResourceNotFoundException("No coupling with id " + id + "."))
                .map(CouplingView::of);
    }

    private static Coupling newCoupling(CouplingRequest request) {
        Coupling coupling = new Coupling();
        coupling.id = UUID.randomUUID();
        coupling.coaReference = request.coaReference();
        coupling.municipalityCode = request.municipalityCode();
        coupling.adults = request.adults();
        coupling.minors = request.minors();
        coupling.householdType = request.householdType();
        coupling.permitDate = request.permitDate();
        coupling.couplingDate = request.couplingDate();
        coupling.status = CouplingStatus.COUPLED;
        coupling.registeredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return coupling;
    }

    private static boolean sameAs(Coupling c, CouplingRequest r) {
        return c.municipalityCode.equals(r.municipalityCode()) && c.adults == r.adults() && c.minors == r.minors()
                && c.householdType == r.householdType() && c.permitDate.equals(r.permitDate())
                && c.couplingDate.equals(r.couplingDate());
    }
}
