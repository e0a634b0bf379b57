package nl.permitholders.supervision.dashboard;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * quarkus-rest-csrf checks every request that names a form as its content type, on every path, and refuses one
 * without a body; some HTTP clients name a form for a POST that sends nothing (POST /projection-rebuilds). Forms are
 * the dashboard's alone and the API signs in with bearer tokens only, so outside the dashboard such an empty "form"
 * is passed on as what it is: a request without a body. So is a POST that sends nothing and names no content type at
 * all: as an empty JSON body, so that an endpoint whose body is optional (POST /exchanges/{id}/register) takes it as
 * none rather than refusing a content type nobody sent.
 */
@ApplicationScoped
public class BodilessApiPosts {

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            var request = context.request();
            String path = request.path();
            String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
            boolean dashboard = Dashboard.onDashboard(path);
            boolean noBody = "0".equals(request.getHeader(HttpHeaders.CONTENT_LENGTH))
                    || (request.getHeader(HttpHeaders.CONTENT_LENGTH) == null && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null);
            if (!dashboard && noBody && type != null && type.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
                request.headers().remove(HttpHeaders.CONTENT_TYPE);
            }
            if (!dashboard && noBody && request.method() == HttpMethod.POST && request.getHeader(HttpHeaders.CONTENT_TYPE) == null) {
                request.headers().set(HttpHeaders.CONTENT_TYPE, "application/json");
            }
            context.next();
        });
    }
}
