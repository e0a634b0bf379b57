package nl.permitholders.quota.reference;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import nl.permitholders.quota.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReferenceDataResourceTest {

    @BeforeEach
    void asTheRijk() {
        TestData.callAsTheRijk();
    }

    @Test
    void aMunicipalityIsRegisteredInAProvinceAndCanBeRenamed() {
        TestData.province("PV23", "Overijssel");
        String code = TestData.uniqueMunicipalityCode();
        given().contentType(ContentType.JSON).body(Map.of("name", "Almelo", "provinceCode", "PV23"))
                .put("/quota/v1/municipalities/{code}", code)
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith("/quota/v1/municipalities/" + code));
        given().contentType(ContentType.JSON).body(Map.of("name", "Almelo", "provinceCode", "PV23"))
                .put("/quota/v1/municipalities/{code}", code)
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("name", "Gemeente Almelo", "provinceCode", "PV23"))
                .put("/quota/v1/municipalities/{code}", code)
                .then().statusCode(200);
        given().get("/quota/v1/municipalities/{code}", code)
                .then().statusCode(200).body("name", equalTo("Gemeente Almelo")).body("provinceCode", equalTo("PV23"));
    }

    @Test
    void aNameThatLooksLikeAnAttackIsStoredVerbatimAndNeverInterpreted() {
        TestData.province("PV23", "Overijssel");
        String code = TestData.uniqueMunicipalityCode();
        String name = "Robert'); DROP TABLE municipality; -- <script>alert(1)</script>";
        given().contentType(ContentType.JSON).body(Map.of("name", name, "provinceCode", "PV23"))
                .put("/quota/v1/municipalities/{code}", code).then().statusCode(201);
        given().get("/quota/v1/municipalities/{code}", code).then().statusCode(200)
                .body("name", org.hamcrest.Matchers.equalTo(name));
        given().get("/quota/v1/municipalities").then().statusCode(200);
    }

    @Test
    void concurrentFirstRegistrationsOfOneMunicipalityAllSucceed() {
        TestData.province("PV23", "Overijssel");
        String code = TestData.uniqueMunicipalityCode();
        List<CompletableFuture<Integer>> puts = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON)
                        .body(Map.of("name", "Borne", "provinceCode", "PV23"))
                        .put("/quota/v1/municipalities/{code}", code).statusCode()))
                .toList();
        assertThat(puts.stream().map(CompletableFuture::join).toList())
                .containsOnly(201, 200).filteredOn(s -> s == 201).hasSize(1);
    }

    @Test
    void aMunicipalityInAnUnknownProvinceIsRefused() {
        given().contentType(ContentType.JSON).body(Map.of("name", "Nergens", "provinceCode", "PV99"))
                .put("/quota/v1/municipalities/{code}", TestData.uniqueMunicipalityCode())
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("provinceCode"));
    }

    @Test
    void aProvinceNeedsAName() {
        given().contentType(ContentType.JSON).body("{}")
                .put("/quota/v1/provinces/{code}", "PV24")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("name"));
    }
}
