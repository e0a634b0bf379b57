package nl.permitholders.placement;

import io.quarkus.test.junit.QuarkusTest;
import nl.permitholders.infrastructure.ServiceConventions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ServiceConventionsTest {

    @Test
    void openApiHealthMetricsAndHeadersAreInPlace() {
        ServiceConventions.assertKept("/placements/v1",
                "/placements/v1/couplings",
                "/placements/v1/couplings/{id}",
                "/placements/v1/couplings/{couplingId}/corrections",
                "/placements/v1/couplings/{couplingId}/cancellation",
                "/placements/v1/couplings/{couplingId}/offers",
                "/placements/v1/couplings/{couplingId}/offers/{offerId}/declination",
                "/placements/v1/couplings/{couplingId}/placements",
                "/placements/v1/couplings/{couplingId}/placements/{id}/revocation",
                "/placements/v1/couplings/{couplingId}/placements/{id}/follow-up-housing",
                "/placements/v1/couplings/{couplingId}/reunifications",
                "/placements/v1/couplings/{couplingId}/audit-trail",
                "/placements/v1/municipalities/{code}/waiting-list",
                "/placements/v1/municipalities/{code}/overdue-couplings",
                "/placements/v1/municipalities/{code}/audit-trail",
                "/placements/v1/units/{unitId}",
                "/placements/v1/units/{unitId}/match-suggestions",
                "/placements/v1/coupling-imports",
                "/placements/v1/coupling-imports/{importId}",
                "/placements/v1/coupling-imports/{importId}/refusals");
    }
}
