package nl.permitholders.placement;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;

/** The placement API's base path, with its major version (NL GOV API Design Rules). */
public final class PlacementApi {

    public static final String BASE = "/placements/v1";

    private PlacementApi() {
    }

    /** 201 with {@code view}, Location naming it among the coupling's {@code records} ("offers", "placements", ...). */
    public static Response createdInCoupling(UUID couplingId, String records, UUID id, Object view) {
        return Response.created(URI.create(BASE + "/couplings/" + couplingId + "/" + records + "/" + id)).entity(view).build();
    }
}
