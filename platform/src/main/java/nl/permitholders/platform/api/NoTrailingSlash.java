package nl.permitholders.platform.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * /core/no-trailing-slash: a URI under the API's base path that ends in a slash is a 404 problem, not a redirect and
 * not the resource without the slash (which the REST layer would otherwise serve). Swagger UI, whose pages live under
 * a folder URI, is left alone. The base path is the folder of the OpenAPI document, {@code <base>/openapi.json}.
 */
@ApplicationScoped
public class NoTrailingSlash {

    @ConfigProperty(name = "quarkus.smallrye-openapi.path")
    String openApiPath;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        String base = DesignRulesOpenApiFilter.folderOf(openApiPath);
        if (base.isEmpty()) {
            return;
        }
        String swaggerUi = base + "/swagger-ui";
        router.route().order(Integer.MIN_VALUE + 2).handler(context -> {
            String path = context.request().path();
            if (path.endsWith("/") && path.startsWith(base + "/") && !path.startsWith(swaggerUi)) {
                context.response().setStatusCode(404)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .end(problem());
                return;
            }
            context.next();
        });
    }

    private String problem() {
        try {
            return json.writeValueAsString(Problem.of(404, "Not Found",
                    "No resource at this address: URIs of this API never end in a slash (leave off the trailing slash)."));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
