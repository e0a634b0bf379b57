package nl.permitholders.placement.coupling;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
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
        given().get("/placements/v1/couplings/{id}", id)
                .then().statusCode(200)
                .body("persons", equalTo(5))
                .body("status", equalTo("COUPLED"))
                .body("municipalityCode", equalTo("GM0141"));
    }

    @Test
    void registeringTheSameCoaReferenceTwiceReturnsTheExistingCoupling() {
        Map<String, Object> body = Couplings.family("GM0141", 1, 0, COUPLED);
        String id = Couplings.register(body);
        given().contentType(ContentType.JSON).body(body).post("/placements/v1/couplings")
                .then().statusCode(200).body("id", equalTo(id));
        body.put("adults", 2);
        body.put("householdType", "FAMILY");
        given().contentType(ContentType.JSON).body(body).post("/placements/v1/couplings")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void concurrentRegistrationsOfOneCoaReferenceCreateOneCoupling() {
        Map<String, Object> body = Couplings.family("GM0141", 2, 0, COUPLED);
        List<CompletableFuture<Response>> posts = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> given().contentType(ContentType.JSON).body(body).post("/placements/v1/couplings")))
                .toList();
        List<Response> responses = posts.stream().map(CompletableFuture::join).toList();
        assertThat(responses).extracting(Response::statusCode).containsOnly(201, 200).filteredOn(s -> s == 201).hasSize(1);
        assertThat(responses).extracting(r -> r.jsonPath().getString("id")).containsOnly(responses.get(0).jsonPath().getString("id"));
    }

    @Test
    void invalidCouplingsAreRefusedListingEveryViolation() {
        Map<String, Object> body = Couplings.family("GM141", 0, 0, COUPLED);
        body.put("householdType", "FAMILY");
        given().contentType(ContentType.JSON).body(body).post("/placements/v1/couplings")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("municipalityCode"));
        body.put("municipalityCode", "GM0141");
        given().contentType(ContentType.JSON).body(body).post("/placements/v1/couplings")
                .then().statusCode(400).body("invalidParams.name", hasItem("adults"));
        Map<String, Object> future = Couplings.family("GM0141", 1, 0, LocalDate.now().plusDays(30));
        given().contentType(ContentType.JSON).body(future).post("/placements/v1/couplings")
                .then().statusCode(400).body("invalidParams.name", containsInAnyOrder("permitDate", "couplingDate"));
    }

    @Test
    void personalIdentifiersAreNotAccepted() {
        Map<String, Object> body = Couplings.family("GM0141", 1, 0, COUPLED);
        body.put("name", "A. Person");
        given().contentType(ContentType.JSON).body(body).post("/placements/v1/couplings")
                .then().statusCode(400).body("invalidParams.name", hasItem("name"));
    }

    @Test
    void anUnknownHouseholdTypeNamesTheAllowedValues() {
        Map<String, Object> body = Couplings.family("GM0141", 1, 0, COUPLED);
        body.put("householdType", "COUPLE");
        given().contentType(ContentType.JSON).body(body).post("/placements/v1/couplings")
                .then().statusCode(400).body("invalidParams.name", hasItem("householdType"));
    }
}
