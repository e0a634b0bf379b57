package nl.permitholders.platform.api;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every error body of these services is a problem document, so every JSON error response is labelled
 * {@code application/problem+json}. Done at the HTTP layer because a request body that fails to parse is refused
 * after the endpoint's {@code @Produces} has fixed the response type, where REST filters no longer run.
 */
@ApplicationScoped
public class ProblemMediaType {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            HttpServerResponse response = context.response();
            context.addHeadersEndHandler(ignored -> {
                String type = response.headers().get(HttpHeaders.CONTENT_TYPE);
                if (response.getStatusCode() >= 400 && type != null && type.startsWith("application/json")) {
                    response.headers().set(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
                }
            });
            context.next();
        });
    }
}
