package nl.permitholders.supervision;

import io.quarkus.test.junit.QuarkusTest;
import nl.permitholders.infrastructure.ServiceConventions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ServiceConventionsTest {

    @Test
    void openApiHealthMetricsAndHeadersAreInPlace() {
        ServiceConventions.assertKept("/supervision/v1", "/supervision/v1/municipalities/{code}/periods/{period}");
    }
}
