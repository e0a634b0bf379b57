package nl.permitholders.placement.waiting;

import static nl.permitholders.placement.Callers.asCoa;
import static nl.permitholders.placement.Callers.asMunicipality;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import nl.permitholders.placement.Couplings;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WaitingListResourceTest {

    private static final LocalDate PERMIT = LocalDate.of(2024, 1, 8);

    private static Map<String, Object> household(String municipality, int adults, int minors, LocalDate permit, LocalDate coupled) {
        Map<String, Object> body = Couplings.family(municipality, adults, minors, coupled);
        body.put("permitDate", permit.toString());
        return body;
    }

    @Test
    void theWaitingListIsOrderedByPermitDateThenCouplingDate() {
        String municipality = Couplings.newMunicipality();
        String laterCoupled = Couplings.register(household(municipality, 2, 2, PERMIT.plusWeeks(1), PERMIT.plusWeeks(4)));
        String earliestPermit = Couplings.register(household(municipality, 1, 0, PERMIT, PERMIT.plusWeeks(5)));
        String earlierCoupled = Couplings.register(household(municipality, 2, 1, PERMIT.plusWeeks(1), PERMIT.plusWeeks(2)));
        String housed = Couplings.register(household(municipality, 1, 0, PERMIT.minusWeeks(5), PERMIT));
        Couplings.place(housed, 1, PERMIT.plusWeeks(3));
        String cancelled = Couplings.register(household(municipality, 1, 0, PERMIT.minusWeeks(5), PERMIT));
        asCoa().contentType(ContentType.JSON).body(Map.of("reason", "WITHDRAWN", "cancelledOn", PERMIT.plusDays(1).toString()))
                .post("/placements/v1/couplings/{id}/cancellation", cancelled).then().statusCode(200);
        Couplings.place(laterCoupled, 1, PERMIT.plusWeeks(6));

        asMunicipality(municipality).get("/placements/v1/municipalities/{code}/waiting-list", municipality).then().statusCode(200)
                .body("items.couplingId", contains(earliestPermit, earlierCoupled, laterCoupled))
                .body("items.position", contains(1, 2, 3))
                .body("items.householdType", contains("SINGLE", "FAMILY", "FAMILY"))
                .body("items.persons", contains(1, 3, 4))
                .body("items.personsToHouse", contains(1, 3, 3))
                .body("items[0].overdue", equalTo(true))
                .body("items[0].housingDeadline", equalTo(PERMIT.plusWeeks(17).toString()))
                .body("totalItems", equalTo(3));
        asCoa().queryParam("page", 2).queryParam("pageSize", 2)
                .get("/placements/v1/municipalities/{code}/waiting-list", municipality).then().statusCode(200)
                .body("items.couplingId", contains(laterCoupled)).body("items.position", contains(3));
    }

    @Test
    void anInvalidMunicipalityCodeOrPageSizeIsRefused() {
        asCoa().get("/placements/v1/municipalities/{code}/waiting-list", "0141").then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams.name", hasItem("code"));
        asCoa().queryParam("pageSize", 500).get("/placements/v1/municipalities/{code}/waiting-list", "GM0141")
                .then().statusCode(400).body("invalidParams.name", hasItem("pageSize"));
    }
}
