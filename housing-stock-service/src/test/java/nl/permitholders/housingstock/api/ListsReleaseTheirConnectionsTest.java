package nl.permitholders.housingstock.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import nl.permitholders.housingstock.TestData;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Every list can be asked for more often than the database pool has connections: a list that kept its connection
 * after answering made the service hang once the pool was used up (once its 20 connections were taken, the next request waited 30 s and failed).
 */
@QuarkusTest
class ListsReleaseTheirConnectionsTest {

    private static final RestAssuredConfig IMPATIENT = RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.socket.timeout", 10_000));

    @Test
    void everyListCanBeReadMoreTimesThanThePoolHasConnections() {
        int poolSize = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.reactive.max-size", Integer.class).orElse(20);
        TestData.knownMunicipality("GM0141");
        for (String list : new String[] {"/units", "/vacancies", "/allocations", "/performance-agreements", "/capacity-projects"}) {
            for (int i = 0; i <= poolSize; i++) {
                TestData.asMunicipality("GM0141").config(IMPATIENT).get(TestData.BASE + list).then().statusCode(200);
                TestData.asCorporation(TestData.OWNER).config(IMPATIENT).get(TestData.BASE + list).then().statusCode(200);
            }
        }
    }
}
