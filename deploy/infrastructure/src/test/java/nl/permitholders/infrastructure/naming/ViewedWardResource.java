package nl.permitholders.infrastructure.naming;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.UUID;

/** Asks the request's identity, then its feature's application service: as the rules want. */
@Path("/wards/viewed")
public class ViewedWardResource {

    @Inject
    WardViewer viewer;

    @Inject
    BedQueries queries;

    @GET
    public String status(UUID bedId) {
        return viewer.today() + " " + queries.status(bedId);
    }
}
