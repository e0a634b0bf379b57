package nl.permitholders.supervision.dashboard;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.rest.client.reactive.ClientQueryParam;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * placement-service's API for what a municipal officer reads and records on the dashboard: the waiting list, the match
 * suggestions for a vacant unit and the offers made to a coupling; an offer, its decline, a placement and a move on to
 * follow-up housing. Couplings, offers and placements are placement-service's to keep and write (CouplingService, its
 * rules and its outbox); the dashboard sends the officer's own token there rather than copying or writing anything
 * itself, and supervision learns the results from the events, as it learns every placement. An answer of 4xx or 5xx
 * fails the Uni with a WebApplicationException that carries it, so a form can say what was refused. The views read
 * only what the page shows and ignore the rest, so that placement-service may add to its answers.
 */
@RegisterRestClient(configKey = "placement")
@Path("/placements/v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface PlacementApiClient {

    /** A page of one of the services' lists: the first 100 items (the most a page holds) and how many there are. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page<T>(List<T> items, long totalItems) {
    }

    /** A coupling on the municipality's waiting list, longest waiting first. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record WaitingEntry(long position, UUID couplingId, String status, String householdType, int persons, int personsToHouse,
                        LocalDate couplingDate, long weeksWaiting, LocalDate housingDeadline, boolean overdue) {
    }

    /** A household that fits a vacant unit, best first. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MatchSuggestion(int rank, UUID couplingId, String householdType, int persons, long weeksWaiting, boolean ownRegion,
                           boolean overdue) {
    }

    /** An offer of a unit to a coupling. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Offer(UUID id, UUID couplingId, UUID unitId, int persons, LocalDate offeredOn, String status, LocalDate closedOn,
                 String declineReason) {
    }

    @GET
    @ClientQueryParam(name = "pageSize", value = "100")
    @Path("/municipalities/{code}/waiting-list")
    Uni<Page<WaitingEntry>> waitingList(@PathParam("code") String code, @HeaderParam("Authorization") String authorization);

    @GET
    @ClientQueryParam(name = "pageSize", value = "100")
    @Path("/units/{unitId}/match-suggestions")
    Uni<Page<MatchSuggestion>> matchSuggestions(@PathParam("unitId") UUID unitId, @HeaderParam("Authorization") String authorization);

    @GET
    @ClientQueryParam(name = "pageSize", value = "100")
    @Path("/couplings/{couplingId}/offers")
    Uni<Page<Offer>> offers(@PathParam("couplingId") UUID couplingId, @HeaderParam("Authorization") String authorization);

    @POST
    @Path("/couplings/{couplingId}/offers")
    Uni<Response> offer(@PathParam("couplingId") UUID couplingId, @HeaderParam("Authorization") String authorization,
                        Map<String, Object> offer);

    @POST
    @Path("/couplings/{couplingId}/offers/{offerId}/declination")
    Uni<Response> decline(@PathParam("couplingId") UUID couplingId, @PathParam("offerId") UUID offerId,
                          @HeaderParam("Authorization") String authorization, Map<String, Object> declination);

    @POST
    @Path("/couplings/{couplingId}/placements")
    Uni<Response> place(@PathParam("couplingId") UUID couplingId, @HeaderParam("Authorization") String authorization,
                        Map<String, Object> placement);

    @POST
    @Path("/couplings/{couplingId}/placements/{placementId}/follow-up-housing")
    Uni<Response> moveOn(@PathParam("couplingId") UUID couplingId, @PathParam("placementId") UUID placementId,
                         @HeaderParam("Authorization") String authorization, Map<String, Object> move);
}
