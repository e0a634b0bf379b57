package nl.permitholders.housingstock;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;

/** The housing stock API's base path, with its major version (NL GOV API Design Rules). */
public final class HousingStockApi {

    public static final String BASE = "/housing-stock/v1";

    private HousingStockApi() {
    }

    /**
     * The answer to a write by a natural key: 201 naming the record ({@code BASE/records/id}) when the write recorded
     * it, else 200 (a repeat, or a change of what was recorded before); the view as its body.
     */
    public static Response createdOrOk(boolean created, String records, UUID id, Object view) {
        return (created ? Response.created(URI.create(BASE + "/" + records + "/" + id)) : Response.ok()).entity(view).build();
    }
}
