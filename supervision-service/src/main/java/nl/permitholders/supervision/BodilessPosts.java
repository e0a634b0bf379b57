package nl.permitholders.supervision;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A POST that sends nothing is taken as what it is, a request without a body, whatever content type it names: some
 * HTTP clients name a form for a POST that sends nothing (POST /projection-rebuilds), which is passed on without it; and
 * one that names no content type at all is passed on as an empty JSON body, so that an endpoint whose body is optional
 * (POST /exchanges/{id}/register) takes it as none rather than refusing a content type nobody sent.
 */
@ApplicationScoped
public class BodilessPosts {

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            var request = context.request();
            String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
            boolean noBody = "0".equals(request.getHeader(HttpHeaders.CONTENT_LENGTH))
                    || (request.getHeader(HttpHeaders.CONTENT_LENGTH) == null && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null);
            if (noBody && type != null && type.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
                request.headers().remove(HttpHeaders.CONTENT_TYPE);
            }
            if (noBody && request.method() == HttpMethod.POST && request.getHeader(HttpHeaders.CONTENT_TYPE) == null) {
                request.headers().set(HttpHeaders.CONTENT_TYPE, "application/json");
            }
            context.next();
        });
    }
}
