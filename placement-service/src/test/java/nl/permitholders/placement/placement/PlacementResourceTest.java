package nl.permitholders.placement.placement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.placement.Couplings;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlacementResourceTest {

    private static final LocalDate COUPLED = LocalDate.of(2024, 2, 1);

    @Test
    void aFamilyHousedInTwoPartsIsHousedWhenAllArePlaced() {
        String coupling = Couplings.register(Couplings.family("GM0141", 2, 2, COUPLED));
        String placement = Couplings.place(coupling, 3, COUPLED.plusWeeks(6));
        given().get("/placements/v1/couplings/{c}/placements/{p}", coupling, placement)
                .then().statusCode(200).body("persons", equalTo(3)).body("housedOn", equalTo(COUPLED.plusWeeks(6).toString()));
        given().get("/placements/v1/couplings/{id}", coupling).then().body("status", equalTo("COUPLED"));

        Couplings.place(coupling, 1, COUPLED.plusWeeks(9));
        given().get("/placements/v1/couplings/{id}", coupling).then().body("status", equalTo("HOUSED"));
    }

    @Test
    void morePersonsThanTheCouplingHasAreRefused() {
        String coupling = Couplings.register(Couplings.family("GM0141", 1, 1, COUPLED));
        Couplings.place(coupling, 1, COUPLED.plusWeeks(4));
        given().contentType(ContentType.JSON).body(Map.of("persons", 2, "housedOn", COUPLED.plusWeeks(5).toString()))
                .post("/placements/v1/couplings/{id}/placements", coupling)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void datesBeforeTheCouplingOrInTheFutureAreRefused() {
        String coupling = Couplings.register(Couplings.family("GM0141", 1, 0, COUPLED));
        given().contentType(ContentType.JSON).body(Map.of("persons", 1, "housedOn", COUPLED.minusDays(1).toString()))
                .post("/placements/v1/couplings/{id}/placements", coupling)
                .then().statusCode(400).body("invalidParams.name", hasItem("housedOn"));
        given().contentType(ContentType.JSON).body(Map.of("persons", 1, "housedOn", LocalDate.now().plusDays(3).toString()))
                .post("/placements/v1/couplings/{id}/placements", coupling)
                .then().statusCode(400).body("invalidParams.name", hasItem("housedOn"));
    }

    @Test
    void zeroPersonsMalformedDatesAndUnknownCouplingsAreRefused() {
        String coupling = Couplings.register(Couplings.family("GM0141", 1, 0, COUPLED));
        given().contentType(ContentType.JSON).body(Map.of("persons", 0, "housedOn", COUPLED.plusDays(1).toString()))
                .post("/placements/v1/couplings/{id}/placements", coupling)
                .then().statusCode(400).body("invalidParams.name", hasItem("persons"));
        given().contentType(ContentType.JSON).body(Map.of("persons", 1, "housedOn", "1 maart 2024"))
                .post("/placements/v1/couplings/{id}/placements", coupling)
                .then().statusCode(400).body("invalidParams.name", hasItem("housedOn"));
        given().contentType(ContentType.JSON).body(Map.of("persons", 1, "housedOn", COUPLED.plusDays(1).toString()))
                .post("/placements/v1/couplings/{id}/placements", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }
}
