package nl.permitholders.housingstock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.util.List;
import java.util.Map;
import nl.permitholders.infrastructure.AuthorisationMatrix;
import nl.permitholders.infrastructure.AuthorisationMatrix.Caller;
import nl.permitholders.infrastructure.DevelopmentIssuer;
import nl.permitholders.infrastructure.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The housing stock belongs to municipalities and corporations: they alone reach it, each only its own; the Rijk, COA
 * and provinces read nothing here but the municipality register. Checked for every operation in the OpenAPI
 * document, so an endpoint added later without roles fails here. That a municipality or corporation cannot reach
 * another's objects by id is tested per feature (UnitAccessTest, VacancyAccessTest, ...): the matrix uses random ids.
 */
@QuarkusTest
class AuthorisationTest {

    @TestHTTPResource("/")
    URL service;

    @Test
    void everyOperationLetsInItsRolesOnlyAndNobodyWithoutAValidToken() throws Exception {
        DevelopmentIssuer issuer = TestTokens.issuer();
        List<Caller> callers = List.of(new Caller("rijk", issuer.rijk()), new Caller("coa", issuer.coa()),
                new Caller("municipality", issuer.municipality("GM0141")), new Caller("province", issuer.province("PV23")),
                new Caller("corporation", issuer.corporation("beter-wonen")),
                Caller.foreign("municipality", issuer.municipality("GM0153")),
                Caller.foreign("corporation", issuer.corporation("st-joseph")));
        // Paths under a municipality's code name the tenant, except the register, which every role reads.
        AuthorisationMatrix matrix = new AuthorisationMatrix(service.toString().replaceAll("/$", ""), issuer, callers,
                AuthorisationMatrix::defaultSample, template -> template.contains("/municipalities/{code}/"));

        List<AuthorisationMatrix.Outcome> outcomes = matrix.run("/housing-stock/v1/openapi.json");

        assertThat(AuthorisationMatrix.violations(outcomes)).isEmpty();
        // 24 operations, each with 4 invalid tokens and 7 callers
        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(24 * 11);
        System.out.printf("Authorisation matrix of housing-stock-service: %d cases%n", outcomes.size());
    }

    @Test
    void theRegisterIsReadByEveryRoleAndNothingElseByTheRijkCoaOrAProvince() {
        DevelopmentIssuer issuer = TestTokens.issuer();
        TestData.knownMunicipality("GM0141");
        for (String token : List.of(issuer.rijk(), issuer.coa(), issuer.province("PV23"), issuer.municipality("GM0153"),
                issuer.corporation("beter-wonen"))) {
            given().auth().oauth2(token).get(TestData.BASE + "/municipalities/GM0141").then().statusCode(200);
        }
        for (String token : List.of(issuer.rijk(), issuer.coa(), issuer.province("PV23"))) {
            given().auth().oauth2(token).get(TestData.BASE + "/units").then().statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(token).queryParam("period", "2025").get(TestData.BASE + "/vacancy-counts").then().statusCode(403);
        }
    }

    @Test
    void aRefusalIsAProblemDocumentAndNamesTheBearerScheme() {
        given().get(TestData.BASE + "/units").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer").body("status", equalTo(401));
        given().auth().oauth2(TestTokens.issuer().coa()).contentType(ContentType.JSON)
                .body(TestData.unit(TestData.uniqueExternalId(), "GM0141", "REGULAR", 2))
                .post(TestData.BASE + "/units").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("role"));
    }

    @Test
    void aTokenOfATenantRoleWithoutItsClaimReachesNothing() {
        DevelopmentIssuer issuer = TestTokens.issuer();
        String municipalityWithoutCode = issuer.token("officer-unknown", "municipality", Map.of());
        String corporationWithoutId = issuer.token("integrator-unknown", "corporation", Map.of());
        given().auth().oauth2(municipalityWithoutCode).get(TestData.BASE + "/units").then().statusCode(403);
        given().auth().oauth2(corporationWithoutId).get(TestData.BASE + "/allocations").then().statusCode(403);
        given().auth().oauth2(corporationWithoutId).contentType(ContentType.JSON).body("[]")
                .post(TestData.BASE + "/vera/toewijzingen").then().statusCode(403);
        given().auth().oauth2(corporationWithoutId).contentType(ContentType.JSON).body("[]")
                .post(TestData.BASE + "/vera/toewijzing-batches").then().statusCode(403);
        given().auth().oauth2(municipalityWithoutCode).get(TestData.BASE + "/municipalities/GM0141/free-capacity")
                .then().statusCode(403);
    }

    @Test
    void aTokenInTheQueryStringIsRefusedWhateverTheCaseOfItsName() {
        for (String name : List.of("access_token", "Access_Token", "ACCESS_TOKEN", "accessToken", "Jwt")) {
            given().queryParam(name, TestData.corporationToken("beter-wonen")).get(TestData.BASE + "/units")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("invalidParams[0].name", equalTo(name));
        }
    }
}
