package nl.permitholders.dashboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.quarkus.rest.client.reactive.ClientQueryParam;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * housing-stock-service's list of a municipality's units with free capacity (/housing-stock/v1), read in the officer's
 * own name: the register of units is housing-stock's. A failure fails the Uni; the page then says that this part cannot
 * be shown now.
 */
@RegisterRestClient(configKey = "housing-stock")
@Path("/housing-stock/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface HousingStockClient {

    @ClientExceptionMapper
    static RuntimeException refused(Response response) {
        return Refusal.of(response);
    }

    /** A unit of the housing stock, as far as the page names it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Unit(UUID id, String externalId, String type, int capacity, LocalDate temporaryUntil) {
    }

    /** listUnits: the municipality's units with free capacity once every recorded placement has taken effect. */
    @GET
    @Path("/units")
    @ClientQueryParam(name = "available", value = "true")
    @ClientQueryParam(name = "pageSize", value = "100")
    Uni<ServicePage<Unit>> availableUnits(@QueryParam("municipalityCode") String municipalityCode,
                                          @HeaderParam("Authorization") String authorization);
}
