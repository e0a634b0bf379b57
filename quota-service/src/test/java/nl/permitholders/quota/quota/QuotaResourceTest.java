package nl.permitholders.quota.quota;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.permitholders.quota.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuotaResourceTest {

    @BeforeEach
    void asTheRijk() {
        TestData.callAsTheRijk();
    }

    private static final String QUOTA = "/quota/v1/municipalities/{code}/quotas/{period}";

    @Test
    void aQuotaIsSetThenAdjustedWithItsHistoryKept() {
        String code = TestData.municipality();

        given().contentType(ContentType.JSON).body(Map.of("persons", 78, "reason", "Rijk 2024-I"))
                .put(QUOTA, code, "2024-I")
                .then().statusCode(201)
                .header("API-Version", "1.0.0")
                .body("period", equalTo("2024-H1"))
                .body("persons", equalTo(78))
                .body("version", equalTo(1))
                .body("basis", equalTo("IMPORTED"));

        given().contentType(ContentType.JSON).body(Map.of("persons", 78, "reason", "same again"))
                .put(QUOTA, code, "2024-H1")
                .then().statusCode(200).body("version", equalTo(1)).body("history", hasSize(1));

        given().contentType(ContentType.JSON).body(Map.of("persons", 60, "reason", "national total lowered"))
                .put(QUOTA, code, "2024-H1")
                .then().statusCode(200).body("version", equalTo(2)).body("basis", equalTo("ADJUSTED"));

        given().get(QUOTA, code, "2024-H1")
                .then().statusCode(200)
                .body("persons", equalTo(60))
                .body("history.persons", containsInAnyOrder(78, 60))
                .body("history.reason", hasItem("Rijk 2024-I"));
    }

    @Test
    void aProvisionalQuotaFixedWithTheSameNumberIsRecordedAsANewFinalVersion() {
        String code = TestData.municipality();

        given().contentType(ContentType.JSON)
                .body(Map.of("persons", 75, "status", "PROVISIONAL", "publishedOn", "2025-03-01", "reason", "voorlopige taakstelling"))
                .put(QUOTA, code, "2025-H2")
                .then().statusCode(201).body("status", equalTo("PROVISIONAL")).body("publishedOn", equalTo("2025-03-01"));

        given().contentType(ContentType.JSON)
                .body(Map.of("persons", 75, "status", "FINAL", "publishedOn", "2025-06-02", "reason", "taakstelling vastgesteld"))
                .put(QUOTA, code, "2025-H2")
                .then().statusCode(200).body("version", equalTo(2)).body("status", equalTo("FINAL"));

        given().get(QUOTA, code, "2025-H2")
                .then().statusCode(200)
                .body("persons", equalTo(75))
                .body("status", equalTo("FINAL"))
                .body("publishedOn", equalTo("2025-06-02"))
                .body("history.status", equalTo(List.of("PROVISIONAL", "FINAL")))
                .body("history.publishedOn", equalTo(List.of("2025-03-01", "2025-06-02")));
    }

    @Test
    void aFinalQuotaDoesNotBecomeProvisionalAgainAndNothingIsWritten() {
        String code = TestData.municipality();
        given().contentType(ContentType.JSON).body(Map.of("persons", 70, "status", "FINAL", "reason", "Rijk 2024-II"))
                .put(QUOTA, code, "2024-H2").then().statusCode(201);

        given().contentType(ContentType.JSON).body(Map.of("persons", 65, "status", "PROVISIONAL", "reason", "back to provisional"))
                .put(QUOTA, code, "2024-H2")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("status"));

        given().get(QUOTA, code, "2024-H2").then().statusCode(200)
                .body("persons", equalTo(70)).body("status", equalTo("FINAL")).body("history", hasSize(1));
    }

    @Test
    void anUnknownStatusAndAPublicationDateInTheFutureAreRefusedNamingTheField() {
        String code = TestData.municipality();
        given().contentType(ContentType.JSON).body(Map.of("persons", 70, "status", "DRAFT", "reason", "x"))
                .put(QUOTA, code, "2024-H2")
                .then().statusCode(400).contentType("application/problem+json").body("invalidParams.name", hasItem("status"));
        given().contentType(ContentType.JSON)
                .body(Map.of("persons", 70, "publishedOn", LocalDate.now().plusDays(2).toString(), "reason", "x"))
                .put(QUOTA, code, "2024-H2")
                .then().statusCode(400).contentType("application/problem+json").body("invalidParams.name", hasItem("publishedOn"));
        given().get(QUOTA, code, "2024-H2").then().statusCode(404);
    }

    @Test
    void aQuotaForAnUnregisteredMunicipalityIsRefused() {
        given().contentType(ContentType.JSON).body(Map.of("persons", 10, "reason", "x"))
                .put(QUOTA, "GM9999", "2024-H1")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("GM9999"));
    }

    @Test
    void aThirdHalfYearIsRefusedNamingTheParameter() {
        String code = TestData.municipality();
        given().contentType(ContentType.JSON).body(Map.of("persons", 10, "reason", "x"))
                .put(QUOTA, code, "2025-H3")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", hasItem("period"));
    }

    @Test
    void everyViolationIsListedAtOnce() {
        String code = TestData.municipality();
        given().contentType(ContentType.JSON).body(Map.of("persons", -5, "reason", ""))
                .put(QUOTA, code, "2024-H1")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("persons", "reason"));
    }

    @Test
    void malformedJsonUnknownFieldsAndWrongTypesAreRefusedWithoutInternals() {
        String code = TestData.municipality();
        given().contentType(ContentType.JSON).body("{\"persons\": 10, ")
                .put(QUOTA, code, "2024-H1")
                .then().statusCode(400).contentType("application/problem+json")
                .body(not(containsString("Exception")));
        given().contentType(ContentType.JSON).body("{\"persons\": 10, \"reason\": \"x\", \"bsn\": \"123456782\"}")
                .put(QUOTA, code, "2024-H1")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("bsn"));
        given().contentType(ContentType.JSON).body("{\"persons\": \"many\", \"reason\": \"x\"}")
                .put(QUOTA, code, "2024-H1")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("persons"));
        given().get(QUOTA, code, "2024-H1").then().statusCode(404);
    }

    @Test
    void aMunicipalityCodeMustBeACbsCode() {
        given().get(QUOTA, "Almelo", "2024-H1")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("code"));
    }
}
