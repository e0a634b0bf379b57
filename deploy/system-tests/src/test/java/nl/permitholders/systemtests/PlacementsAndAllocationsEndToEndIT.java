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

/** Placement and housing-stock events moving supervision's figures, through the services over Kafka. */
@SystemTestStack
class PlacementsAndAllocationsEndToEndIT {

    /** A province of this test's own: the demo's Overijssel (PV23) has Losser and Oldenzaal with their history. */
    private static final String OVERIJSSEL = "PV91";

    private final Api api;

    PlacementsAndAllocationsEndToEndIT(SystemStack stack) {
        api = new Api(stack);
    }

    @Test
    void couplingsAndPlacementsMoveSupervisionsFiguresAndARevocationMovesThemBack() {
        String losser = "GM6168";
        api.province(OVERIJSSEL, "Overijssel");
        api.municipality(losser, "Losser", OVERIJSSEL);
        api.quota(losser, "2025-H1", 10);
        String coupling = api.coupling("LSR-2025-01", losser, 2, 2, LocalDate.of(2025, 1, 10));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(api.figures(losser, "2025-H1", "2025-03-01"))
                .containsEntry("coupledUnhousedPersons", 4).containsEntry("housed", 0));

        String placement = api.placement(coupling, 4, LocalDate.of(2025, 2, 15));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(api.figures(losser, "2025-H1", "2025-03-01"))
                .containsEntry("coupledUnhousedPersons", 0).containsEntry("housed", 4).containsEntry("backlog", 6));

        api.toPlacementsAs(losser).body(Map.of("reason", "WRONG_COUPLING", "explanation", "registered for the wrong household"))
                .post("/couplings/{c}/placements/{p}/revocation", coupling, placement).then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(api.figures(losser, "2025-H1", "2025-03-01"))
                .containsEntry("coupledUnhousedPersons", 4).containsEntry("housed", 0).containsEntry("backlog", 10));
    }

    @Test
    void aVeraBatchOfAllocationsIsAcceptedAndAllocationsToPermitHoldersReachSupervision() {
        String oldenzaal = "GM6173";
        api.province(OVERIJSSEL, "Overijssel");
        api.municipality(oldenzaal, "Oldenzaal", OVERIJSSEL);
        api.unit("OLD-0001", "beter-wonen", oldenzaal, "REGULAR", 5);
        String eenheden = "https://vastgoed.beter-wonen.example.org/v4/eenheden/";
        List<Map<String, Object>> batch = List.of(
                Map.of("idExtern", "TW-OLD-1", "idOrganisatie", "beter-wonen", "eenheid", eenheden + "OLD-0001",
                        "datum", "2025-02-14T09:30:00Z", "huishoudgrootte", 4, "aanvullendeDoelgroep", Map.of("code", "STH")),
                Map.of("idExtern", "TW-OLD-2", "idOrganisatie", "beter-wonen", "eenheid", eenheden + "OLD-0777",
                        "datum", "2025-03-01", "huishoudgrootte", 3, "aanvullendeDoelgroep", Map.of("code", "STH"),
                        "extra-attributen", List.of(Map.of("naam", "gemeentecode", "waarde", oldenzaal))),
                Map.of("idExtern", "TW-OLD-3", "idOrganisatie", "beter-wonen", "eenheid", eenheden + "OLD-0778",
                        "datum", "2025-03-02", "huishoudgrootte", 2,
                        "extra-attributen", List.of(Map.of("naam", "gemeentecode", "waarde", oldenzaal))));
        JsonPath report = api.asCorporation("beter-wonen").body(batch).post("/vera/toewijzing-batches")
                .then().statusCode(200).extract().jsonPath();
        assertThat(report.getInt("received")).isEqualTo(3);
        assertThat(report.getList("items.outcome")).containsOnly("ACCEPTED");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(api.figures(oldenzaal, "2025-H1"))
                .containsEntry("allocatedToPermitHolders", 7).containsEntry("housed", 0));
        assertThat(api.asCorporation("beter-wonen").body(batch).post("/vera/toewijzing-batches").then().statusCode(200)
                .extract().jsonPath().getList("items.outcome")).containsOnly("ALREADY_ACCEPTED");
    }
}
