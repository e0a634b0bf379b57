package nl.permitholders.quota;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URL;
import java.util.List;
import nl.permitholders.infrastructure.AuthorisationMatrix;
import nl.permitholders.infrastructure.AuthorisationMatrix.Caller;
import nl.permitholders.infrastructure.DevelopmentIssuer;
import nl.permitholders.infrastructure.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Quotas are national: the Rijk alone writes them; every role reads them. Checked for every operation in the OpenAPI
 * document, so an endpoint added later without roles fails here.
 */
@QuarkusTest
class AuthorisationTest {

    @TestHTTPResource("/")
    URL service;

    @BeforeEach
    void noDefaultCaller() {
        RestAssured.requestSpecification = null;
    }

    @Test
    void everyOperationLetsInItsRolesOnlyAndNobodyWithoutAValidToken() throws Exception {
        DevelopmentIssuer issuer = TestTokens.issuer();
        List<Caller> callers = List.of(new Caller("rijk", issuer.rijk()), new Caller("coa", issuer.coa()),
                new Caller("municipality", issuer.municipality("GM0141")), new Caller("province", issuer.province("PV23")),
                new Caller("corporation", issuer.corporation("beter-wonen")));
        AuthorisationMatrix matrix = new AuthorisationMatrix(service.toString().replaceAll("/$", ""), issuer, callers,
                AuthorisationMatrix::defaultSample);

        List<AuthorisationMatrix.Outcome> outcomes = matrix.run("/quota/v1/openapi.json");

        assertThat(AuthorisationMatrix.violations(outcomes)).isEmpty();
        assertThat(outcomes).hasSizeGreaterThan(100);
    }

    @Test
    void aRefusalIsAProblemDocumentAndNamesTheBearerScheme() {
        given().get("/quota/v1/municipalities").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer").body("status", equalTo(401));
        given().auth().oauth2(TestTokens.issuer().coa()).contentType("application/json").body("{\"name\":\"Overijssel\"}")
                .put("/quota/v1/provinces/PV23").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("role"));
    }

    @Test
    void aTokenInTheQueryStringIsRefusedWhateverTheCaseOfItsName() {
        for (String name : List.of("access_token", "Access_Token", "ACCESS_TOKEN", "accessToken", "Jwt")) {
            given().queryParam(name, TestTokens.issuer().rijk()).get("/quota/v1/municipalities")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("invalidParams[0].name", equalTo(name));
        }
    }
}
