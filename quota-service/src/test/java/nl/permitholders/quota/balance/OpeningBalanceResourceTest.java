package nl.permitholders.quota.balance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import nl.permitholders.quota.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpeningBalanceResourceTest {

    @BeforeEach
    void asTheRijk() {
        TestData.callAsTheRijk();
    }

    private static final String BALANCE = "/quota/v1/municipalities/{code}/opening-balance";

    @Test
    void theBacklogCarriedInIsSetAndCorrectedWithHistory() {
        String code = TestData.municipality();
        given().contentType(ContentType.JSON).body(Map.of("period", "2024-I", "backlog", 52))
                .put(BALANCE, code).then().statusCode(201).body("period", equalTo("2024-H1")).body("backlog", equalTo(52));
        given().contentType(ContentType.JSON).body(Map.of("period", "2024-H1", "backlog", 50))
                .put(BALANCE, code).then().statusCode(200).body("version", equalTo(2));
        given().get(BALANCE, code).then().statusCode(200).body("backlog", equalTo(50)).body("history", hasSize(2));
    }

    @Test
    void aMunicipalityAheadHasANegativeBalance() {
        String code = TestData.municipality();
        given().contentType(ContentType.JSON).body(Map.of("period", "2024-H1", "backlog", -3))
                .put(BALANCE, code).then().statusCode(201).body("backlog", equalTo(-3));
    }

    @Test
    void aBalanceNeedsAValidPeriod() {
        String code = TestData.municipality();
        given().contentType(ContentType.JSON).body(Map.of("period", "2024-H7", "backlog", 1))
                .put(BALANCE, code).then().statusCode(400).body("invalidParams.name", hasItem("period"));
    }
}
