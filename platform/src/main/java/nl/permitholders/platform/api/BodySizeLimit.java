package nl.permitholders.platform.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body declared larger than {@code quarkus.http.limits.max-body-size} with a 413 problem document, before
 * it is read. Quarkus's own check answers such a request with an empty body; this one runs just before it. A client
 * that sends {@code Expect: 100-continue} gets the answer without sending the body at all. (A chunked body without a
 * declared length that grows too large is still cut off by Quarkus, without a problem document.)
 */
@ApplicationScoped
public class BodySizeLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize limit;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && isOverLimit(declared)) {
                // The body is never read, so the connection cannot carry another request: close it once answered.
                context.response().endHandler(ended -> context.request().connection().close());
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(problem());
                return;
            }
            context.next();
        });
    }

    private boolean isOverLimit(String declared) {
        try {
            return Long.parseLong(declared.strip()) > limit.asLongValue();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String problem() {
        try {
            return json.writeValueAsString(Problem.of(413, "Content Too Large", "The request body is larger than "
                    + limit.asLongValue() / (1024 * 1024) + " MB; split it into smaller requests."));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
