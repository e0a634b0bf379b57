package nl.permitholders.webhooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import nl.permitholders.infrastructure.ServiceConventions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ServiceConventionsTest {

    @Test
    void openApiHealthMetricsAndHeadersAreInPlace() {
        ServiceConventions.assertKept("/webhooks/v1", "/webhooks/v1/subscriptions", "/webhooks/v1/subscriptions/audit-trail",
                "/webhooks/v1/subscriptions/{id}", "/webhooks/v1/subscriptions/{id}/status",
                "/webhooks/v1/subscriptions/{id}/replays", "/webhooks/v1/subscriptions/{id}/secret-rotations",
                "/webhooks/v1/subscriptions/{id}/deliveries");
        given().get("/webhooks/v1/openapi.json").then().body("info.title", equalTo("Webhooks API"));
    }
}
