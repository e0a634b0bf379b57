package nl.permitholders.placement.placement;

import static nl.permitholders.placement.Callers.asCoa;
import static nl.permitholders.placement.Callers.officerOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.placement.Couplings;
import nl.permitholders.placement.Units;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RevocationResourceTest {

    private static final LocalDate COUPLED = LocalDate.of(2024, 2, 1);

    static ValidatableResponse revoke(String couplingId, String placementId, String reason) {
        return revoke(couplingId, placementId, Map.of("reason", reason));
    }

    static ValidatableResponse revoke(String couplingId, String placementId, Map<String, Object> body) {
        return Couplings.asItsMunicipality(couplingId).contentType(ContentType.JSON).body(body)
                .post("/placements/v1/couplings/{c}/placements/{p}/revocation", couplingId, placementId).then();
    }

    @Test
    void aRevokedPlacementStopsCountingAndNothingIsDeleted() {
        String coupling = Couplings.register(Couplings.family("GM0141", 1, 1, COUPLED));
        String placement = Couplings.place(coupling, 2, COUPLED.plusWeeks(5));
        Couplings.get(coupling).body("status", equalTo("HOUSED"));

        revoke(coupling, placement, Map.of("reason", "WRONG_COUPLING", "explanation", "belongs to the coupling of 3 March")).statusCode(200)
                .body("revoked", equalTo(true))
                .body("revokedOn", equalTo(LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString()))
                .body("revocationReason", equalTo("WRONG_COUPLING"))
                .body("revocationExplanation", equalTo("belongs to the coupling of 3 March"));
        Couplings.get(coupling).body("status", equalTo("COUPLED")).body("personsHoused", equalTo(0));
        asCoa().get("/placements/v1/couplings/{c}/placements/{p}", coupling, placement).then().statusCode(200)
                .body("persons", equalTo(2)).body("revoked", equalTo(true));
        asCoa().get("/placements/v1/couplings/{c}/audit-trail", coupling).then()
                .body("items.action", hasItem("PLACEMENT_REVOKED"))
                .body("items.actor", hasItem(officerOf("GM0141")))
                .body("items.reason", hasItem("WRONG_COUPLING: belongs to the coupling of 3 March"));
        Couplings.place(coupling, 2, COUPLED.plusWeeks(6));
    }

    @Test
    void aPlacementIsRevokedOnce() {
        String coupling = Couplings.register(Couplings.family("GM0141", 1, 0, COUPLED));
        String placement = Couplings.place(coupling, 1, COUPLED.plusWeeks(5));
        revoke(coupling, placement, "DUPLICATE").statusCode(200);
        revoke(coupling, placement, "DUPLICATE").statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("REVOKED"));
    }

    @Test
    void revokingFreesTheRoom() {
        String municipality = Couplings.newMunicipality();
        UUID shared = Units.known(municipality, "SHARED", 2);
        String first = Couplings.register(Couplings.single(municipality, COUPLED));
        String firstPlacement = Couplings.placeIn(first, 1, COUPLED.plusWeeks(1), shared);
        Couplings.placeIn(Couplings.register(Couplings.single(municipality, COUPLED)), 1, COUPLED.plusWeeks(1), shared);
        String third = Couplings.register(Couplings.single(municipality, COUPLED));
        Couplings.tryPlace(third, 1, COUPLED.plusWeeks(2), shared).statusCode(409);
        revoke(first, firstPlacement, "WRONG_DETAILS").statusCode(200);
        Couplings.placeIn(third, 1, COUPLED.plusWeeks(2), shared);
    }

    @Test
    void aRevocationNeedsAReasonCodeAndAnExistingPlacement() {
        String coupling = Couplings.register(Couplings.family("GM0141", 1, 0, COUPLED));
        String placement = Couplings.place(coupling, 1, COUPLED.plusWeeks(5));
        revoke(coupling, placement, " ").statusCode(400).body("invalidParams.name", hasItem("reason"));
        revoke(coupling, placement, "registered for the wrong household").statusCode(400).body("invalidParams.name", hasItem("reason"));
        revoke(coupling, placement, Map.of("explanation", "no code")).statusCode(400).body("invalidParams.name", hasItem("reason"));
        revoke(coupling, placement, Map.of("reason", "OTHER", "explanation", "x".repeat(501))).statusCode(400)
                .body("invalidParams.name", hasItem("explanation"));
        Couplings.get(coupling).body("status", equalTo("HOUSED"));
        revoke(coupling, UUID.randomUUID().toString(), "REGISTERED_IN_ERROR").statusCode(404);
    }
}
