package nl.permitholders.placement.waiting;

import static nl.permitholders.placement.Callers.asCoa;
import static nl.permitholders.placement.Callers.asMunicipality;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.permitholders.placement.Couplings;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OverdueCouplingsResourceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Test
    void couplingsUnhousedTwelveWeeksAfterTheirCouplingDateAreOverdueLongestFirst() {
        String municipality = Couplings.newMunicipality();
        String thirteenWeeks = Couplings.register(Couplings.family(municipality, 2, 1, TODAY.minusWeeks(13)));
        String elevenWeeks = Couplings.register(Couplings.family(municipality, 1, 0, TODAY.minusWeeks(11)));
        String twelveWeeksToday = Couplings.register(Couplings.family(municipality, 1, 0, TODAY.minusWeeks(12)));
        String housed = Couplings.register(Couplings.family(municipality, 1, 0, TODAY.minusWeeks(20)));
        Couplings.place(housed, 1, TODAY.minusWeeks(1));
        String partlyHoused = Couplings.register(Couplings.family(municipality, 2, 0, TODAY.minusWeeks(30)));
        Couplings.place(partlyHoused, 1, TODAY.minusWeeks(25));

        asMunicipality(municipality).get("/placements/v1/municipalities/{code}/overdue-couplings", municipality).then().statusCode(200)
                .body("items.couplingId", contains(partlyHoused, thirteenWeeks, twelveWeeksToday))
                .body("items.personsToHouse", contains(1, 3, 1))
                .body("items.weeksSinceCoupling", contains(30, 13, 12))
                .body("items.weeksWaiting", contains(32, 15, 14))
                .body("items.weeksOverdue", contains(18, 1, 0))
                .body("items.overdueSince", contains(TODAY.minusWeeks(18).toString(), TODAY.minusWeeks(1).toString(),
                        TODAY.toString()));
    }

    @Test
    void anInvalidMunicipalityCodeIsRefused() {
        asCoa().get("/placements/v1/municipalities/{code}/overdue-couplings", "GM14").then().statusCode(400)
                .body("invalidParams.name", hasItem("code"));
    }
}
