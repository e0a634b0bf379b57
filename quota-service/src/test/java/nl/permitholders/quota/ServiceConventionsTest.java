package nl.permitholders.quota;

import io.quarkus.test.junit.QuarkusTest;
import nl.permitholders.infrastructure.ServiceConventions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ServiceConventionsTest {

    @Test
    void openApiHealthMetricsAndHeadersAreInPlace() {
        ServiceConventions.assertKept("/quota/v1", "/quota/v1/municipalities/{code}/quotas/{period}", "/quota/v1/municipalities/{code}/opening-balance");
    }
}
