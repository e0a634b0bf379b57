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
    void aTableMayStateItsStatusAndPublicationDatePerLine() {
        String a = TestData.municipality();
        String b = TestData.municipality();
        given().contentType("text/csv").queryParam("reason", "voorlopige taakstelling 2026-I")
                .body("code;name;quota;status;published_on\n" + a + ";A;73;PROVISIONAL;2025-09-01\n" + b + ";B;12;;\n")
                .put(TABLE, "2026-H1").then().statusCode(200).body("updated", equalTo(2));
        given().get("/quota/v1/municipalities/{code}/quotas/{period}", a, "2026-H1")
                .then().statusCode(200).body("status", equalTo("PROVISIONAL")).body("publishedOn", equalTo("2025-09-01"));
        given().get("/quota/v1/municipalities/{code}/quotas/{period}", b, "2026-H1")
                .then().statusCode(200).body("status", equalTo("FINAL"));

        // Fixed with the same number: a new version; a provisional line for a final quota refuses the whole table.
        given().contentType("text/csv").queryParam("reason", "taakstelling 2026-I vastgesteld")
                .body("code;name;quota;status;published_on\n" + a + ";A;73;FINAL;2025-12-01\n")
                .put(TABLE, "2026-H1").then().statusCode(200).body("updated", equalTo(1));
        given().get("/quota/v1/municipalities/{code}/quotas/{period}", a, "2026-H1")
                .then().statusCode(200).body("status", equalTo("FINAL")).body("version", equalTo(2));
        given().contentType("text/csv").queryParam("reason", "x")
                .body("code;name;quota;status;published_on\n" + a + ";A;70;PROVISIONAL;\n" + b + ";B;11;FINAL;\n")
                .put(TABLE, "2026-H1").then().statusCode(400).body("invalidParams.name", hasItem("status"));
        given().get("/quota/v1/municipalities/{code}/quotas/{period}", b, "2026-H1")
                .then().statusCode(200).body("persons", equalTo(12)).body("version", equalTo(1));
        given().contentType("text/csv").queryParam("reason", "x")
                .body("code;name;quota;status;published_on\n" + a + ";A;70;VOORLOPIG;\n" + b + ";B;11;FINAL;1-12-2025\n")
                .put(TABLE, "2026-H1").then().statusCode(400).body("invalidParams.name", hasItems("line 2", "line 3"));
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
