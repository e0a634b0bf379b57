package nl.permitholders.placement;

import io.quarkus.test.junit.QuarkusTest;
import nl.permitholders.infrastructure.ServiceConventions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ServiceConventionsTest {

    @Test
    void openApiHealthMetricsAndHeadersAreInPlace() {
        ServiceConventions.assertKept("/placements/v1", "/placements/v1/couplings", "/placements/v1/couplings/{couplingId}/placements");
    }
}
