package nl.permitholders.supervision;

import static io.restassured.config.HeaderConfig.headerConfig;

import io.restassured.RestAssured;
import nl.permitholders.infrastructure.DevelopmentIssuer;
import nl.permitholders.infrastructure.TestTokens;

/**
 * Who the tests call as. By default the Rijk, which may read all supervision data; a request that writes names its
 * caller with {@link #as(String)}, which replaces the default Authorization header. Who may do what is tested in
 * AuthorisationTest.
 */
public final class Callers {

    private Callers() {
    }

    public static void theRijkByDefault() {
        RestAssured.requestSpecification = TestTokens.bearer(issuer().rijk());
        RestAssured.config = RestAssured.config().headerConfig(headerConfig().overwriteHeadersWithName("Authorization", "Content-Type"));
    }

    public static DevelopmentIssuer issuer() {
        return TestTokens.issuer();
    }

    /** The Authorization header value for a token. */
    public static String as(String token) {
        return "Bearer " + token;
    }
}
