package nl.permitholders.housingstock.unit;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.permitholders.housingstock.HousingStockApi;
import nl.permitholders.housingstock.events.HousingStockEvents.UnitRegistered;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.outbox.Outbox;
import nl.permitholders.platform.outbox.OutboxTransaction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(HousingStockApi.BASE + "/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Units")
public class UnitResource {

    /** Owners' ids end up in URLs and exports elsewhere, so only characters that need no escaping. */
    static final String SAFE_ID = "[A-Za-z0-9._:-]*";
    static final String SAFE_ID_MESSAGE = "may contain only letters, digits and . _ : -";

    @Inject
    OutboxTransaction transaction;

    @Inject
    Outbox outbox;

    public record UnitRequest(
            @NotBlank @Size(max = 100) @Pattern(regexp = SAFE_ID, message = SAFE_ID_MESSAGE) String externalId,
            @NotBlank @Size(max = 100) @Pattern(regexp = SAFE_ID, message = SAFE_ID_MESSAGE) String ownerId,
            @NotNull @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String municipalityCode,
            @NotNull UnitType type,
            @NotNull @Min(UnitRules.MIN_CAPACITY) @Max(UnitRules.MAX_CAPACITY) Integer capacity) {
    }

    public record UnitView(UUID id, String externalId, String ownerId, String municipalityCode, UnitType type,
                           int capacity, Instant registeredAt) {
        static UnitView of(Unit unit) {
            return new UnitView(unit.id, unit.externalId, unit.ownerId, unit.municipalityCode, unit.type, unit.capacity,
                    unit.registeredAt);
        }
    }

    @POST
    @Operation(summary = "Register a unit under its owner's own id",
            description = "201 when new. The same owner and id again with the same data is 200 and changes nothing; "
                    + "with different data it is 409.")
    public Uni<Response> register(@Valid @NotNull UnitRequest request) {
        UnitRules.check(request.type(), request.capacity()).throwIfAny();
        return transaction.runRetryingUniqueRace(() -> Unit.findByOwner(request.ownerId(), request.externalId()).flatMap(existing -> {
            if (existing != null) {
                requireSame(existing, request);
                return Uni.createFrom().item(Response.ok(UnitView.of(existing)).build());
            }
            Unit unit = new Unit();
            unit.id = UUID.randomUUID();
            unit.externalId = request.externalId();
            unit.ownerId = request.ownerId();
            unit.municipalityCode = request.municipalityCode();
            unit.type = request.type();
            unit.capacity = request.capacity();
            unit.registeredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            return unit.<Unit>persist()
                    .call(() -> outbox.append(UnitRegistered.TYPE, unit.municipalityCode, new UnitRegistered(unit.id,
                            unit.externalId, unit.ownerId, unit.municipalityCode, unit.type.name(), unit.capacity)))
                    .map(saved -> Response.created(URI.create(HousingStockApi.BASE + "/units/" + unit.id))
                            .entity(UnitView.of(unit)).build());
        }));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a unit")
    public Uni<UnitView> get(@PathParam("id") UUID id) {
        return Unit.<Unit>findById(id)
                .onItem().ifNull().failWith(() -> new ResourceNotFoundException("Unit " + id + " is not registered."))
                .map(UnitView::of);
    }

    private static void requireSame(Unit existing, UnitRequest request) {
        List<String> different = new ArrayList<>();
        if (!existing.municipalityCode.equals(request.municipalityCode())) {
            different.add("municipalityCode (registered " + existing.municipalityCode + ")");
        }
        if (existing.type != request.type()) {
            different.add("type (registered " + existing.type + ")");
        }
        if (existing.capacity != request.capacity()) {
            different.add("capacity (registered " + existing.capacity + ")");
        }
        if (!different.isEmpty()) {
            throw new ConflictException("Unit " + request.externalId() + " of owner " + request.ownerId()
                    + " is already registered as " + existing.id + " with a different " + String.join(", ", different)
                    + ".");
        }
    }
}
