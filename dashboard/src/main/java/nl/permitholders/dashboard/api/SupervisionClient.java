package nl.permitholders.dashboard.api;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.SseEvent;

/**
 * supervision-service's public API (/supervision/v1, docs/supervision-api.md), as the pages read it: each call with the
 * signed-in person's own token ({@code authorization}), so that supervision's role and tenant checks decide what they
 * see. An answer of 4xx or 5xx fails the Uni with a WebApplicationException that carries it.
 */
@RegisterRestClient(configKey = "supervision")
@Path("/supervision/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface SupervisionClient {

    /** getProvinceFigures. */
    @GET
    @Path("/provinces/{code}/periods/{period}")
    Uni<ProvinceFigures> provinceFigures(@PathParam("code") String code, @PathParam("period") String period,
                                         @HeaderParam("Authorization") String authorization);

    /** getProvinceTimeline: the province's backlog at every deadline. */
    @GET
    @Path("/provinces/{code}/timeline")
    Uni<Timeline> provinceTimeline(@PathParam("code") String code, @HeaderParam("Authorization") String authorization);

    /** getNationalFigures: the country and every province, for the Rijk. */
    @GET
    @Path("/national/periods/{period}")
    Uni<NationalFigures> nationalFigures(@PathParam("period") String period, @HeaderParam("Authorization") String authorization);

    /** getNationalSeries: the country per half-year, from to to, the oldest first. */
    @GET
    @Path("/national/series")
    Uni<List<NationalSeries>> nationalSeries(@QueryParam("from") String from, @QueryParam("to") String to,
                                             @HeaderParam("Authorization") String authorization);

    /** getOpenDataPopulationsJson: open data, for everyone; 404 when none is known on that 1 January. */
    @GET
    @Path("/open-data/populations/{referenceDate}/populations.json")
    Uni<Populations> populations(@PathParam("referenceDate") String referenceDate);

    /** streamFigureChanges: the province's figures of {@code period}, every municipality first, then as they change. */
    @GET
    @Path("/provinces/{code}/figure-changes")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    Multi<SseEvent<String>> figureChanges(@PathParam("code") String code, @QueryParam("period") String period,
                                          @HeaderParam("Authorization") String authorization);
}
