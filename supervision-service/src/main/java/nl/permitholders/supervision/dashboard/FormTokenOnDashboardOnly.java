package nl.permitholders.supervision.dashboard;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * quarkus-rest-csrf sets the dashboard's form token as a cookie on every GET it answers, on any path (its
 * create-token-path takes exact paths only, and the dashboard's pages have codes in theirs). Outside the dashboard no
 * page holds a form, and a public answer that a shared cache keeps (the open data's {@code Cache-Control: public})
 * would hand one visitor's token to the next: so an answer outside {@code /dashboard} leaves that cookie out.
 */
@ApplicationScoped
public class FormTokenOnDashboardOnly {

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name")
    String cookieName;

    void register(@Observes Router router) {
        String prefix = cookieName + "=";
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            if (!Dashboard.onDashboard(context.request().path())) {
                context.addHeadersEndHandler(ignored -> {
                    // the filter adds it to the response's cookies, written after this; one written already is a header
                    context.response().removeCookie(cookieName, false);
                    var headers = context.response().headers();
                    List<String> cookies = headers.getAll(HttpHeaders.SET_COOKIE);
                    if (cookies.stream().anyMatch(cookie -> cookie.startsWith(prefix))) {
                        List<String> kept = cookies.stream().filter(cookie -> !cookie.startsWith(prefix)).toList();
                        headers.remove(HttpHeaders.SET_COOKIE);
                        kept.forEach(cookie -> headers.add(HttpHeaders.SET_COOKIE, cookie));
                    }
                });
            }
            context.next();
        });
    }
}
