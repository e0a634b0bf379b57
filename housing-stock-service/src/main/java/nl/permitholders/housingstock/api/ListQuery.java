package nl.permitholders.housingstock.api;

import jakarta.ws.rs.QueryParam;
import nl.permitholders.platform.api.PageRequest;
import nl.permitholders.platform.codes.Codes;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters every list of this service takes ({@code @BeanParam}): the municipality and the page. Read as
 * text and checked through {@link QueryParams}, so that their refusals join the others in one 400.
 */
public class ListQuery {

    @QueryParam("municipalityCode")
    @Parameter(description = "CBS municipality code",
            schema = @Schema(type = SchemaType.STRING, pattern = "^" + Codes.MUNICIPALITY + "$"))
    String municipalityCode;

    @QueryParam("page")
    @Parameter(description = "from 1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
    String page;

    @QueryParam("pageSize")
    @Parameter(description = "1 to " + PageRequest.MAX_SIZE + ", default " + PageRequest.DEFAULT_SIZE,
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    String pageSize;

    public String municipalityCode(QueryParams params) {
        return params.municipalityCode("municipalityCode", municipalityCode);
    }

    public PageRequest page(QueryParams params) {
        return params.page(page, pageSize);
    }
}
