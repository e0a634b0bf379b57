package nl.permitholders.quota;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import nl.permitholders.infrastructure.ServiceConventions;
import nl.permitholders.platform.period.Period;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ServiceConventionsTest {

    @Test
    void openApiHealthMetricsAndHeadersAreInPlace() {
        ServiceConventions.assertKept("/quota/v1", "/quota/v1/municipalities/{code}/quotas/{period}", "/quota/v1/municipalities/{code}/opening-balance");
    }

    @Test
    void theDocumentTypesItsParameters() {
        var document = given().get("/quota/v1/openapi.json").then().statusCode(200).extract().jsonPath();
        assertThat(ServiceConventions.parameterSchema(document, "/municipalities", "get", "validOn")).containsEntry("format", "date");
        assertThat(ServiceConventions.parameterSchema(document, "/municipalities/{code}/quotas/{period}", "put", "period"))
                .containsEntry("pattern", Period.PATTERN);
        assertThat(ServiceConventions.parameterSchema(document, "/periods/{period}/quotas", "put", "period"))
                .containsEntry("pattern", Period.PATTERN);
        assertThat(ServiceConventions.parameterSchema(document, "/populations/{referenceDate}", "get", "referenceDate"))
                .containsEntry("format", "date");
    }
}
