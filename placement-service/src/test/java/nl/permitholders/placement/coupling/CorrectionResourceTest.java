package nl.permitholders.placement.coupling;

import static nl.permitholders.placement.Callers.COA_PLANNER;
import static nl.permitholders.placement.Callers.asCoa;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.placement.Couplings;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CorrectionResourceTest {

    private static final LocalDate COUPLED = LocalDate.of(2024, 2, 1);

    /** The registration as a correction body: the same details, without the reference and municipality. */
    static Map<String, Object> correction(Map<String, Object> registration, String reason) {
        Map<String, Object> body = new HashMap<>(registration);
        body.remove("coaReference");
        body.remove("municipalityCode");
        body.put("reason", reason);
        return body;
    }

    static ValidatableResponse correct(String couplingId, Map<String, Object> body) {
        return asCoa().contentType(ContentType.JSON).body(body)
                .post("/placements/v1/couplings/{id}/corrections", couplingId).then();
    }

    @Test
    void aCorrectionChangesTheCouplingAndTheAuditTrailSaysWhoWhatAndWhy() {
        Map<String, Object> registration = Couplings.family("GM0141", 2, 1, COUPLED);
        String coupling = Couplings.register(registration);
        Map<String, Object> body = correction(registration, "second child was missing");
        body.put("minors", 2);
        body.put("receptionRegion", "NORTH");
        correct(coupling, body).statusCode(200).body("persons", equalTo(4)).body("minors", equalTo(2))
                .body("receptionRegion", equalTo("NORTH"));
        asCoa().get("/placements/v1/couplings/{id}/audit-trail", coupling).then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.contains("COUPLING_REGISTERED", "COUPLING_CORRECTED"))
                .body("items[1].actor", equalTo(COA_PLANNER))
                .body("items[1].actorRole", equalTo("coa"))
                .body("items[1].reason", equalTo("second child was missing"))
                .body("items[1].details", containsString("minors 1 → 2"));
    }

    @Test
    void aCorrectionThatChangesNothingRecordsNothing() {
        Map<String, Object> registration = Couplings.family("GM0141", 1, 0, COUPLED);
        String coupling = Couplings.register(registration);
        correct(coupling, correction(registration, "checked")).statusCode(200);
        asCoa().get("/placements/v1/couplings/{id}/audit-trail", coupling).then().body("totalItems", equalTo(1));
    }

    @Test
    void aCouplingCannotHaveFewerPersonsThanAreHoused() {
        Map<String, Object> registration = Couplings.family("GM0141", 2, 1, COUPLED);
        String coupling = Couplings.register(registration);
        Couplings.place(coupling, 3, COUPLED.plusWeeks(5));
        Map<String, Object> body = correction(registration, "one person less");
        body.put("minors", 0);
        correct(coupling, body).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("3 persons of this coupling are housed"));
    }

    @Test
    void aHousedCouplingWithMorePersonsWaitsForHousingAgain() {
        Map<String, Object> registration = Couplings.family("GM0141", 2, 0, COUPLED);
        String coupling = Couplings.register(registration);
        Couplings.place(coupling, 2, COUPLED.plusWeeks(5));
        Map<String, Object> body = correction(registration, "a child was not counted");
        body.put("minors", 1);
        correct(coupling, body).statusCode(200).body("status", equalTo("COUPLED")).body("personsHoused", equalTo(2));
    }

    @Test
    void theCouplingDateCannotMovePastTheFirstHousing() {
        Map<String, Object> registration = Couplings.family("GM0141", 2, 0, COUPLED);
        String coupling = Couplings.register(registration);
        Couplings.place(coupling, 1, COUPLED.plusWeeks(2));
        Map<String, Object> body = correction(registration, "wrong date");
        body.put("couplingDate", COUPLED.plusWeeks(3).toString());
        correct(coupling, body).statusCode(409).body("detail", containsString("housed on " + COUPLED.plusWeeks(2)));
    }

    @Test
    void aCancelledCouplingIsNotCorrected() {
        Map<String, Object> registration = Couplings.family("GM0141", 1, 0, COUPLED);
        String coupling = Couplings.register(registration);
        asCoa().contentType(ContentType.JSON).body(Map.of("reason", "WITHDRAWN", "cancelledOn", COUPLED.plusDays(3).toString()))
                .post("/placements/v1/couplings/{id}/cancellation", coupling).then().statusCode(200);
        correct(coupling, correction(registration, "late fix")).statusCode(409)
                .body("detail", containsString("The coupling is CANCELLED"));
    }

    @Test
    void anInvalidCorrectionIsRefusedListingEveryViolation() {
        Map<String, Object> registration = Couplings.family("GM0141", 1, 0, COUPLED);
        String coupling = Couplings.register(registration);
        Map<String, Object> body = correction(registration, "");
        body.put("adults", 2);
        body.put("permitDate", LocalDate.now().plusDays(10).toString());
        correct(coupling, body).statusCode(400)
                .body("invalidParams.name", hasItem("reason"));
        body.put("reason", "typo");
        correct(coupling, body).statusCode(400)
                .body("invalidParams.name", hasItem("householdType"))
                .body("invalidParams.name", hasItem("permitDate"));
        body.put("municipalityCode", "GM0153");
        correct(coupling, body).statusCode(400).body("invalidParams.name", hasItem("municipalityCode"));
        correct(UUID.randomUUID().toString(), correction(registration, "typo")).statusCode(404);
    }
}
