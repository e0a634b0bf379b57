package nl.permitholders.placement.reunification;

import static nl.permitholders.placement.Callers.asCoa;
import static nl.permitholders.placement.Callers.asMunicipality;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.placement.Couplings;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReunificationResourceTest {

    private static final LocalDate COUPLED = LocalDate.of(2024, 2, 1);
    private static final LocalDate HOUSED = COUPLED.plusWeeks(6);

    static ValidatableResponse arrive(String couplingId, int persons, LocalDate arrivedOn) {
        return asMunicipality("GM0141").contentType(ContentType.JSON).body(Map.of("persons", persons, "arrivedOn", arrivedOn.toString()))
                .post("/placements/v1/couplings/{id}/reunifications", couplingId).then();
    }

    private static String housedReferentWaitingFor(int expected) {
        Map<String, Object> body = Couplings.single("GM0141", COUPLED);
        body.put("expectedReunificationPersons", expected);
        String coupling = Couplings.register(body);
        Couplings.place(coupling, 1, HOUSED);
        return coupling;
    }

    @Test
    void familyMembersJoinAHousedReferentAndCountOnTheirArrivalDate() {
        String coupling = housedReferentWaitingFor(3);
        String reunification = arrive(coupling, 3, HOUSED.plusWeeks(10)).statusCode(201)
                .body("persons", equalTo(3)).body("arrivedOn", equalTo(HOUSED.plusWeeks(10).toString()))
                .body("municipalityCode", equalTo("GM0141"))
                .extract().path("id");
        asMunicipality("GM0141").get("/placements/v1/couplings/{c}/reunifications/{r}", coupling, reunification).then().statusCode(200);
        asCoa().get("/placements/v1/couplings/{c}/reunifications", coupling).then().body("totalItems", equalTo(1));
        asCoa().get("/placements/v1/couplings/{c}/audit-trail", coupling).then()
                .body("items.action", hasItem("REUNIFICATION_ARRIVED"));
    }

    @Test
    void withoutAHousedReferentNobodyCanJoin() {
        String coupling = Couplings.register(Couplings.single("GM0141", COUPLED));
        arrive(coupling, 2, HOUSED).statusCode(409).body("detail", containsString("Nobody of this coupling is housed"));
        String placement = Couplings.place(coupling, 1, HOUSED);
        asMunicipality("GM0141").contentType(ContentType.JSON).body(Map.of("reason", "WRONG_COUPLING"))
                .post("/placements/v1/couplings/{c}/placements/{p}/revocation", coupling, placement).then().statusCode(200);
        arrive(coupling, 2, HOUSED).statusCode(409);
    }

    @Test
    void familyMembersArriveAfterTheReferentWasHousedAndNotInTheFuture() {
        String coupling = housedReferentWaitingFor(2);
        arrive(coupling, 2, HOUSED.minusDays(1)).statusCode(409).body("detail", containsString("housed on " + HOUSED));
        arrive(coupling, 2, LocalDate.now().plusDays(2)).statusCode(400).body("invalidParams.name", hasItem("arrivedOn"));
        arrive(coupling, 0, HOUSED).statusCode(400).body("invalidParams.name", hasItem("persons"));
        arrive(UUID.randomUUID().toString(), 1, HOUSED).statusCode(404);
    }
}
