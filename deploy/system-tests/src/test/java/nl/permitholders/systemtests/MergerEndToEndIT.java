package nl.permitholders.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;
import org.junit.jupiter.api.Test;

/**
 * R3 through the four packaged services: the Rijk records that Weesp became part of Amsterdam on 24 March 2022 in
 * quota-service (under codes of this test's own, as real codes may be the demo's); placement-service, housing-stock-service and supervision learn it from the merger
 * event. Amsterdam then houses Weesp's waiting family and reads Weesp's units, Weesp's staff no longer write, and
 * Amsterdam's figures hold Weesp's whole first half of 2022. Quotas and persons are illustrative.
 */
@SystemTestStack
class MergerEndToEndIT {

    private static final String AMSTERDAM = "GM6363";
    private static final String WEESP = "GM6457";
    private static final String NOORD_HOLLAND = "PV93";

    private final Api api;
    private final SystemStack stack;

    MergerEndToEndIT(SystemStack stack) {
        this.stack = stack;
        this.api = new Api(stack);
    }

    @Test
    void amsterdamTakesOverWeespsFamilyUnitsAndHalfYear() {
        api.province(NOORD_HOLLAND, "Noord-Holland");
        api.municipality(AMSTERDAM, "Amsterdam", NOORD_HOLLAND);
        api.municipality(WEESP, "Weesp", NOORD_HOLLAND);
        api.quota(AMSTERDAM, "2021-H2", 40);
        api.quota(WEESP, "2021-H2", 11);
        api.quota(AMSTERDAM, "2022-H1", 30);
        api.quota(WEESP, "2022-H1", 12);
        api.placement(api.coupling("AMS-2021-01", AMSTERDAM, 10, 10, LocalDate.of(2021, 9, 1)), 20, LocalDate.of(2021, 11, 1));
        api.placement(api.coupling("WSP-2021-01", WEESP, 4, 4, LocalDate.of(2021, 9, 1)), 8, LocalDate.of(2021, 10, 1));
        String family = api.coupling("WSP-2022-01", WEESP, 2, 3, LocalDate.of(2022, 1, 10));
        api.placement(family, 4, LocalDate.of(2022, 2, 1));
        api.unit("WSP-UNIT-1", "ymere", WEESP, "REGULAR", 4);

        api.to(Service.QUOTA).body(Map.of("municipality", Map.of("code", AMSTERDAM), "mergedMunicipalityCodes", List.of(WEESP),
                        "effectiveDate", "2022-03-24", "reason", "Wet samenvoeging Amsterdam en Weesp"))
                .post("/mergers").then().statusCode(201);

        await().atMost(Duration.ofSeconds(60)).until(() -> api.toPlacementsAs(AMSTERDAM)
                .body(Map.of("persons", 1, "housedOn", "2022-05-01")).post("/couplings/{id}/placements", family).statusCode() == 201);
        api.toPlacementsAs(WEESP).body(Map.of("persons", 1, "housedOn", "2022-05-02")).post("/couplings/{id}/placements", family)
                .then().statusCode(403);
        api.toPlacementsAs(WEESP).get("/couplings/{id}", family).then().statusCode(200);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath units = io.restassured.RestAssured.given().baseUri(stack.url(Service.HOUSING_STOCK))
                    .auth().oauth2(stack.issuer().municipality(AMSTERDAM)).queryParam("pageSize", 100).get("/units")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(units.getList("items.externalId", String.class)).contains("WSP-UNIT-1");
        });

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, Object> figures = api.figures(AMSTERDAM, "2022-H1");
            assertThat(figures).containsEntry("carriedBacklog", 20 + 3).containsEntry("quota", 30 + 12)
                    .containsEntry("housed", 4 + 1).containsEntry("backlog", 23 + 42 - 5);
        });
        assertThat(api.figures(WEESP, "2021-H2")).containsEntry("backlog", 3);
        // the half-year is Amsterdam's: Weesp answers with what it became (410) and its lifespan says so
        assertThat(api.ended(WEESP, "2022-H1")).contains("merged into " + AMSTERDAM);
        assertThat(api.lifespan(WEESP)).containsEntry("exists", false).containsEntry("lastPeriod", "2021-H2");
    }
}
