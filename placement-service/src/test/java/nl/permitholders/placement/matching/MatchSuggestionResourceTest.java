package nl.permitholders.placement.matching;

import static nl.permitholders.placement.Callers.asCoa;
import static nl.permitholders.placement.Callers.asMunicipality;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.placement.Couplings;
import nl.permitholders.placement.Units;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MatchSuggestionResourceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    private static String waiting(String municipality, int adults, int minors, int weeksSincePermit, boolean ownRegion) {
        Map<String, Object> body = Couplings.family(municipality, adults, minors, TODAY.minusWeeks(weeksSincePermit).plusWeeks(2));
        body.put("ownRegion", ownRegion);
        return Couplings.register(body);
    }

    @Test
    void householdsThatFitComeLongestWaitingFirstOwnRegionPreferredEachSayingWhy() {
        String municipality = Couplings.newMunicipality();
        UUID unit = Units.known(municipality, "REGULAR", 4);
        String longestWaiting = waiting(municipality, 2, 1, 20, false);
        String ownRegion = waiting(municipality, 2, 2, 10, true);
        String sameWeeksElsewhere = waiting(municipality, 1, 0, 10, false);
        waiting(municipality, 2, 3, 30, true);
        Map<String, Object> wheelchair = Couplings.family(municipality, 2, 0, TODAY.minusWeeks(40));
        wheelchair.put("specialNeeds", List.of("WHEELCHAIR_ACCESSIBLE"));
        Couplings.register(wheelchair);
        String offeredElsewhere = waiting(municipality, 1, 1, 50, true);
        Couplings.offer(offeredElsewhere, Units.known(municipality, "REGULAR", 2), TODAY);
        waiting(Couplings.newMunicipality(), 1, 0, 60, true);

        asMunicipality(municipality).get("/placements/v1/units/{id}/match-suggestions", unit).then().statusCode(200)
                .body("items.couplingId", contains(longestWaiting, ownRegion, sameWeeksElsewhere))
                .body("items.rank", contains(1, 2, 3))
                .body("items.persons", contains(3, 4, 1))
                .body("items.weeksWaiting", contains(20, 10, 10))
                .body("items[0].overdue", equalTo(true))
                .body("items[0].reasons", hasItem("3 persons fit the 4 free places"))
                .body("items[0].reasons", hasItem("waiting 20 weeks since the permit of " + TODAY.minusWeeks(20)))
                .body("items[1].reasons", hasItem("asylum centre in the municipality's own region (preferred)"));
    }

    @Test
    void aSharedUnitIsSuggestedToSinglesAndALargeFamilyHomeToLargeFamilies() {
        String municipality = Couplings.newMunicipality();
        String single = waiting(municipality, 1, 0, 8, false);
        String family = waiting(municipality, 2, 1, 9, false);
        String largeFamily = waiting(municipality, 2, 6, 7, false);

        asMunicipality(municipality).get("/placements/v1/units/{id}/match-suggestions", Units.known(municipality, "SHARED", 3)).then()
                .body("items.couplingId", contains(single))
                .body("items[0].reasons", hasItem("a single, as a SHARED unit requires"));
        asMunicipality(municipality).get("/placements/v1/units/{id}/match-suggestions", Units.known(municipality, "LARGE_FAMILY", 9)).then()
                .body("items.couplingId", contains(largeFamily));
        asMunicipality(municipality).get("/placements/v1/units/{id}/match-suggestions", Units.known(municipality, "REGULAR", 3)).then()
                .body("items.couplingId", contains(family, single));
    }

    @Test
    void aPartlyHousedHouseholdIsSuggestedForThePersonsStillToBeHoused() {
        String municipality = Couplings.newMunicipality();
        String family = waiting(municipality, 3, 2, 12, false);
        Couplings.place(family, 3, TODAY.minusWeeks(1));
        asMunicipality(municipality).get("/placements/v1/units/{id}/match-suggestions", Units.known(municipality, "REGULAR", 2)).then()
                .body("items.couplingId", contains(family)).body("items.persons", contains(2));
    }

    @Test
    void anUnknownUnitIsNotFoundAndARetiredOneHasNoSuggestions() {
        asCoa().get("/placements/v1/units/{id}/match-suggestions", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        String municipality = Couplings.newMunicipality();
        UUID unit = Units.known(municipality, "REGULAR", 4);
        Units.retireAndAwait(unit, municipality, TODAY);
        asCoa().get("/placements/v1/units/{id}/match-suggestions", unit).then().statusCode(409)
                .body("detail", containsString("left the stock"));
    }
}
