package nl.permitholders.infrastructure.naming;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.UUID;

/** Reads the store itself. */
@Path("/beds/store")
public class BedStoreResource {

    @Inject
    BedStore beds;

    @GET
    public String status(UUID bedId) {
        return beds.bed(bedId).status;
    }
}
