package nl.permitholders.platform.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code page} and {@code pageSize} query parameters of every list ({@code @BeanParam}). Read as text through
 * {@link QueryParams}, so that a value that is not a number is a 400 naming the parameter rather than the 404 JAX-RS
 * gives for a failed conversion.
 */
public class PageParams {

    @QueryParam("page")
    @Parameter(description = "page number, from 1; default 1; refused when its first item would lie beyond item " + PageRequest.MAX_OFFSET, schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
    String page;

    @QueryParam("pageSize")
    @Parameter(description = "items per page, 1 to " + PageRequest.MAX_SIZE + "; default " + PageRequest.DEFAULT_SIZE,
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
    String pageSize;

    public PageRequest request() {
        QueryParams params = new QueryParams();
        PageRequest request = request(params);
        params.throwIfAny();
        return request;
    }

    /** The page, its refusals joined with those of the other parameters read through {@code params}. */
    public PageRequest request(QueryParams params) {
        return params.page(page, pageSize);
    }
}
