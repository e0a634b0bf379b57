package nl.permitholders.housingstock;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import nl.permitholders.infrastructure.ServiceConventions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ServiceConventionsTest {

    @Test
    void openApiHealthMetricsAndHeadersAreInPlace() {
        ServiceConventions.assertKept("/housing-stock/v1", "/housing-stock/v1/units", "/housing-stock/v1/units/{id}");
        given().get("/housing-stock/v1/openapi.json").then().body("info.title", equalTo("Housing stock API"));
    }
}
