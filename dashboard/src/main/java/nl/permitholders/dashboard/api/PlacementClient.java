package nl.permitholders.dashboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
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
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * placement-service's API (/placements/v1, docs/placement-api.md) for what a municipal officer reads and records on
 * their own page: the waiting list, the match suggestions for a vacant unit and the offers made to a coupling; an offer,
 * its decline, a placement and a move on to follow-up housing, each in the officer's own name and token, by
 * placement-service's own rules. An answer of 4xx or 5xx fails the Uni with a {@link Refusal}.
 */
@RegisterRestClient(configKey = "placement")
@Path("/placements/v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface PlacementClient {

    @ClientExceptionMapper
    static RuntimeException refused(Response response) {
        return Refusal.of(response);
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

    /** getWaitingList: the first 100. */
    @GET
    @ClientQueryParam(name = "pageSize", value = "100")
    @Path("/municipalities/{code}/waiting-list")
    Uni<ServicePage<WaitingEntry>> waitingList(@PathParam("code") String code, @HeaderParam("Authorization") String authorization);

    @GET
    @ClientQueryParam(name = "pageSize", value = "100")
    @Path("/units/{unitId}/match-suggestions")
    Uni<ServicePage<MatchSuggestion>> matchSuggestions(@PathParam("unitId") UUID unitId, @HeaderParam("Authorization") String authorization);

    @GET
    @ClientQueryParam(name = "pageSize", value = "100")
    @Path("/couplings/{couplingId}/offers")
    Uni<ServicePage<Offer>> offers(@PathParam("couplingId") UUID couplingId, @HeaderParam("Authorization") String authorization);

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
