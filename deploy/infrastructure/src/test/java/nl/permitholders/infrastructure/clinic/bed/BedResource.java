package nl.permitholders.infrastructure.clinic.bed;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;

/** The beds' REST resource: reads through its *Queries, writes through its *Service. */
@Path("/wards/{ward}/beds")
public class BedResource {

    @Inject
    BedQueries queries;

    @Inject
    BedService beds;

    @GET
    public Uni<List<UUID>> free(@PathParam("ward") String ward) {
        return queries.free(ward);
    }

    @POST
    @Path("/{id}/assignment")
    public Uni<Void> assign(@PathParam("id") UUID id) {
        return beds.assign(id);
    }
}
