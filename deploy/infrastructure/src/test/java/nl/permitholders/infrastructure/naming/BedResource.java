package nl.permitholders.infrastructure.naming;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.UUID;

/** Named as the rules want: it calls its feature's application services, one that writes and one that reads. */
@Path("/beds")
public class BedResource {

    @Inject
    BedService beds;

    @Inject
    BedQueries queries;

    @POST
    public String assign(UUID bedId) {
        return beds.assign(new BedService.AssignBed(bedId)).status();
    }

    @GET
    public String status(UUID bedId) {
        return queries.status(bedId);
    }
}
