package nl.permitholders.infrastructure.clinic.bed;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Broken: a resource that queries the entity itself instead of asking BedQueries. */
@Path("/wards/{ward}/free-beds")
public class FreeBedResource {

    @GET
    public Uni<Integer> count(@PathParam("ward") String ward) {
        return Bed.freeIn(ward).map(beds -> beds.size());
    }
}
