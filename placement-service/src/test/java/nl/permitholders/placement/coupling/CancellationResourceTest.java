package nl.permitholders.placement.coupling;

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
class CancellationResourceTest {

    private static final LocalDate COUPLED = LocalDate.of(2024, 2, 1);

    static ValidatableResponse cancel(String couplingId, String reason, LocalDate cancelledOn) {
        return asCoa().contentType(ContentType.JSON).body(Map.of("reason", reason, "cancelledOn", cancelledOn.toString()))
                .post("/placements/v1/couplings/{id}/cancellation", couplingId).then();
    }

    @Test
    void coaCancelsACouplingWithAReason() {
        String coupling = Couplings.register(Couplings.family("GM0141", 2, 2, COUPLED));
        Couplings.place(coupling, 1, COUPLED.plusWeeks(3));
        cancel(coupling, "RECOUPLED", COUPLED.plusWeeks(4)).statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelledOn", equalTo(COUPLED.plusWeeks(4).toString()))
                .body("cancellationReason", equalTo("RECOUPLED"))
                .body("personsHoused", equalTo(1));
    }

    @Test
    void aCancelledCouplingIsFinal() {
        String coupling = Couplings.register(Couplings.family("GM0141", 1, 0, COUPLED));
        cancel(coupling, "WITHDRAWN", COUPLED.plusDays(1)).statusCode(200);
        cancel(coupling, "WITHDRAWN", COUPLED.plusDays(2)).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("The coupling is CANCELLED"));
        asMunicipality("GM0141").contentType(ContentType.JSON).body(Map.of("persons", 1, "housedOn", COUPLED.plusDays(5).toString()))
                .post("/placements/v1/couplings/{id}/placements", coupling)
                .then().statusCode(409).body("detail", containsString("The coupling is CANCELLED"));
    }

    @Test
    void aHousedCouplingIsNotCancelled() {
        String coupling = Couplings.register(Couplings.family("GM0141", 1, 0, COUPLED));
        Couplings.place(coupling, 1, COUPLED.plusWeeks(2));
        cancel(coupling, "WITHDRAWN", COUPLED.plusWeeks(3)).statusCode(409).body("detail", containsString("The coupling is HOUSED"));
    }

    @Test
    void theCancellationDateIsNeitherInTheFutureNorBeforeTheCoupling() {
        String coupling = Couplings.register(Couplings.family("GM0141", 1, 0, COUPLED));
        cancel(coupling, "WITHDRAWN", LocalDate.now().plusDays(2)).statusCode(400).body("invalidParams.name", hasItem("cancelledOn"));
        cancel(coupling, "WITHDRAWN", COUPLED.minusDays(1)).statusCode(400).body("invalidParams.name", hasItem("cancelledOn"));
        cancel(coupling, "MOVED", COUPLED.plusDays(1)).statusCode(400).body("invalidParams.name", hasItem("reason"));
        cancel(UUID.randomUUID().toString(), "WITHDRAWN", COUPLED.plusDays(1)).statusCode(404);
    }
}
