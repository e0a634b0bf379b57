package nl.permitholders.placement.unit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import nl.permitholders.placement.PlacementApi;
import nl.permitholders.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(PlacementApi.BASE + "/units/{unitId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Units")
public class UnitResource {

    @Inject
    UnitQueries units;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = {"id", "municipalityCode", "type", "capacity", "wheelchairAccessible",
            "personsPlaced", "personsReserved", "freePlaces"})
    public record UnitView(UUID id, String municipalityCode, UnitType type, int capacity, LocalDate temporaryUntil,
                           boolean wheelchairAccessible, LocalDate retiredOn, int personsPlaced, int personsReserved,
                           int freePlaces) {
        static UnitView of(UnitSnapshot u) {
            return new UnitView(u.id(), u.municipalityCode(), u.type(), u.capacity(), u.temporaryUntil(),
                    u.wheelchairAccessible(), u.retiredOn(), u.personsPlaced(), u.personsReserved(), u.freePlaces());
        }
    }

    @RolesAllowed({Roles.COA, Roles.MUNICIPALITY})
    @GET
    @Operation(operationId = "getUnit",
            summary = "Read a unit as placement-service knows it from housing-stock events, with its occupancy",
            description = "personsPlaced counts placements not revoked; personsReserved the persons of open offers. "
                    + "For a SHARED unit capacity and freePlaces count rooms, one single per room. COA, and the "
                    + "municipality the unit lies in (403 for another).")
    public Uni<UnitView> get(@PathParam("unitId") UUID unitId) {
        return units.readable(unitId).map(UnitView::of);
    }
}
