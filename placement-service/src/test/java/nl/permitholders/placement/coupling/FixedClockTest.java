package nl.permitholders.placement.coupling;

import static nl.permitholders.placement.Callers.asCoa;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import nl.permitholders.placement.Couplings;
import nl.permitholders.platform.time.NetherlandsClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Dates are judged by the platform's Clock, so a test can set the day: here 1 March 2024 in the Netherlands. */
@QuarkusTest
class FixedClockTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 3, 1);

    @BeforeEach
    void fixTheDay() {
        QuarkusMock.installMockForType(Clock.fixed(TODAY.atStartOfDay(NetherlandsClock.NETHERLANDS).toInstant(),
                NetherlandsClock.NETHERLANDS), Clock.class);
    }

    @Test
    void aCouplingDatedAfterTodayIsRefused() {
        Couplings.register(Couplings.single(Couplings.newMunicipality(), TODAY));

        asCoa().contentType(ContentType.JSON).body(Couplings.single(Couplings.newMunicipality(), TODAY.plusDays(1)))
                .post("/placements/v1/couplings")
                .then().statusCode(400).body("invalidParams.name", hasItem("couplingDate"));
    }

    @Test
    void aStepOnACouplingIsTakenOnTheClocksDay() {
        String coupling = Couplings.register(Couplings.single(Couplings.newMunicipality(), TODAY.minusWeeks(4)));
        String placement = Couplings.place(coupling, 1, TODAY.minusWeeks(1));

        Couplings.asItsMunicipality(coupling).contentType(ContentType.JSON).body(Map.of("reason", "DUPLICATE"))
                .post("/placements/v1/couplings/{c}/placements/{p}/revocation", coupling, placement)
                .then().statusCode(200).body("revokedOn", equalTo(TODAY.toString()));
    }
}
