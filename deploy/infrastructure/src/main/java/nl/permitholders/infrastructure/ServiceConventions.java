package nl.permitholders.infrastructure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.containsString;

/**
 * What every service keeps (DESIGN.md §8, §10): its OpenAPI document with contact details at
 * {@code <base>/openapi.json}, readiness that checks the database and Kafka, Prometheus metrics, and the
 * {@code API-Version} and security headers on every response. For a {@code @QuarkusTest}, against its test port.
 */
public final class ServiceConventions {

    private ServiceConventions() {
    }

    public static void assertKept(String basePath, String... documentedPaths) {
        var openApi = given().get(basePath + "/openapi.json").then().statusCode(200)
                .header("API-Version", "1.0.0")
                .body("info.contact.email", notNullValue())
                .body("info.version", equalTo("1.0.0"));
        for (String path : documentedPaths) {
            openApi.body("paths.'" + path + "'", notNullValue());
        }

        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(matchesPattern("(?i).*(postgres|database).*")))
                .body("checks.name", hasItem(matchesPattern("(?i).*kafka.*")));

        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"))
                // what operators alert on (docs/operations.md): the outbox backlog and the age of its oldest event
                .body(containsString("outbox_pending_events")).body(containsString("outbox_oldest_pending_age_seconds"));

        given().get(basePath + "/no-such-resource").then().statusCode(404)
                .contentType("application/problem+json")
                .header("API-Version", "1.0.0")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Strict-Transport-Security", notNullValue())
                .header("Cache-Control", "no-store");
    }
}
