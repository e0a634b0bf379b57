package nl.permitholders.supervision.dashboard;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * placement-service's API for the two records a municipal officer makes on the dashboard: a placement, and a move on to
 * follow-up housing. Placements are placement-service's to write (CouplingService, its rules and its outbox); the
 * dashboard's forms send the officer's own token there rather than writing anything themselves, and supervision learns
 * the result from the events, as it learns every placement. An answer of 4xx or 5xx fails the Uni with a
 * WebApplicationException that carries it, so the form can say what was refused.
 */
@RegisterRestClient(configKey = "placement")
@Path("/placements/v1/couplings/{couplingId}/placements")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface PlacementApiClient {

    @POST
    Uni<Response> place(@PathParam("couplingId") UUID couplingId, @HeaderParam("Authorization") String authorization,
                        Map<String, Object> placement);

    @POST
    @Path("/{placementId}/follow-up-housing")
    Uni<Response> moveOn(@PathParam("couplingId") UUID couplingId, @PathParam("placementId") UUID placementId,
                         @HeaderParam("Authorization") String authorization, Map<String, Object> move);
}
