package nl.permitholders.placement.merger;

import static nl.permitholders.placement.Callers.asCoa;
import static nl.permitholders.placement.Callers.asMunicipality;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.infrastructure.EventSchemas;
import nl.permitholders.placement.Couplings;
import nl.permitholders.placement.Units;
import org.junit.jupiter.api.Test;

/**
 * R3 through the real broker and database, with the real cases from CBS: from the merger date the continuing
 * municipality answers for the merged ones' couplings and units, learnt from quota-service's merger event; the merged
 * municipalities' staff still read their history and write nothing more.
 */
@QuarkusTest
class MergerTakeOverTest {

    private static final String MERGED = "nl.permitholders.quota.municipalities-merged.v1";

    private static void merger(String continuing, String merged, LocalDate effective) {
        String data = """
                {"mergerId":"%s","municipalityCode":"%s","mergedMunicipalityCodes":["%s"],"effectiveDate":"%s","effectivePeriod":"%s"}"""
                .formatted(UUID.randomUUID(), continuing, merged, effective, nl.permitholders.platform.period.Period.containing(effective));
        EventSchemas.assertConforms(MERGED, data);
        Units.kafka().sendCloudEvent("quota.events", continuing, UUID.randomUUID(), MERGED, data);
    }

    private static List<String> waitingList(String municipality) {
        return asMunicipality(municipality).get("/placements/v1/municipalities/{code}/waiting-list", municipality)
                .then().statusCode(200).extract().jsonPath().getList("items.couplingId");
    }

    private static io.restassured.response.ValidatableResponse place(String municipality, String coupling, int persons,
                                                                     LocalDate on, UUID unit) {
        Map<String, Object> body = unit == null ? Map.of("persons", persons, "housedOn", on.toString())
                : Map.of("persons", persons, "housedOn", on.toString(), "unitId", unit.toString());
        return asMunicipality(municipality).contentType(ContentType.JSON).body(body)
                .post("/placements/v1/couplings/{id}/placements", coupling).then();
    }

    /** Weesp (GM0457) part of Amsterdam (GM0363) from 24 March 2022. */
    @Test
    void amsterdamHousesWeespsFamilyInAnAmsterdamUnitAndWeespReadsButNoLongerWrites() {
        String amsterdam = "GM0363";
        String weesp = "GM0457";
        String family = Couplings.register(Couplings.family(weesp, 2, 3, LocalDate.of(2022, 1, 10)));
        place(weesp, family, 4, LocalDate.of(2022, 2, 1), null).statusCode(201);
        UUID amsterdamUnit = Units.known(amsterdam, "REGULAR", 4);
        place(amsterdam, family, 1, LocalDate.of(2022, 5, 1), amsterdamUnit).statusCode(403);

        merger(amsterdam, weesp, LocalDate.of(2022, 3, 24));

        await().atMost(Duration.ofSeconds(30)).until(() -> waitingList(amsterdam).contains(family));
        place(amsterdam, family, 1, LocalDate.of(2022, 5, 1), amsterdamUnit).statusCode(201)
                .body("municipalityCode", equalTo(weesp));
        asCoa().get("/placements/v1/couplings/{id}", family).then().statusCode(200).body("status", equalTo("HOUSED"));

        place(weesp, family, 1, LocalDate.of(2022, 5, 2), null).statusCode(403).contentType("application/problem+json");
        asMunicipality(weesp).get("/placements/v1/couplings/{id}/placements", family).then().statusCode(200)
                .body("items.size()", equalTo(2));
        // Who did what to the family: Amsterdam reads it as it reads the coupling, Weesp still reads its history.
        asMunicipality(amsterdam).get("/placements/v1/couplings/{id}/audit-trail", family).then().statusCode(200)
                .body("totalItems", org.hamcrest.Matchers.greaterThanOrEqualTo(3));
        asMunicipality(weesp).get("/placements/v1/couplings/{id}/audit-trail", family).then().statusCode(200);
        asMunicipality("GM0014").get("/placements/v1/couplings/{id}/audit-trail", family).then().statusCode(403);
        // COA couples nobody to Weesp from the merger on: the refusal names the field and Amsterdam.
        asCoa().contentType(ContentType.JSON).body(Couplings.single(weesp, LocalDate.of(2022, 4, 1)))
                .post("/placements/v1/couplings").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("municipalityCode"))
                .body("invalidParams[0].reason", org.hamcrest.Matchers.containsString(amsterdam));
        // A coupling of before the merger, registered after it, is Weesp's, and Amsterdam answers for it.
        String later = Couplings.register(Couplings.single(weesp, LocalDate.of(2022, 3, 1)));
        asMunicipality(weesp).get("/placements/v1/couplings/{id}", later).then().statusCode(200);
        org.assertj.core.api.Assertions.assertThat(waitingList(weesp)).contains(later);
        asMunicipality(amsterdam).queryParam("municipalityCode", amsterdam).get("/placements/v1/couplings")
                .then().statusCode(200).body("items.id", hasItem(later));
        asMunicipality("GM0014").get("/placements/v1/couplings/{id}", later).then().statusCode(403);
    }

    /** Haarlemmerliede en Spaarnwoude (GM0393) part of Haarlemmermeer (GM0394) from 1 January 2019. */
    @Test
    void haarlemmermeerAnswersForHaarlemmerliedesOverdueCouplingFromNewYear2019() {
        String haarlemmermeer = "GM0394";
        String haarlemmerliede = "GM0393";
        String waiting = Couplings.register(Couplings.family(haarlemmerliede, 1, 2, LocalDate.of(2018, 12, 1)));

        merger(haarlemmermeer, haarlemmerliede, LocalDate.of(2019, 1, 1));

        await().atMost(Duration.ofSeconds(30)).until(() -> asMunicipality(haarlemmermeer)
                .get("/placements/v1/municipalities/{code}/overdue-couplings", haarlemmermeer).then().statusCode(200)
                .extract().jsonPath().getList("items.couplingId").contains(waiting));
        place(haarlemmerliede, waiting, 3, LocalDate.of(2019, 2, 1), null).statusCode(403);
        place(haarlemmermeer, waiting, 3, LocalDate.of(2019, 2, 1), null).statusCode(201);
        asMunicipality(haarlemmermeer).get("/placements/v1/municipalities/{code}/overdue-couplings", haarlemmermeer)
                .then().statusCode(200).body("items.couplingId", not(hasItem(waiting)));
    }
}
