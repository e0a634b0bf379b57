package nl.permitholders.quota.reference;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import nl.permitholders.quota.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every read runs in a session that is closed when it ends. A query built outside one (before @WithSession) opened a
 * session per use and leaked a pooled connection per list call, until the service hung after about twenty.
 */
@QuarkusTest
class ListsReleaseTheirConnectionsTest {

    @BeforeEach
    void asTheRijk() {
        TestData.callAsTheRijk();
    }

    @Test
    void manyMoreListCallsThanTheConnectionPoolHoldsAllSucceed() {
        for (int i = 0; i < 60; i++) {
            given().queryParam("pageSize", 5).get("/quota/v1/municipalities").then().statusCode(200);
            given().get("/quota/v1/provinces/PV23").then().statusCode(org.hamcrest.Matchers.anyOf(
                    org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(404)));
        }
    }
}
