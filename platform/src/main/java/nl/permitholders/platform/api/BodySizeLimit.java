package nl.permitholders.platform.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body declared larger than the limit with a 413 problem document, before it is read. Quarkus's own check
 * ({@code quarkus.http.limits.max-body-size}) answers such a request with an empty body; this one runs just before it. A
 * client that sends {@code Expect: 100-continue} gets the answer without sending the body at all. (A chunked body
 * without a declared length that grows beyond Quarkus's limit is still cut off by Quarkus, without a problem document.)
 * <p>
 * The limit is Quarkus's, unless a service takes a few larger bodies on paths of their own: then Quarkus's limit is the
 * largest, the paths listed in {@code platform.http.large-body-paths} (prefixes) take up to it, and every other path up
 * to {@code platform.http.max-body-size} (placement-service's coupling imports: a file of COA's records).
 */
@ApplicationScoped
public class BodySizeLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize largest;

    @ConfigProperty(name = "platform.http.max-body-size")
    Optional<MemorySize> ordinary;

    @ConfigProperty(name = "platform.http.large-body-paths")
    Optional<List<String>> largeBodyPaths;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long limit = limitOf(context.request().path());
            if (declared != null && isOver(declared, limit)) {
                // The body is never read, so the connection cannot carry another request: close it once answered.
                context.response().endHandler(ended -> context.request().connection().close());
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(problem(limit));
                return;
            }
            context.next();
        });
    }

    private long limitOf(String path) {
        boolean large = path != null && largeBodyPaths.orElse(List.of()).stream().anyMatch(path::startsWith);
        return large ? largest.asLongValue() : ordinary.orElse(largest).asLongValue();
    }

    private static boolean isOver(String declared, long limit) {
        try {
            return Long.parseLong(declared.strip()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String problem(long limit) {
        try {
            return json.writeValueAsString(Problem.of(413, "Content Too Large", "The request body is larger than "
                    + limit / (1024 * 1024) + " MB; split it into smaller requests."));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
