package nl.permitholders.housingstock.unit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import nl.permitholders.housingstock.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UnitResourceTest {

    private static final String UNITS = "/housing-stock/v1/units";

    @Test
    void aUnitIsRegisteredAndCanBeRead() {
        String externalId = TestData.uniqueExternalId();
        String id = given().contentType(ContentType.JSON).body(TestData.unit(externalId, "GM0141", "REGULAR", 4))
                .post(UNITS)
                .then().statusCode(201)
                .header("API-Version", "1.0.0")
                .body("externalId", equalTo(externalId))
                .body("ownerId", equalTo(TestData.OWNER))
                .body("municipalityCode", equalTo("GM0141"))
                .body("type", equalTo("REGULAR"))
                .body("capacity", equalTo(4))
                .body("registeredAt", matchesPattern(".*Z"))
                .extract().path("id");

        given().get(UNITS + "/{id}", id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("externalId", equalTo(externalId))
                .body("capacity", equalTo(4));
    }

    @Test
    void theLocationNamesTheNewUnit() {
        var response = given().contentType(ContentType.JSON)
                .body(TestData.unit(TestData.uniqueExternalId(), "GM0141", "FLEX", 1))
                .post(UNITS);
        response.then().statusCode(201);
        assertThat(response.header("Location")).endsWith(UNITS + "/" + response.path("id"));
    }

    @Test
    void registeringTheSameUnitAgainReturnsTheExistingOne() {
        Map<String, Object> body = TestData.unit(TestData.uniqueExternalId(), "GM0153", "SHARED", 5);
        String id = given().contentType(ContentType.JSON).body(body).post(UNITS)
                .then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(body).post(UNITS)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("capacity", equalTo(5));
    }

    @Test
    void registeringTheSameUnitWithDifferentDataIsAConflictNamingTheFields() {
        String externalId = TestData.uniqueExternalId();
        given().contentType(ContentType.JSON).body(TestData.unit(externalId, "GM0153", "REGULAR", 3)).post(UNITS)
                .then().statusCode(201);
        given().contentType(ContentType.JSON).body(TestData.unit(externalId, "GM0141", "REGULAR", 5)).post(UNITS)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("detail", allOf(containsString("municipalityCode"), containsString("capacity"), not(containsString("type"))));
    }

    @Test
    void concurrentRegistrationsOfOneUnitCreateItOnce() {
        Map<String, Object> body = TestData.unit(TestData.uniqueExternalId(), "GM0141", "REGULAR", 2);
        List<CompletableFuture<Integer>> posts = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> given().contentType(ContentType.JSON).body(body).post(UNITS).statusCode()))
                .toList();
        List<Integer> statuses = posts.stream().map(CompletableFuture::join).toList();
        assertThat(statuses).containsOnly(201, 200).filteredOn(s -> s == 201).hasSize(1);
    }

    @Test
    void aCapacityOfZeroIsRefusedNamingCapacity() {
        given().contentType(ContentType.JSON).body(TestData.unit(TestData.uniqueExternalId(), "GM0141", "REGULAR", 0))
                .post(UNITS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", hasItem("capacity"));
    }

    @Test
    void aLargeFamilyHomeForFourIsRefused() {
        given().contentType(ContentType.JSON).body(TestData.unit(TestData.uniqueExternalId(), "GM0141", "LARGE_FAMILY", 4))
                .post(UNITS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", hasItem("capacity"))
                .body("invalidParams.reason", hasItem(containsString("LARGE_FAMILY")));
    }

    @Test
    void anUnknownTypeIsRefusedListingTheKnownOnes() {
        given().contentType(ContentType.JSON).body(TestData.unit(TestData.uniqueExternalId(), "GM0141", "CASTLE", 4))
                .post(UNITS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", hasItem("type"))
                .body("invalidParams.reason", hasItem(containsString("LARGE_FAMILY")));
    }

    @Test
    void aMunicipalityCodeMustBeACbsCode() {
        given().contentType(ContentType.JSON).body(TestData.unit(TestData.uniqueExternalId(), "Almelo", "REGULAR", 4))
                .post(UNITS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", hasItem("municipalityCode"));
    }

    @Test
    void unknownFieldsAreRefused() {
        Map<String, Object> body = TestData.unit(TestData.uniqueExternalId(), "GM0141", "REGULAR", 4);
        body.put("bsn", "123456782");
        given().contentType(ContentType.JSON).body(body)
                .post(UNITS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", hasItem("bsn"));
    }

    @Test
    void everyMissingOrUnsafeFieldIsListedAtOnce() {
        given().contentType(ContentType.JSON).body("{\"externalId\": \"a/b c\", \"ownerId\": \"\"}")
                .post(UNITS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder(
                        "externalId", "ownerId", "municipalityCode", "type", "capacity"))
                .body(not(containsString("Exception")));
    }

    @Test
    void anUnknownUnitIsNotFound() {
        given().get(UNITS + "/{id}", UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
        given().get(UNITS + "/{id}", "not-a-uuid")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
