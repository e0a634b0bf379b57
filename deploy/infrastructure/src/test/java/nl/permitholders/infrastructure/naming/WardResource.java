package nl.permitholders.infrastructure.naming;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.UUID;

/** Calls the misnamed reads: {@link WardFiguresQueries} (no bean) and {@link WritingQueries} (writes). */
@Path("/wards")
public class WardResource {

    @Inject
    WritingQueries queries;

    @GET
    public String status(UUID bedId) {
        return queries.status(bedId) + WardFiguresQueries.free(4, 1);
    }
}
