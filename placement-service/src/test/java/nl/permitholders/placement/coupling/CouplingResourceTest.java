package nl.permitholders.placement.coupling;

import static nl.permitholders.placement.Callers.asCoa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import nl.permitholders.placement.Couplings;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CouplingResourceTest {

    private static final LocalDate COUPLED = LocalDate.of(2024, 2, 1);

    @Test
    void aCouplingIsRegisteredWithCountsOnly() {
        Map<String, Object> body = Couplings.family("GM0141", 2, 3, COUPLED);
        String id = Couplings.register(body);
        asCoa().get("/placements/v1/couplings/{id}", id)
                .then().statusCode(200)
                .body("persons", equalTo(5))
                .body("status", equalTo("COUPLED"))
                .body("municipalityCode", equalTo("GM0141"))
                .body("personsHoused", equalTo(0))
                .body("housingDeadline", equalTo(COUPLED.plusWeeks(12).toString()));
    }

    @Test
    void theRegionReunificationAndNeedsCoaGivesAreKept() {
        Map<String, Object> body = Couplings.family("GM0141", 1, 0, COUPLED);
        body.put("expectedReunificationPersons", 3);
        body.put("receptionRegion", "EAST");
        body.put("ownRegion", true);
        body.put("specialNeeds", List.of("WHEELCHAIR_ACCESSIBLE"));
        String id = Couplings.register(body);
        Couplings.get(id)
                .body("expectedReunificationPersons", equalTo(3))
                .body("receptionRegion", equalTo("EAST"))
                .body("ownRegion", equalTo(true))
                .body("specialNeeds", contains("WHEELCHAIR_ACCESSIBLE"));
    }

    @Test
    void registeringTheSameCoaReferenceTwiceReturnsTheExistingCoupling() {
        Map<String, Object> body = Couplings.family("GM0141", 1, 0, COUPLED);
        String id = Couplings.register(body);
        body.put("specialNeeds", List.of());
        body.put("expectedReunificationPersons", 0);
        asCoa().contentType(ContentType.JSON).body(body).post("/placements/v1/couplings")
                .then().statusCode(200).body("id", equalTo(id));
        body.put("adults", 2);
        body.put("householdType", "FAMILY");
        asCoa().contentType(ContentType.JSON).body(body).post("/placements/v1/couplings")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void concurrentRegistrationsOfOneCoaReferenceCreateOneCoupling() {
        Map<String, Object> body = Couplings.family("GM0141", 2, 0, COUPLED);
        List<CompletableFuture<Response>> posts = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> asCoa().contentType(ContentType.JSON).body(body).post("/placements/v1/couplings")))
                .toList();
        List<Response> responses = posts.stream().map(CompletableFuture::join).toList();
        assertThat(responses).extracting(Response::statusCode).containsOnly(201, 200).filteredOn(s -> s == 201).hasSize(1);
        assertThat(responses).extracting(r -> r.jsonPath().getString("id")).containsOnly(responses.get(0).jsonPath().getString("id"));
    }

    @Test
    void couplingsAreListedByMunicipalityAndStatusLongestWaitingFirst() {
        String municipality = Couplings.newMunicipality();
        Map<String, Object> late = Couplings.family(municipality, 2, 0, COUPLED.plusWeeks(3));
        Map<String, Object> early = Couplings.family(municipality, 1, 0, COUPLED);
        Map<String, Object> middle = Couplings.family(municipality, 3, 1, COUPLED.plusWeeks(1));
        String lateId = Couplings.register(late);
        String earlyId = Couplings.register(early);
        String middleId = Couplings.register(middle);
        Couplings.place(lateId, 2, COUPLED.plusWeeks(8));

        asCoa().queryParam("municipalityCode", municipality).get("/placements/v1/couplings")
                .then().statusCode(200)
                .body("items.id", contains(earlyId, middleId, lateId))
                .body("totalItems", equalTo(3)).body("page", equalTo(1)).body("pageSize", equalTo(20));
        asCoa().queryParam("municipalityCode", municipality).queryParam("status", "HOUSED").get("/placements/v1/couplings")
                .then().statusCode(200).body("items.id", contains(lateId)).body("items[0].personsHoused", equalTo(2));
        asCoa().queryParam("municipalityCode", municipality).queryParam("page", 2).queryParam("pageSize", 2)
                .get("/placements/v1/couplings")
                .then().statusCode(200).body("items.id", contains(lateId))
                .body("totalItems", equalTo(3)).body("totalPages", equalTo(2));
        asCoa().queryParam("coaReference", middle.get("coaReference")).get("/placements/v1/couplings")
                .then().statusCode(200).body("items.id", contains(middleId));
    }

    @Test
    void acrossTheCountryCoaReadsPagesThatFollowOneAnotherInWaitingOrder() {
        // More couplings than a page of two, in municipalities of their own; the country's list holds them and others.
        for (int i = 0; i < 3; i++) {
            Couplings.register(Couplings.family(Couplings.newMunicipality(), 1, 0, COUPLED.plusWeeks(i)));
        }
        Response firstFour = asCoa().queryParam("pageSize", 4).get("/placements/v1/couplings");
        firstFour.then().statusCode(200);
        long total = firstFour.jsonPath().getLong("totalItems");
        assertThat(total).isGreaterThanOrEqualTo(3);
        List<String> ids = firstFour.jsonPath().getList("items.id");

        Response first = asCoa().queryParam("pageSize", 2).get("/placements/v1/couplings");
        first.then().statusCode(200).body("page", equalTo(1)).body("totalPages", equalTo((int) ((total + 1) / 2)));
        assertThat(first.jsonPath().getLong("totalItems")).isEqualTo(total);
        Response second = asCoa().queryParam("pageSize", 2).queryParam("page", 2).get("/placements/v1/couplings");
        second.then().statusCode(200).body("page", equalTo(2));
        assertThat(second.jsonPath().getLong("totalItems")).isEqualTo(total);
        List<String> paged = new java.util.ArrayList<>(first.jsonPath().getList("items.id"));
        paged.addAll(second.jsonPath().getList("items.id"));
        assertThat(paged).isEqualTo(ids);
        List<String> permitDates = firstFour.jsonPath().getList("items.permitDate");
        assertThat(permitDates).isSorted();
    }

    @Test
    void listParametersOutOfRangeAreRefusedByName() {
        asCoa().queryParam("pageSize", 101).queryParam("page", 0).get("/placements/v1/couplings")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("page", "pageSize"));
        asCoa().queryParam("status", "WAITING").get("/placements/v1/couplings")
                .then().statusCode(400).body("invalidParams.name", contains("status"));
        asCoa().queryParam("municipalityCode", "Almelo").get("/placements/v1/couplings")
                .then().statusCode(400).body("invalidParams.name", hasItem("municipalityCode"));
        asCoa().queryParam("page", "two").queryParam("pageSize", 0).get("/placements/v1/couplings")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("page", "pageSize"))
                .body("invalidParams.reason", hasItem("must be a whole number"));
        asCoa().queryParam("status", "WAITING").queryParam("pageSize", 0).get("/placements/v1/couplings")
                .then().statusCode(400).body("invalidParams.name", containsInAnyOrder("status", "pageSize"));
    }

    @Test
    void invalidCouplingsAreRefusedListingEveryViolation() {
        Map<String, Object> body = Couplings.family("GM141", 0, 0, COUPLED);
        body.put("householdType", "FAMILY");
        asCoa().contentType(ContentType.JSON).body(body).post("/placements/v1/couplings")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("municipalityCode"));
        body.put("municipalityCode", "GM0141");
        asCoa().contentType(ContentType.JSON).body(body).post("/placements/v1/couplings")
                .then().statusCode(400).body("invalidParams.name", hasItem("adults"));
        Map<String, Object> future = Couplings.family("GM0141", 1, 0, LocalDate.now().plusDays(30));
        asCoa().contentType(ContentType.JSON).body(future).post("/placements/v1/couplings")
                .then().statusCode(400).body("invalidParams.name", containsInAnyOrder("permitDate", "couplingDate"));
    }

    @Test
    void negativeCountsAreRefused() {
        Map<String, Object> body = Couplings.family("GM0141", 2, 0, COUPLED);
        body.put("minors", -1);
        body.put("expectedReunificationPersons", -2);
        asCoa().contentType(ContentType.JSON).body(body).post("/placements/v1/couplings")
                .then().statusCode(400).body("invalidParams.name", containsInAnyOrder("minors", "expectedReunificationPersons"));
    }

    @Test
    void personalIdentifiersAreNotAccepted() {
        Map<String, Object> body = Couplings.family("GM0141", 1, 0, COUPLED);
        body.put("name", "A. Person");
        asCoa().contentType(ContentType.JSON).body(body).post("/placements/v1/couplings")
                .then().statusCode(400).body("invalidParams.name", hasItem("name"));
    }

    @Test
    void anUnknownHouseholdTypeRegionOrNeedNamesTheAllowedValues() {
        Map<String, Object> body = Couplings.family("GM0141", 1, 0, COUPLED);
        body.put("householdType", "COUPLE");
        asCoa().contentType(ContentType.JSON).body(body).post("/placements/v1/couplings")
                .then().statusCode(400).body("invalidParams.name", hasItem("householdType"));
        body = Couplings.family("GM0141", 1, 0, COUPLED);
        body.put("receptionRegion", "RANDSTAD");
        asCoa().contentType(ContentType.JSON).body(body).post("/placements/v1/couplings")
                .then().statusCode(400).body("invalidParams.name", hasItem("receptionRegion"));
        body = Couplings.family("GM0141", 1, 0, COUPLED);
        body.put("specialNeeds", List.of("GARDEN"));
        asCoa().contentType(ContentType.JSON).body(body).post("/placements/v1/couplings")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("specialNeeds[0]"));
    }

    @Test
    void malformedJsonIsRefused() {
        asCoa().contentType(ContentType.JSON).body("{\"coaReference\": \"COA-1\",").post("/placements/v1/couplings")
                .then().statusCode(400).contentType("application/problem+json").body("invalidParams.name", hasItem("body"));
    }

    @Test
    void anUnknownCouplingIsNotFound() {
        asCoa().get("/placements/v1/couplings/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }
}
