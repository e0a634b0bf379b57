package nl.permitholders.placement.matching;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import nl.permitholders.placement.PlacementApi;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageParams;
import nl.permitholders.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(PlacementApi.BASE + "/units/{unitId}/match-suggestions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matching")
public class MatchSuggestionResource {

    @Inject
    MatchQueries matches;

    @RolesAllowed({Roles.COA, Roles.MUNICIPALITY})
    @GET
    @Operation(operationId = "listMatchSuggestions",
            summary = "Households of the unit's municipality that fit a vacant unit, best first, each saying why",
            description = "Couplings waiting for an offer (COUPLED) whose persons still to be housed fit the unit's free "
                    + "places (rooms for SHARED); SHARED and ROOM only singles; LARGE_FAMILY only households of 7 or "
                    + "more; wheelchair needs only in units known to be wheelchair accessible. Longest waiting first "
                    + "(whole weeks since the permit), own-region asylum centres first among equally long waiting. "
                    + "The unit is known from housing-stock events. 409 when the unit has left the stock. COA, and the "
                    + "municipality the unit lies in (403 for another).")
    public Uni<Page<MatchQueries.MatchSuggestion>> suggest(@PathParam("unitId") UUID unitId,
                                                           @BeanParam PageParams paging) {
        return matches.suggest(unitId, paging.request());
    }
}
