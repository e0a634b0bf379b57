package nl.permitholders.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * What anyone sees without a session: the page after signing out (Dutch, under the pages' Content-Security-Policy) and
 * nothing of a province. The sign-in itself is the realm's (deploy/system-tests DashboardInBrowserIT).
 */
@QuarkusTest
class SignedOutPagesTest {

    @TestHTTPResource("/")
    URI root;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void thePageAfterSigningOutSaysSoInDutchUnderThePagesPolicy() throws Exception {
        HttpResponse<String> page = get("dashboard/afgemeld");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"nl\">", "U bent afgemeld", "href=\"/dashboard\"");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'", "form-action 'self'", "frame-ancestors 'none'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void aProvinceWithoutASessionShowsNothing() throws Exception {
        HttpResponse<String> page = get("dashboard/provincies/PV23");
        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.body()).doesNotContain("Overijssel");
    }

    @Test
    void theAssetsAreServedWithoutASession() throws Exception {
        assertThat(get("dashboard-assets/dashboard.js").statusCode()).isEqualTo(200);
        assertThat(get("webjars/chart.js/4.5.1/dist/chart.umd.js").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(root.resolve(path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
