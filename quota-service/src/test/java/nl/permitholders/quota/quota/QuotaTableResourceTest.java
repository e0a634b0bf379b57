package nl.permitholders.quota.quota;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import nl.permitholders.quota.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuotaTableResourceTest {

    @BeforeEach
    void asTheRijk() {
        TestData.callAsTheRijk();
    }

    private static final String TABLE = "/quota/v1/periods/{period}/quotas";

    @Test
    void theRijksTableIsImportedAsItIs() {
        String a = TestData.municipality();
        String b = TestData.municipality();
        String csv = "code;name;quota\n" + a + ";A;73\n" + b + ";B;12\n";
        given().contentType("text/csv").queryParam("reason", "Rijk, brief 2025-I").body(csv).put(TABLE, "2025-I")
                .then().statusCode(200).body("updated", equalTo(2));
        given().get("/quota/v1/municipalities/{code}/quotas/{period}", a, "2025-H1")
                .then().statusCode(200).body("persons", equalTo(73)).body("basis", equalTo("IMPORTED"));
        given().contentType("text/csv").queryParam("reason", "again").body(csv).put(TABLE, "2025-I")
                .then().statusCode(200).body("updated", equalTo(0)).body("unchanged", equalTo(2));
    }

    @Test
    void aReasonIsRequiredAndUnknownMunicipalitiesAreRefusedPerLine() {
        String a = TestData.municipality();
        given().contentType("text/csv").body("code;name;quota\n" + a + ";A;1\n").put(TABLE, "2025-H1")
                .then().statusCode(400).body("invalidParams.name", hasItem("reason"));
        given().contentType("text/csv").queryParam("reason", "x").body("code;name;quota\n" + a + ";A;zes\nGM9997;X;3\n").put(TABLE, "2025-H1")
                .then().statusCode(400).body("invalidParams.name", hasItems("line 2", "line 3"));
    }
}
