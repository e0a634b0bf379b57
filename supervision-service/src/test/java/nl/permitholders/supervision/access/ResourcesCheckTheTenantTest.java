package nl.permitholders.supervision.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import java.time.Duration;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.TestEvents;
import nl.permitholders.supervision.audit.MunicipalityAuditTrailResource;
import nl.permitholders.supervision.figures.FiguresResource;
import nl.permitholders.platform.api.PageParams;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/**
 * The resources that answer for a municipality check the caller's tenant themselves, so that a request the
 * TenantFilter let through by mistake still learns nothing: called directly, with no filter in front of them, they
 * refuse a province another province's municipality and answer for its own.
 */
@QuarkusTest
class ResourcesCheckTheTenantTest {

    private final TestEvents events = new TestEvents();

    @Inject
    FiguresResource figures;
    @Inject
    MunicipalityAuditTrailResource auditTrail;
    @Inject
    JWTParser tokens;
    @Inject
    CurrentIdentityAssociation identity;

    @Test
    void withoutTheFilterAResourceRefusesAnotherProvincesMunicipalityAndAnswersForItsOwn() throws Exception {
        String province = TestEvents.newProvince();
        String own = TestEvents.newMunicipality();
        String elsewhere = TestEvents.newMunicipality();
        events.municipality(own, "Eigen", province);
        events.municipality(elsewhere, "Elders", TestEvents.ELSEWHERE);
        for (String code : new String[] {own, elsewhere}) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", Callers.as(Callers.issuer().rijk()))
                    .get("/supervision/v1/municipalities/" + code + "/periods/2025-H1").then().statusCode(200));
        }
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            JsonWebToken token = tokens.parse(Callers.issuer().province(province));
            identity.setIdentity(QuarkusSecurityIdentity.builder().setPrincipal(token).addRoles(token.getGroups()).build());

            assertThatThrownBy(() -> figures.ledger(elsewhere, "2025-H1").await().atMost(Duration.ofSeconds(10)))
                    .isInstanceOf(ForbiddenException.class).hasMessageContaining(elsewhere);
            assertThatThrownBy(() -> auditTrail.list(elsewhere, new PageParams()).await().atMost(Duration.ofSeconds(10)))
                    .isInstanceOf(ForbiddenException.class);
            assertThat(figures.ledger(own, "2025-H1").await().atMost(Duration.ofSeconds(10))).isEmpty();
        } finally {
            request.terminate();
        }
    }
}
