package nl.permitholders.placement.offer;

import static nl.permitholders.placement.Callers.asCoa;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.placement.Couplings;
import nl.permitholders.placement.Units;
import nl.permitholders.platform.time.NetherlandsClock;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OfferResourceTest {

    private static final LocalDate COUPLED = LocalDate.of(2024, 2, 1);
    private static final LocalDate OFFERED = COUPLED.plusWeeks(4);

    static ValidatableResponse decline(String couplingId, String offerId, String reason, LocalDate declinedOn) {
        return Couplings.asItsMunicipality(couplingId).contentType(ContentType.JSON)
                .body(Map.of("reason", reason, "declinedOn", declinedOn.toString(), "explanation", "too far from school"))
                .post("/placements/v1/couplings/{c}/offers/{o}/declination", couplingId, offerId).then();
    }

    @Test
    void aFittingUnitIsOfferedAndWhenDeclinedTheCouplingWaitsAgain() {
        String municipality = Couplings.newMunicipality();
        UUID unit = Units.known(municipality, "REGULAR", 4);
        String coupling = Couplings.register(Couplings.family(municipality, 2, 1, COUPLED));

        String offer = Couplings.tryOffer(coupling, unit, OFFERED).statusCode(201)
                .body("status", equalTo("OPEN")).body("persons", equalTo(3)).body("unitId", equalTo(unit.toString()))
                .extract().path("id");
        Couplings.get(coupling).body("status", equalTo("OFFERED"));
        asCoa().get("/placements/v1/units/{id}", unit).then().body("personsReserved", equalTo(3)).body("freePlaces", equalTo(1));
        Couplings.tryOffer(coupling, unit, OFFERED).statusCode(409).body("detail", containsString("The coupling is OFFERED"));

        decline(coupling, offer, "HOUSEHOLD_DECLINED", OFFERED.plusDays(3)).statusCode(200)
                .body("status", equalTo("DECLINED")).body("declineReason", equalTo("HOUSEHOLD_DECLINED"))
                .body("closedOn", equalTo(OFFERED.plusDays(3).toString()));
        Couplings.get(coupling).body("status", equalTo("COUPLED"));
        asCoa().get("/placements/v1/units/{id}", unit).then().body("freePlaces", equalTo(4));
        decline(coupling, offer, "OTHER", OFFERED.plusDays(4)).statusCode(409).body("detail", containsString("The offer is DECLINED"));
        asCoa().get("/placements/v1/couplings/{c}/offers", coupling).then().statusCode(200).body("totalItems", equalTo(1));
        asCoa().get("/placements/v1/couplings/{c}/audit-trail", coupling).then()
                .body("items.action", hasItem("OFFER_DECLINED"))
                .body("items.reason", hasItem("HOUSEHOLD_DECLINED: too far from school"));
    }

    @Test
    void placingThePersonsInTheOfferedUnitAcceptsTheOffer() {
        String municipality = Couplings.newMunicipality();
        UUID unit = Units.known(municipality, "REGULAR", 3);
        String coupling = Couplings.register(Couplings.family(municipality, 2, 1, COUPLED));
        String offer = Couplings.offer(coupling, unit, OFFERED);
        Couplings.placeIn(coupling, 3, OFFERED.plusWeeks(1), unit);
        Couplings.get(coupling).body("status", equalTo("HOUSED"));
        asCoa().get("/placements/v1/couplings/{c}/offers/{o}", coupling, offer).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("closedOn", equalTo(OFFERED.plusWeeks(1).toString()));
        asCoa().get("/placements/v1/units/{id}", unit).then().body("personsPlaced", equalTo(3)).body("personsReserved", equalTo(0));
    }

    @Test
    void anOpenOfferReservesItsPlaces() {
        String municipality = Couplings.newMunicipality();
        UUID unit = Units.known(municipality, "REGULAR", 4);
        Couplings.offer(Couplings.register(Couplings.family(municipality, 2, 1, COUPLED)), unit, OFFERED);
        String other = Couplings.register(Couplings.family(municipality, 2, 0, COUPLED));
        Couplings.tryOffer(other, unit, OFFERED).statusCode(409).body("detail", containsString("2 persons exceed the 1 free places"));
        Couplings.tryPlace(other, 2, OFFERED, unit).statusCode(409).body("detail", containsString("1 of 4 places free"));
    }

    @Test
    void anUnknownUnitIsInvalid() {
        String coupling = Couplings.register(Couplings.family(Couplings.newMunicipality(), 1, 0, COUPLED));
        Couplings.tryOffer(coupling, UUID.randomUUID(), OFFERED).statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("unitId"));
    }

    @Test
    void unitsThatDoNotFitAreRefusedSayingWhy() {
        String municipality = Couplings.newMunicipality();
        String family = Couplings.register(Couplings.family(municipality, 2, 2, COUPLED));
        Couplings.tryOffer(family, Units.known(municipality, "SHARED", 6), OFFERED).statusCode(409)
                .body("detail", containsString("houses singles only"));
        Couplings.tryOffer(family, Units.known(municipality, "ROOM", 4), OFFERED).statusCode(409)
                .body("detail", containsString("houses singles only"));
        Couplings.tryOffer(family, Units.known(municipality, "LARGE_FAMILY", 9), OFFERED).statusCode(409)
                .body("detail", containsString("households of 7 or more; this one has 4"));
        Couplings.tryOffer(family, Units.known(municipality, "REGULAR", 3), OFFERED).statusCode(409)
                .body("detail", containsString("4 persons exceed the 3 free places"));
        Couplings.tryOffer(family, Units.known(Couplings.newMunicipality(), "REGULAR", 6), OFFERED).statusCode(409)
                .body("detail", containsString("not in " + municipality));

        Map<String, Object> body = Couplings.family(municipality, 1, 0, COUPLED);
        body.put("specialNeeds", List.of("WHEELCHAIR_ACCESSIBLE"));
        Couplings.tryOffer(Couplings.register(body), Units.known(municipality, "REGULAR", 2), OFFERED).statusCode(409)
                .body("detail", containsString("wheelchair-accessible"));
        Couplings.get(family).body("status", equalTo("COUPLED"));
    }

    @Test
    void aUnitThatLeftTheStockIsNotOffered() {
        String municipality = Couplings.newMunicipality();
        UUID unit = Units.known(municipality, "REGULAR", 4);
        Units.retireAndAwait(unit, municipality, COUPLED.plusWeeks(2));
        String coupling = Couplings.register(Couplings.family(municipality, 1, 1, COUPLED));
        Couplings.tryOffer(coupling, unit, OFFERED).statusCode(409).body("detail", containsString("left the stock"));
    }

    @Test
    void theOfferDateIsNeitherInTheFutureNorBeforeTheCoupling() {
        String municipality = Couplings.newMunicipality();
        UUID unit = Units.known(municipality, "REGULAR", 4);
        String coupling = Couplings.register(Couplings.family(municipality, 1, 1, COUPLED));
        Couplings.tryOffer(coupling, unit, LocalDate.now(NetherlandsClock.NETHERLANDS).plusDays(1)).statusCode(400).body("invalidParams.name", hasItem("offeredOn"));
        Couplings.tryOffer(coupling, unit, COUPLED.minusDays(1)).statusCode(400).body("invalidParams.name", hasItem("offeredOn"));
        String offer = Couplings.offer(coupling, unit, OFFERED);
        decline(coupling, offer, "OTHER", OFFERED.minusDays(1)).statusCode(400).body("invalidParams.name", hasItem("declinedOn"));
        decline(coupling, offer, "CHANGED_MIND", OFFERED).statusCode(400).body("invalidParams.name", hasItem("reason"));
        decline(coupling, UUID.randomUUID().toString(), "OTHER", OFFERED).statusCode(404);
    }

    @Test
    void cancellingAnOfferedCouplingWithdrawsTheOffer() {
        String municipality = Couplings.newMunicipality();
        UUID unit = Units.known(municipality, "REGULAR", 4);
        String coupling = Couplings.register(Couplings.family(municipality, 2, 0, COUPLED));
        String offer = Couplings.offer(coupling, unit, OFFERED);
        asCoa().contentType(ContentType.JSON).body(Map.of("reason", "RECOUPLED", "cancelledOn", OFFERED.plusDays(1).toString()))
                .post("/placements/v1/couplings/{id}/cancellation", coupling).then().statusCode(200);
        asCoa().get("/placements/v1/couplings/{c}/offers/{o}", coupling, offer).then().body("status", equalTo("WITHDRAWN"));
        asCoa().get("/placements/v1/units/{id}", unit).then().body("freePlaces", equalTo(4));
    }
}
