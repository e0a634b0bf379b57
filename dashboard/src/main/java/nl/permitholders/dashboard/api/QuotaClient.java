package nl.permitholders.dashboard.api;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.quarkus.rest.client.reactive.ClientQueryParam;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * quota-service's register of provinces and municipalities (/quota/v1, docs/quota-api.md), readable by every role: the
 * names a page gives the parties of an exchange and the municipalities a proposal may name.
 */
@RegisterRestClient(configKey = "quota")
@Path("/quota/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface QuotaClient {

    @ClientExceptionMapper
    static RuntimeException refused(Response response) {
        return Refusal.of(response);
    }

    /** listMunicipalities of a province, merged ones included; a province has fewer than 100. */
    @GET
    @Path("/municipalities")
    @ClientQueryParam(name = "pageSize", value = "100")
    Uni<ServicePage<Register.Municipality>> municipalitiesOf(@QueryParam("provinceCode") String provinceCode,
                                                             @HeaderParam("Authorization") String authorization);

    /** The register's entry of a municipality: its name and province. */
    @GET
    @Path("/municipalities/{code}")
    Uni<Register.Municipality> municipality(@PathParam("code") String code, @HeaderParam("Authorization") String authorization);

    @GET
    @Path("/provinces/{code}")
    Uni<Register.Province> province(@PathParam("code") String code, @HeaderParam("Authorization") String authorization);
}
