package nl.permitholders.infrastructure.naming;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.UUID;

/** Reads the store through a request-scoped bean. */
@Path("/wards/store-viewer")
public class StoreViewerResource {

    @Inject
    StoreViewer viewer;

    @GET
    public String status(UUID bedId) {
        return viewer.status(bedId);
    }
}
