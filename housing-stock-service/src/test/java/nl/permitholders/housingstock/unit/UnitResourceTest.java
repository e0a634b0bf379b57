package nl.permitholders.housingstock.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import nl.permitholders.housingstock.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UnitResourceTest {

    @BeforeEach
    void municipalitiesInTheRegister() {
        TestData.knownMunicipalities("GM0141", "GM0153");
    }

    private static final String UNITS = "/housing-stock/v1/units";

    /** Most units here are the test corporation's; who else may reach them is tested in UnitAccessTest. */
    private static RequestSpecification asOwner() {
        return TestData.asCorporation(TestData.OWNER);
    }

    @Test
    void aUnitIsRegisteredAndCanBeRead() {
        String externalId = TestData.uniqueExternalId();
        String id = asOwner().contentType(ContentType.JSON).body(TestData.unit(externalId, "GM0141", "REGULAR", 4))
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

        asOwner().get(UNITS + "/{id}", id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("externalId", equalTo(externalId))
                .body("capacity", equalTo(4));
    }

    @Test
    void theLocationNamesTheNewUnit() {
        var response = asOwner().contentType(ContentType.JSON)
                .body(TestData.unit(TestData.uniqueExternalId(), "GM0141", "FLEX", 1))
                .post(UNITS);
        response.then().statusCode(201);
        assertThat(response.header("Location")).endsWith(UNITS + "/" + response.path("id"));
    }

    @Test
    void registeringTheSameUnitAgainReturnsTheExistingOne() {
        Map<String, Object> body = TestData.unit(TestData.uniqueExternalId(), "GM0153", "SHARED", 5);
        String id = asOwner().contentType(ContentType.JSON).body(body).post(UNITS)
                .then().statusCode(201).extract().path("id");
        asOwner().contentType(ContentType.JSON).body(body).post(UNITS)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("capacity", equalTo(5));
    }

    @Test
    void registeringTheSameUnitWithDifferentDataCorrectsIt() {
        String externalId = TestData.uniqueExternalId();
        String id = asOwner().contentType(ContentType.JSON).body(TestData.unit(externalId, "GM0153", "REGULAR", 3)).post(UNITS)
                .then().statusCode(201).extract().path("id");
        Map<String, Object> corrected = TestData.unit(externalId, "GM0141", "REGULAR", 5);
        corrected.put("monthlyRent", 612.5);
        asOwner().contentType(ContentType.JSON).body(corrected).post(UNITS)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("municipalityCode", equalTo("GM0141"))
                .body("capacity", equalTo(5))
                .body("monthlyRent", equalTo(612.5f))
                .body("correctedAt", matchesPattern(".*Z"));
        asOwner().get(UNITS + "/{id}", id).then().body("capacity", equalTo(5)).body("municipalityCode", equalTo("GM0141"));
    }

    @Test
    void concurrentRegistrationsOfOneUnitCreateItOnce() {
        Map<String, Object> body = TestData.unit(TestData.uniqueExternalId(), "GM0141", "REGULAR", 2);
        List<CompletableFuture<Integer>> posts = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> asOwner().contentType(ContentType.JSON).body(body).post(UNITS).statusCode()))
                .toList();
        List<Integer> statuses = posts.stream().map(CompletableFuture::join).toList();
        assertThat(statuses).containsOnly(201, 200).filteredOn(s -> s == 201).hasSize(1);
    }

    @Test
    void aCapacityOfZeroIsRefusedNamingCapacity() {
        asOwner().contentType(ContentType.JSON).body(TestData.unit(TestData.uniqueExternalId(), "GM0141", "REGULAR", 0))
                .post(UNITS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", hasItem("capacity"));
    }

    @Test
    void aLargeFamilyHomeForFourIsRefused() {
        asOwner().contentType(ContentType.JSON).body(TestData.unit(TestData.uniqueExternalId(), "GM0141", "LARGE_FAMILY", 4))
                .post(UNITS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", hasItem("capacity"))
                .body("invalidParams.reason", hasItem(containsString("LARGE_FAMILY")));
    }

    @Test
    void anUnknownTypeIsRefusedListingTheKnownOnes() {
        asOwner().contentType(ContentType.JSON).body(TestData.unit(TestData.uniqueExternalId(), "GM0141", "CASTLE", 4))
                .post(UNITS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", hasItem("type"))
                .body("invalidParams.reason", hasItem(containsString("LARGE_FAMILY")));
    }

    @Test
    void aMunicipalityCodeMustBeACbsCode() {
        asOwner().contentType(ContentType.JSON).body(TestData.unit(TestData.uniqueExternalId(), "Almelo", "REGULAR", 4))
                .post(UNITS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", hasItem("municipalityCode"));
    }

    @Test
    void unknownFieldsAreRefused() {
        Map<String, Object> body = TestData.unit(TestData.uniqueExternalId(), "GM0141", "REGULAR", 4);
        body.put("bsn", "123456782");
        asOwner().contentType(ContentType.JSON).body(body)
                .post(UNITS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", hasItem("bsn"));
    }

    @Test
    void everyMissingOrUnsafeFieldIsListedAtOnce() {
        asOwner().contentType(ContentType.JSON).body("{\"externalId\": \"a/b c\", \"ownerId\": \"\"}")
                .post(UNITS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder(
                        "externalId", "ownerId", "municipalityCode", "type", "capacity"))
                .body(not(containsString("Exception")));
    }

    @Test
    void anUnknownUnitIsNotFound() {
        asOwner().get(UNITS + "/{id}", UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
        asOwner().get(UNITS + "/{id}", "not-a-uuid")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void allOptionalDetailsAreKept() {
        Map<String, Object> body = TestData.unit(TestData.uniqueExternalId(), "GM0141", "FLEX", 2);
        body.put("ownerType", "CORPORATION");
        body.put("neighbourhoodCode", "BU01410102");
        body.put("monthlyRent", 480);
        body.put("temporaryUntil", TestData.today().plusYears(10).toString());
        String id = asOwner().contentType(ContentType.JSON).body(body).post(UNITS)
                .then().statusCode(201).extract().path("id");
        asOwner().get(UNITS + "/{id}", id).then().statusCode(200)
                .body("ownerType", equalTo("CORPORATION"))
                .body("neighbourhoodCode", equalTo("BU01410102"))
                .body("monthlyRent", equalTo(480.0f))
                .body("temporaryUntil", equalTo(body.get("temporaryUntil")))
                .body("retiredOn", nullValue());
    }

    @Test
    void aCorrectionByIdReplacesTheDetailsButNotTheIdentity() {
        String externalId = TestData.uniqueExternalId();
        Map<String, Object> body = TestData.unit(externalId, "GM0141", "SHARED", 4);
        String id = asOwner().contentType(ContentType.JSON).body(body).post(UNITS).then().statusCode(201).extract().path("id");

        asOwner().contentType(ContentType.JSON).body(body).put(UNITS + "/{id}", id)
                .then().statusCode(200).body("correctedAt", nullValue());
        body.put("capacity", 6);
        asOwner().contentType(ContentType.JSON).body(body).put(UNITS + "/{id}", id)
                .then().statusCode(200).body("capacity", equalTo(6)).body("correctedAt", matchesPattern(".*Z"));

        body.put("externalId", TestData.uniqueExternalId());
        asOwner().contentType(ContentType.JSON).body(body).put(UNITS + "/{id}", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("externalId and ownerId identify a unit"));
        asOwner().contentType(ContentType.JSON).body(body).put(UNITS + "/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aRetiredUnitKeepsItsHistoryAndCannotBeCorrected() {
        Map<String, Object> body = TestData.unit(TestData.uniqueExternalId(), "GM0141", "FLEX", 2);
        String id = asOwner().contentType(ContentType.JSON).body(body).post(UNITS).then().statusCode(201).extract().path("id");
        String yesterday = TestData.today().minusDays(1).toString();
        Map<String, Object> retirement = Map.of("retiredOn", yesterday, "reason", "flex term ended");

        asOwner().contentType(ContentType.JSON).body(retirement).put(UNITS + "/{id}/retirement", id)
                .then().statusCode(200).body("retiredOn", equalTo(yesterday)).body("retirementReason", equalTo("flex term ended"));
        asOwner().contentType(ContentType.JSON).body(retirement).put(UNITS + "/{id}/retirement", id)
                .then().statusCode(200);
        asOwner().contentType(ContentType.JSON).body(Map.of("retiredOn", TestData.today().minusDays(5).toString()))
                .put(UNITS + "/{id}/retirement", id)
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString(yesterday));

        asOwner().contentType(ContentType.JSON).body(body).post(UNITS).then().statusCode(200).body("id", equalTo(id));
        body.put("capacity", 3);
        asOwner().contentType(ContentType.JSON).body(body).post(UNITS)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", allOf(containsString("retired on " + yesterday), containsString("capacity")));
        asOwner().get(UNITS + "/{id}", id).then().statusCode(200).body("capacity", equalTo(2));
    }

    @Test
    void aRetirementDateInTheFutureIsRefused() {
        String id = asOwner().contentType(ContentType.JSON).body(TestData.unit(TestData.uniqueExternalId(), "GM0141", "ROOM", 1))
                .post(UNITS).then().statusCode(201).extract().path("id");
        asOwner().contentType(ContentType.JSON).body(Map.of("retiredOn", TestData.today().plusDays(2).toString()))
                .put(UNITS + "/{id}/retirement", id)
                .then().statusCode(400).contentType("application/problem+json").body("invalidParams.name", hasItem("retiredOn"));
        asOwner().contentType(ContentType.JSON).body(Map.of("retiredOn", "2025-01-01")).put(UNITS + "/{id}/retirement", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aSharedDwellingWithoutRoomsIsRefused() {
        asOwner().contentType(ContentType.JSON).body(TestData.unit(TestData.uniqueExternalId(), "GM0141", "SHARED", 1)).post(UNITS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.reason", hasItem(containsString("counts rooms for a SHARED unit")));
        Map<String, Object> noRooms = TestData.unit(TestData.uniqueExternalId(), "GM0141", "SHARED", 2);
        noRooms.remove("capacity");
        asOwner().contentType(ContentType.JSON).body(noRooms).post(UNITS)
                .then().statusCode(400).contentType("application/problem+json").body("invalidParams.name", hasItem("capacity"));
    }

    @Test
    void aTemporaryUntilInThePastOrOnARegularHomeIsRefused() {
        Map<String, Object> past = TestData.unit(TestData.uniqueExternalId(), "GM0141", "FLEX", 2);
        past.put("temporaryUntil", TestData.today().minusDays(1).toString());
        asOwner().contentType(ContentType.JSON).body(past).post(UNITS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("temporaryUntil"))
                .body("invalidParams.reason", hasItem("must not be in the past"));
        Map<String, Object> regular = TestData.unit(TestData.uniqueExternalId(), "GM0141", "REGULAR", 2);
        regular.put("temporaryUntil", TestData.today().plusYears(1).toString());
        asOwner().contentType(ContentType.JSON).body(regular).post(UNITS)
                .then().statusCode(400).body("invalidParams.reason", hasItem(containsString("only to FLEX and INTERMEDIATE")));
    }

    @Test
    void aNeighbourhoodMustBeACbsCodeInTheMunicipality() {
        Map<String, Object> body = TestData.unit(TestData.uniqueExternalId(), "GM0141", "REGULAR", 2);
        body.put("neighbourhoodCode", "Centrum");
        asOwner().contentType(ContentType.JSON).body(body).post(UNITS)
                .then().statusCode(400).body("invalidParams.name", hasItem("neighbourhoodCode"));
        body.put("neighbourhoodCode", "WK015301");
        asOwner().contentType(ContentType.JSON).body(body).post(UNITS)
                .then().statusCode(400).body("invalidParams.reason", hasItem(containsString("does not lie in municipality GM0141")));
    }

    @Test
    void unitsAreListedByMunicipalityTypeOwnerAndAvailabilityPageByPage() {
        String municipality = TestData.uniqueMunicipalityCode();
        String owner = TestData.uniqueCorporationId();
        for (int i = 0; i < 3; i++) {
            TestData.asCorporation(owner).contentType(ContentType.JSON).body(TestData.unit(owner, "reg-" + i, municipality, "REGULAR", 4))
                    .post(UNITS).then().statusCode(201);
        }
        // The municipality registers the room it rents from a private landlord.
        Map<String, Object> room = TestData.unit("landlord-" + UUID.randomUUID(), TestData.uniqueExternalId(), municipality, "ROOM", 1);
        room.put("ownerType", "PRIVATE_LANDLORD");
        TestData.asMunicipality(municipality).contentType(ContentType.JSON).body(room).post(UNITS).then().statusCode(201);
        String retired = TestData.asCorporation(owner).contentType(ContentType.JSON)
                .body(TestData.unit(owner, "gone", municipality, "FLEX", 2))
                .post(UNITS).then().statusCode(201).extract().path("id");
        TestData.asCorporation(owner).contentType(ContentType.JSON).body(Map.of("retiredOn", TestData.today().toString()))
                .put(UNITS + "/{id}/retirement", retired).then().statusCode(200);

        TestData.asMunicipality(municipality).queryParam("municipalityCode", municipality).get(UNITS)
                .then().statusCode(200)
                .body("totalItems", equalTo(4)).body("page", equalTo(1)).body("pageSize", equalTo(20)).body("items.size()", equalTo(4));
        TestData.asMunicipality(municipality).queryParam("municipalityCode", municipality).queryParam("type", "REGULAR").queryParam("pageSize", 2)
                .queryParam("page", 2).get(UNITS)
                .then().statusCode(200)
                .body("totalItems", equalTo(3)).body("totalPages", equalTo(2)).body("items.externalId", contains("reg-2"));
        TestData.asCorporation(owner).queryParam("ownerId", owner).queryParam("available", "true").get(UNITS)
                .then().body("totalItems", equalTo(3));
        TestData.asMunicipality(municipality).queryParam("municipalityCode", municipality).queryParam("ownerType", "PRIVATE_LANDLORD").get(UNITS)
                .then().body("items.type", contains("ROOM"));
        TestData.asMunicipality(municipality).queryParam("municipalityCode", municipality).queryParam("retired", "true").get(UNITS)
                .then().body("items.id", contains(retired));
        TestData.asMunicipality(municipality).queryParam("municipalityCode", municipality).queryParam("available", "false").get(UNITS)
                .then().body("totalItems", equalTo(0));
    }

    @Test
    void listParametersAreCheckedAllAtOnce() {
        asOwner().queryParam("pageSize", 101).queryParam("page", 0).queryParam("type", "CASTLE").queryParam("available", "maybe")
                .queryParam("municipalityCode", "Almelo").get(UNITS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("pageSize", "page", "type", "available", "municipalityCode"));
        asOwner().queryParam("pageSize", "twenty").get(UNITS)
                .then().statusCode(400).body("invalidParams.name", contains("pageSize"));
    }
}
