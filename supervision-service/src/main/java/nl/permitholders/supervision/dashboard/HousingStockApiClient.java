package nl.permitholders.supervision.dashboard;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.rest.client.reactive.ClientQueryParam;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * housing-stock-service's list of a municipality's units with free capacity, read in the officer's own name as
 * {@link PlacementApiClient} reads placement-service: the register of units is housing-stock's, and supervision keeps
 * no copy of it. A failure fails the Uni; the page then says that this part cannot be shown now.
 */
@RegisterRestClient(configKey = "housing-stock")
@Path("/housing-stock/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface HousingStockApiClient {

    /** A unit of the housing stock, as far as the page names it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Unit(UUID id, String externalId, String type, int capacity, LocalDate temporaryUntil) {
    }

    /** The municipality's units in the stock with free capacity once every recorded placement has taken effect. */
    @GET
    @Path("/units")
    @ClientQueryParam(name = "available", value = "true")
    @ClientQueryParam(name = "pageSize", value = "100")
    Uni<PlacementApiClient.Page<Unit>> availableUnits(@QueryParam("municipalityCode") String municipalityCode,
                                                      @HeaderParam("Authorization") String authorization);
}
