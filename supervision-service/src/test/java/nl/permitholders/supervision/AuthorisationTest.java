package nl.permitholders.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URL;
import java.util.List;
import java.util.Map;
import nl.permitholders.infrastructure.AuthorisationMatrix;
import nl.permitholders.infrastructure.AuthorisationMatrix.Caller;
import nl.permitholders.infrastructure.DevelopmentIssuer;
import nl.permitholders.infrastructure.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Supervision data is the province's, of its own municipalities; a municipality sees its own; the Rijk reads all; only
 * the province decides ladder stages; an operator rebuilds the projection. Checked for every operation in the
 * OpenAPI document, with callers of the right role but another tenant refused on every path that names one.
 */
@QuarkusTest
class AuthorisationTest {

    @TestHTTPResource("/")
    URL service;

    private final TestEvents events = new TestEvents();

    @BeforeEach
    void noDefaultCaller() {
        RestAssured.requestSpecification = null;
    }

    @Test
    void everyOperationLetsInItsRolesOnlyAndOnlyForTheirOwnTenant() throws Exception {
        // The sample municipality lies in the sample province, as supervision learns from quota.events.
        events.province("PV23", "Overijssel");
        events.municipality("GM0141", "Almelo", "PV23");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                RestAssured.given().auth().oauth2(TestTokens.issuer().province("PV23"))
                        .get("/supervision/v1/municipalities/GM0141/ladder").then().statusCode(200));
        DevelopmentIssuer issuer = TestTokens.issuer();
        List<Caller> callers = List.of(new Caller("rijk", issuer.rijk()), new Caller("coa", issuer.coa()),
                new Caller("municipality", issuer.municipality("GM0141")), new Caller("province", issuer.province("PV23")),
                new Caller("corporation", issuer.corporation("beter-wonen")),
                new Caller("operator", issuer.token("operator-on-duty", "operator", Map.of())),
                new Caller("province-administrator", issuer.token("beheerder-PV23", "province-administrator", Map.of("province", "PV23"))),
                Caller.foreign("municipality", issuer.municipality("GM0153")),
                Caller.foreign("province", issuer.province("PV24")),
                Caller.foreign("province-administrator", issuer.token("beheerder-PV24", "province-administrator", Map.of("province", "PV24"))));
        AuthorisationMatrix matrix = new AuthorisationMatrix(service.toString().replaceAll("/$", ""), issuer, callers,
                (template, parameter) -> !parameter.equals("code") ? AuthorisationMatrix.defaultSample(parameter)
                        : template.contains("/provinces/{code}") ? "PV23" : "GM0141",
                template -> template.contains("/municipalities/{code}") || template.contains("/provinces/{code}"));

        List<AuthorisationMatrix.Outcome> outcomes = matrix.run("/supervision/v1/openapi.json");

        assertThat(AuthorisationMatrix.violations(outcomes)).isEmpty();
        assertThat(outcomes).hasSizeGreaterThan(200);
        // The one exception to "every endpoint declares its roles": the open data's reads, for everyone (docs/open-data.md).
        String openData = "GET /supervision/v1/open-data";
        assertThat(AuthorisationMatrix.publicOperations(outcomes)).containsExactlyInAnyOrder(openData + "/catalog",
                openData + "/datasets/{period}", openData + "/datasets/{period}/versions/{version}/half-year.csv",
                openData + "/datasets/{period}/versions/{version}/half-year.json",
                openData + "/datasets/{period}/versions/{version}/monthly.csv",
                openData + "/datasets/{period}/versions/{version}/monthly.json",
                openData + "/populations/{referenceDate}/populations.csv", openData + "/populations/{referenceDate}/populations.json");
    }

    @Test
    void aProvinceSeesOnlyItsOwnOverview() {
        RestAssured.given().auth().oauth2(TestTokens.issuer().province("PV24"))
                .get("/supervision/v1/provinces/PV23/periods/2025-H1").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aTokenInTheQueryStringIsRefusedWhateverTheCaseOfItsName() {
        for (String name : List.of("access_token", "Access_Token", "ACCESS_TOKEN", "accessToken", "Jwt")) {
            RestAssured.given().queryParam(name, TestTokens.issuer().rijk()).get("/supervision/v1/municipalities/GM0141/ladder")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("invalidParams[0].name", org.hamcrest.Matchers.equalTo(name));
        }
    }
}
