package nl.permitholders.placement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import nl.permitholders.infrastructure.AuthorisationMatrix;
import nl.permitholders.infrastructure.AuthorisationMatrix.Caller;
import nl.permitholders.infrastructure.DevelopmentIssuer;
import org.junit.jupiter.api.Test;

/**
 * COA registers, corrects and cancels couplings and reads everything; a municipality houses its own couplings and
 * reads its own; the Rijk, provinces and corporations have no business here. Checked for every operation in the
 * OpenAPI document, so an endpoint added later without roles fails here. The matrix uses random ids, so it sees a
 * foreign municipality refused only on the paths that name the municipality; TenantIsolationTest checks the ids.
 */
@QuarkusTest
class AuthorisationTest {

    @TestHTTPResource("/")
    URL service;

    @Test
    void everyOperationLetsInItsRolesOnlyAndNobodyWithoutAValidToken() throws Exception {
        DevelopmentIssuer issuer = Callers.issuer();
        List<Caller> callers = List.of(new Caller("rijk", issuer.rijk()), new Caller("coa", issuer.coa()),
                new Caller("municipality", issuer.municipality("GM0141")), new Caller("province", issuer.province("PV23")),
                new Caller("corporation", issuer.corporation("beter-wonen")),
                Caller.foreign("municipality", issuer.municipality("GM0153")));
        AuthorisationMatrix matrix = new AuthorisationMatrix(service.toString().replaceAll("/$", ""), issuer, callers,
                AuthorisationMatrix::defaultSample, template -> template.contains("/municipalities/{code}"));

        List<AuthorisationMatrix.Outcome> outcomes = matrix.run("/placements/v1/openapi.json");

        assertThat(AuthorisationMatrix.violations(outcomes)).isEmpty();
        // 28 operations, each without a token, with three bad tokens and as six callers
        assertThat(outcomes).hasSize(28 * 10);
    }

    @Test
    void aRefusalIsAProblemDocumentAndNamesTheBearerScheme() {
        given().get("/placements/v1/couplings").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer").body("status", equalTo(401));
        Callers.as(Callers.issuer().province("PV23")).get("/placements/v1/couplings").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("role"));
    }

    @Test
    void aTokenInTheQueryStringIsRefusedWhateverTheCaseOfItsName() {
        for (String name : List.of("access_token", "Access_Token", "ACCESS_TOKEN", "accessToken", "Jwt")) {
            given().queryParam(name, Callers.issuer().coa()).get("/placements/v1/couplings")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("invalidParams[0].name", equalTo(name));
        }
    }

    @Test
    void theOpenApiDocumentIsPublicAndDeclaresTheBearerScheme() {
        given().get("/placements/v1/openapi.json").then().statusCode(200)
                .body("components.securitySchemes.bearerToken.scheme", equalTo("bearer"))
                .body("paths.'/couplings'.post.security[0].bearerToken", org.hamcrest.Matchers.contains("coa"));
    }
}
