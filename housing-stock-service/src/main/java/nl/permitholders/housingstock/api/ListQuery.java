package nl.permitholders.housingstock.api;

import jakarta.ws.rs.QueryParam;
import nl.permitholders.platform.api.PageParams;
import nl.permitholders.platform.api.PageRequest;
import nl.permitholders.platform.api.QueryParams;
import nl.permitholders.platform.codes.Codes;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters every list of this service takes ({@code @BeanParam}): the municipality, and the page as every
 * service's lists take it ({@link PageParams}). A resource reads its own filters through {@link #params()}, so that
 * their refusals join these in one 400 ({@link TenantQueries#of}).
 */
public class ListQuery extends PageParams {

    @QueryParam("municipalityCode")
    @Parameter(description = "CBS municipality code",
            schema = @Schema(type = SchemaType.STRING, pattern = "^" + Codes.MUNICIPALITY + "$"))
    String municipalityCode;

    private QueryParams params;

    /** Where the list's own filters are read. */
    public QueryParams params() {
        if (params == null) {
            params = new QueryParams();
        }
        return params;
    }

    String municipalityCode() {
        return params().municipalityCode("municipalityCode", municipalityCode);
    }

    PageRequest page() {
        return request(params());
    }
}
