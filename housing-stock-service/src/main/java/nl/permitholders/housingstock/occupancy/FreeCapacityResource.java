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
import java.util.List;
import nl.permitholders.housingstock.HousingStockApi;
import nl.permitholders.housingstock.unit.Occupancy;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.platform.merger.Mergers;
import nl.permitholders.platform.api.QueryParams;
import nl.permitholders.housingstock.occupancy.FreeCapacity.Totals;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(HousingStockApi.BASE + "/municipalities/{code}/free-capacity")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Occupancy")
public class FreeCapacityResource {

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    Mergers mergers;

    @Inject
    OccupancyQueries occupancy;

    @Schema(requiredProperties = {"municipalityCode", "units", "capacity", "occupied", "free", "vacantUnits", "byType"})
    public record FreeCapacityView(String municipalityCode, LocalDate asOf, int units, int capacity, int occupied,
                                   int free, int vacantUnits, List<Totals> byType) {
    }

    @RolesAllowed(Roles.MUNICIPALITY)
    @GET
    @Operation(operationId = "getFreeCapacity", summary = "A municipality's free capacity",
            description = "Every unit in the stock in the municipality on asOf, added up and per type: capacity, "
                    + "occupied and free in places for persons (a room in a SHARED dwelling is one place), and the "
                    + "units of which nothing is occupied. For the municipality itself (403 for another).")
    public Uni<FreeCapacityView> municipality(
            @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = "^" + Codes.MUNICIPALITY + "$"))
            @PathParam("code") String codeText,
                                              @Parameter(description = "date, yyyy-mm-dd; default today",
                                                      schema = @Schema(type = SchemaType.STRING, format = "date"))
                                              @QueryParam("asOf") String asOfText) {
        QueryParams params = new QueryParams();
        String code = params.municipalityCode("code", codeText);
        LocalDate date = params.date("asOf", asOfText);
        params.throwIfAny();
        Caller.require(caller.tenancy(mergers.known()).isMunicipality(code), "municipality " + code);
        LocalDate asOf = date == null ? LocalDate.now(clock) : date;
        return occupancy.freeCapacity(code, asOf).map(capacity -> {
            Totals total = capacity.total();
            return new FreeCapacityView(code, asOf, total.units(), total.capacity(), total.occupied(), total.free(),
                    total.vacantUnits(), capacity.byType());
        });
    }
}
