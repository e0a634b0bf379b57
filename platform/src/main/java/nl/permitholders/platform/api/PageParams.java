package nl.permitholders.platform.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code page} and {@code pageSize} query parameters of every list. Read as text, so that a value that is not a
 * number is a 400 naming the parameter rather than the 404 JAX-RS gives for a failed conversion.
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
        Violations violations = new Violations();
        PageRequest request = PageRequest.of(number(violations, "page", page), number(violations, "pageSize", pageSize),
                violations);
        violations.throwIfAny();
        return request;
    }

    private static Integer number(Violations violations, String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            violations.add(name, "must be a whole number");
            return null;
        }
    }
}
