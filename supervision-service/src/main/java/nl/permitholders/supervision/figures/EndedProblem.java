package nl.permitholders.supervision.figures;

import jakarta.ws.rs.core.Response;
import nl.permitholders.platform.api.Problem;
import nl.permitholders.supervision.SupervisionApi;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A municipality's figures of a half-year after it ended: 410 Gone, the problem's detail naming what it became, a
 * {@code Link} to each successor's figures of that half-year ({@code rel="successor-version"}) and to its lifespan
 * ({@code rel="describedby"}).
 */
public class EndedProblem {

    @ServerExceptionMapper
    public Response ended(MunicipalityEndedException e) {
        Response.ResponseBuilder response = Response.status(410).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(410, "Gone", e.getMessage()))
                .header("Link", "<" + SupervisionApi.BASE + "/municipalities/" + e.lifespan().municipalityCode()
                        + "/lifespan>; rel=\"describedby\"");
        e.lifespan().ended().successors().forEach(s -> response.header("Link", "<" + s.figures() + ">; rel=\"successor-version\""));
        return response.build();
    }
}
