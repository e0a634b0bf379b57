package nl.permitholders.placement.placement;

import static nl.permitholders.placement.Callers.asCoa;
import static nl.permitholders.placement.Callers.asMunicipality;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.placement.Couplings;
import nl.permitholders.placement.Units;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlacementResourceTest {

    private static final LocalDate COUPLED = LocalDate.of(2024, 2, 1);

    @Test
    void aFamilyHousedInTwoPartsIsHousedWhenAllArePlaced() {
        String coupling = Couplings.register(Couplings.family("GM0141", 2, 2, COUPLED));
        String placement = Couplings.place(coupling, 3, COUPLED.plusWeeks(6));
        asCoa().get("/placements/v1/couplings/{c}/placements/{p}", coupling, placement)
                .then().statusCode(200).body("persons", equalTo(3)).body("housedOn", equalTo(COUPLED.plusWeeks(6).toString()));
        asCoa().get("/placements/v1/couplings/{id}", coupling).then().body("status", equalTo("COUPLED"));

        Couplings.place(coupling, 1, COUPLED.plusWeeks(9));
        asCoa().get("/placements/v1/couplings/{id}", coupling).then().body("status", equalTo("HOUSED")).body("personsHoused", equalTo(4));
        asCoa().get("/placements/v1/couplings/{id}/placements", coupling).then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items[0].id", equalTo(placement));
    }

    @Test
    void morePersonsThanTheCouplingHasAreRefused() {
        String coupling = Couplings.register(Couplings.family("GM0141", 1, 1, COUPLED));
        Couplings.place(coupling, 1, COUPLED.plusWeeks(4));
        asMunicipality("GM0141").contentType(ContentType.JSON).body(Map.of("persons", 2, "housedOn", COUPLED.plusWeeks(5).toString()))
                .post("/placements/v1/couplings/{id}/placements", coupling)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aHousedCouplingTakesNoMorePlacements() {
        String coupling = Couplings.register(Couplings.family("GM0141", 1, 0, COUPLED));
        Couplings.place(coupling, 1, COUPLED.plusWeeks(4));
        asMunicipality("GM0141").contentType(ContentType.JSON).body(Map.of("persons", 1, "housedOn", COUPLED.plusWeeks(5).toString()))
                .post("/placements/v1/couplings/{id}/placements", coupling)
                .then().statusCode(409).body("detail", containsString("The coupling is HOUSED"));
    }

    @Test
    void datesBeforeTheCouplingOrInTheFutureAreRefused() {
        String coupling = Couplings.register(Couplings.family("GM0141", 1, 0, COUPLED));
        asMunicipality("GM0141").contentType(ContentType.JSON).body(Map.of("persons", 1, "housedOn", COUPLED.minusDays(1).toString()))
                .post("/placements/v1/couplings/{id}/placements", coupling)
                .then().statusCode(400).body("invalidParams.name", hasItem("housedOn"));
        asMunicipality("GM0141").contentType(ContentType.JSON).body(Map.of("persons", 1, "housedOn", LocalDate.now().plusDays(3).toString()))
                .post("/placements/v1/couplings/{id}/placements", coupling)
                .then().statusCode(400).body("invalidParams.name", hasItem("housedOn"));
    }

    @Test
    void zeroOrNegativePersonsMalformedInputAndUnknownCouplingsAreRefused() {
        String coupling = Couplings.register(Couplings.family("GM0141", 1, 0, COUPLED));
        asMunicipality("GM0141").contentType(ContentType.JSON).body(Map.of("persons", 0, "housedOn", COUPLED.plusDays(1).toString()))
                .post("/placements/v1/couplings/{id}/placements", coupling)
                .then().statusCode(400).body("invalidParams.name", hasItem("persons"));
        asMunicipality("GM0141").contentType(ContentType.JSON).body(Map.of("persons", -2, "housedOn", COUPLED.plusDays(1).toString()))
                .post("/placements/v1/couplings/{id}/placements", coupling)
                .then().statusCode(400).body("invalidParams.name", hasItem("persons"));
        asMunicipality("GM0141").contentType(ContentType.JSON).body(Map.of("persons", 1, "housedOn", "1 maart 2024"))
                .post("/placements/v1/couplings/{id}/placements", coupling)
                .then().statusCode(400).body("invalidParams.name", hasItem("housedOn"));
        asMunicipality("GM0141").contentType(ContentType.JSON).body("{\"persons\": 1, \"housedOn\": ")
                .post("/placements/v1/couplings/{id}/placements", coupling)
                .then().statusCode(400).contentType("application/problem+json");
        asMunicipality("GM0141").contentType(ContentType.JSON).body(Map.of("persons", 1, "housedOn", COUPLED.plusDays(1).toString(), "address", "Hoofdstraat 1"))
                .post("/placements/v1/couplings/{id}/placements", coupling)
                .then().statusCode(400).body("invalidParams.name", hasItem("address"));
        asMunicipality("GM0141").contentType(ContentType.JSON).body(Map.of("persons", 1, "housedOn", COUPLED.plusDays(1).toString()))
                .post("/placements/v1/couplings/{id}/placements", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aPlacementInAKnownUnitSaysWhatKindOfHousingItIsAndAFlexHomeIsRegularHousing() {
        String municipality = Couplings.newMunicipality();
        UUID unit = Units.known(municipality, "FLEX", 4);
        String coupling = Couplings.register(Couplings.family(municipality, 2, 2, COUPLED));
        Couplings.tryPlace(coupling, 4, COUPLED.plusWeeks(3), unit).statusCode(201)
                .body("unitId", equalTo(unit.toString())).body("unitType", equalTo("FLEX")).body("temporary", equalTo(false));
        asCoa().get("/placements/v1/units/{id}", unit).then().body("personsPlaced", equalTo(4)).body("freePlaces", equalTo(0));
    }

    @Test
    void withoutAUnitThePlacementMayStillNameItsKindOfHousing() {
        String coupling = Couplings.register(Couplings.family("GM0141", 1, 0, COUPLED));
        asMunicipality("GM0141").contentType(ContentType.JSON).body(Map.of("persons", 1, "housedOn", COUPLED.plusWeeks(2).toString(), "unitType", "INTERMEDIATE"))
                .post("/placements/v1/couplings/{id}/placements", coupling)
                .then().statusCode(201).body("unitType", equalTo("INTERMEDIATE")).body("temporary", equalTo(true));
    }

    @Test
    void anUnknownUnitOrAMismatchedUnitTypeIsInvalid() {
        String municipality = Couplings.newMunicipality();
        String coupling = Couplings.register(Couplings.family(municipality, 1, 0, COUPLED));
        Couplings.tryPlace(coupling, 1, COUPLED.plusWeeks(2), UUID.randomUUID()).statusCode(400)
                .body("invalidParams.name", hasItem("unitId"));
        UUID unit = Units.known(municipality, "REGULAR", 2);
        asMunicipality(municipality).contentType(ContentType.JSON)
                .body(Map.of("persons", 1, "housedOn", COUPLED.plusWeeks(2).toString(), "unitId", unit.toString(), "unitType", "FLEX"))
                .post("/placements/v1/couplings/{id}/placements", coupling)
                .then().statusCode(400).body("invalidParams.name", hasItem("unitType"));
    }

    @Test
    void anOverfullSharedUnitIsRefused() {
        String municipality = Couplings.newMunicipality();
        UUID shared = Units.known(municipality, "SHARED", 2);
        Couplings.placeIn(Couplings.register(Couplings.single(municipality, COUPLED)), 1, COUPLED.plusWeeks(2), shared);
        Couplings.placeIn(Couplings.register(Couplings.single(municipality, COUPLED)), 1, COUPLED.plusWeeks(2), shared);
        String third = Couplings.register(Couplings.single(municipality, COUPLED));
        Couplings.tryPlace(third, 1, COUPLED.plusWeeks(3), shared).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("0 of 2 rooms free"));
        String family = Couplings.register(Couplings.family(municipality, 2, 1, COUPLED));
        Couplings.tryPlace(family, 3, COUPLED.plusWeeks(3), Units.known(municipality, "SHARED", 2)).statusCode(409)
                .body("detail", containsString("3 persons do not fit"));
    }

    @Test
    void nobodyIsPlacedInAUnitOfAnotherMunicipalityOrAfterItLeftTheStock() {
        String municipality = Couplings.newMunicipality();
        String coupling = Couplings.register(Couplings.family(municipality, 1, 0, COUPLED));
        Couplings.tryPlace(coupling, 1, COUPLED.plusWeeks(2), Units.known(Couplings.newMunicipality(), "REGULAR", 2))
                .statusCode(409).body("detail", containsString("not in " + municipality));
        UUID unit = Units.known(municipality, "REGULAR", 2);
        Units.retireAndAwait(unit, municipality, COUPLED.plusWeeks(1));
        Couplings.tryPlace(coupling, 1, COUPLED.plusWeeks(2), unit).statusCode(409).body("detail", containsString("left the stock"));
    }
}
