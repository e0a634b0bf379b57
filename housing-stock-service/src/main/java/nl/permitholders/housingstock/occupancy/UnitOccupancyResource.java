package nl.permitholders.housingstock.occupancy;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.permitholders.housingstock.HousingStockApi;
import nl.permitholders.housingstock.unit.Occupancy;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.platform.merger.Mergers;
import nl.permitholders.platform.api.QueryParams;
import nl.permitholders.housingstock.unit.Unit;
import nl.permitholders.housingstock.unit.UnitType;
import nl.permitholders.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(HousingStockApi.BASE + "/units/{id}/occupancy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Occupancy")
public class UnitOccupancyResource {

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    Mergers mergers;

    @Inject
    OccupancyQueries occupancy;

    @Schema(requiredProperties = {"municipalityCode", "type", "inStock", "capacity", "occupied", "free", "residents",
            "placements"})
    public record OccupancyView(UUID unitId, String municipalityCode, UnitType type, LocalDate asOf, boolean inStock,
                                int capacity, int occupied, int free, int residents, int placements) {
        static OccupancyView of(Unit unit, Occupancy.Snapshot s) {
            return new OccupancyView(unit.id, unit.municipalityCode, unit.type, s.date(), s.inStock(), s.capacity(),
                    s.occupied(), s.free(), s.residents(), s.placements());
        }
    }

    @RolesAllowed({Roles.MUNICIPALITY, Roles.CORPORATION})
    @GET
    @Operation(operationId = "getUnitOccupancy", summary = "A unit's occupancy and free capacity",
            description = "From the placements in the unit (placement.events): a placement occupies from its housing "
                    + "date until a revocation, or its persons moving on from temporary housing to follow-up housing, frees it. capacity, occupied and free count persons, or rooms for a "
                    + "SHARED dwelling; a unit other than SHARED or INTERMEDIATE is let whole to one household. "
                    + "A retired unit has nothing free from its retirement date. A unit in the calling municipality, "
                    + "or of the calling corporation; another's is 403.")
    public Uni<OccupancyView> unit(@PathParam("id") UUID id,
                                   @Parameter(description = "date, yyyy-mm-dd; default today",
                                           schema = @Schema(type = SchemaType.STRING, format = "date"))
                                   @QueryParam("asOf") String asOfText) {
        LocalDate asOf = asOf(asOfText);
        return occupancy.ofUnit(id, caller.tenancy(mergers.known()), asOf)
                .map(unit -> OccupancyView.of(unit.unit(), unit.snapshot()));
    }

    private LocalDate asOf(String text) {
        QueryParams params = new QueryParams();
        LocalDate date = params.date("asOf", text);
        params.throwIfAny();
        return date == null ? LocalDate.now(clock) : date;
    }
}
