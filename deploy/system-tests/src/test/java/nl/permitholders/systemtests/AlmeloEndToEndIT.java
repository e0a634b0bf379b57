package nl.permitholders.systemtests;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.permitholders.clients.placement.model.CouplingRequest;
import nl.permitholders.clients.placement.model.CouplingStatus;
import nl.permitholders.clients.placement.model.CouplingView;
import nl.permitholders.clients.placement.model.HouseholdType;
import nl.permitholders.clients.placement.model.PlacementRequest;
import nl.permitholders.clients.placement.model.PlacementView;
import nl.permitholders.clients.supervision.api.FiguresApi;
import nl.permitholders.clients.supervision.model.FiguresView;
import org.assertj.core.api.InstanceOfAssertFactories;
import nl.permitholders.infrastructure.SystemStack;
import org.junit.jupiter.api.Test;

/**
 * Almelo's plan of approach to the province of Overijssel (27 March 2025), through all four services over Kafka:
 * backlog 52 carried into 2024, quotas 78 + 70, 83 persons housed in 2024 → backlog 117; quotas 73 + 75 in 2025,
 * 75 housed → backlog 190 at the end of 2025; about 50 coupled permit holders waiting in asylum centres. Joined behind
 * on 1 January 2024 and behind by more at every deadline since, it is advised, as it stood on 2 January 2026, to be
 * announced substitution (docs/domain.md, the intervention ladder) — until the province judges that shortfall excusable.
 */
@SystemTestStack
class AlmeloEndToEndIT {

    /** Almelo of this test, beside the demo's (GM0141 in PV23), which has the same history. */
    private static final String ALMELO = "GM6141";
    private static final String OVERIJSSEL = "PV90";

    private final Api api;
    /** Couplings, placements and figures go through the clients OpenAPI Generator makes of the services' documents. */
    private final GeneratedClients clients;

    AlmeloEndToEndIT(SystemStack stack) {
        api = new Api(stack);
        clients = new GeneratedClients(stack);
    }

    @Test
    void theBacklogOfAlmeloFlowsThroughAllFourServices() throws Exception {
        api.province(OVERIJSSEL, "Overijssel");
        api.municipality(ALMELO, "Almelo", OVERIJSSEL);
        api.openingBalance(ALMELO, "2024-H1", 52);
        api.quota(ALMELO, "2024-I", 78);
        api.quota(ALMELO, "2024-II", 70);
        api.quota(ALMELO, "2025-H1", 73);
        api.quota(ALMELO, "2025-H2", 75);
        api.unit("ALM-FLEX-001", "corporation-almelo", ALMELO, "FLEX", 4);
        api.unit("ALM-SHARED-001", "corporation-almelo", ALMELO, "SHARED", 4);

        // Coupled before 2024 and still waiting: 20 singles and 6 families of 5 (the plan counts about 50 in asylum centres),
        // so no shortfall is excusable (R7).
        waiting(LocalDate.of(2023, 12, 4), 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 5, 5, 5, 5, 5, 5);
        // 2024: 40 housed in the first half-year, 43 in the second, one family housed in two parts across the boundary.
        house(LocalDate.of(2024, 2, 12), 5, 4, 6, 3, 1, 1, 2, 4, 5);           // 31
        UUID split = coupling("ALM-2024-SPLIT", 2, 5, LocalDate.of(2024, 4, 2));
        place(split, 5, LocalDate.of(2024, 6, 28));                              // 36 (+5)
        house(LocalDate.of(2024, 5, 6), 1, 1, 1, 1);                             // 40
        place(split, 2, LocalDate.of(2024, 7, 3));                               // 2
        house(LocalDate.of(2024, 9, 2), 6, 5, 4, 4, 3, 3, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);  // 41 → 43
        // 2025: 38 in the first half-year, 37 in the second.
        house(LocalDate.of(2025, 3, 3), 6, 6, 5, 5, 4, 4, 3, 3, 1, 1);         // 38
        house(LocalDate.of(2025, 8, 4), 7, 6, 5, 4, 4, 3, 3, 2, 1, 1, 1);      // 37

        FiguresApi figures = clients.figuresAsRijk();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            FiguresView end2024 = figures.getMunicipalityFigures(ALMELO, "2024-H2", null, null);
            assertThat(end2024.getCarriedBacklog()).isEqualTo(90);
            assertThat(end2024.getQuota()).isEqualTo(70);
            assertThat(end2024.getHoused()).isEqualTo(43);
            assertThat(end2024.getBacklog()).isEqualTo(117);
            FiguresView end2025 = figures.getMunicipalityFigures(ALMELO, "2025-H2", null, null);
            assertThat(end2025.getCarriedBacklog()).isEqualTo(152);
            assertThat(end2025.getAdjustedQuota()).isEqualTo(227);
            assertThat(end2025.getHoused()).isEqualTo(37);
            assertThat(end2025.getBacklog()).isEqualTo(190);
        });
        FiguresView firstHalf2024 = figures.getMunicipalityFigures(ALMELO, "2024-H1", null, null);
        assertThat(firstHalf2024.getBacklog()).isEqualTo(90);
        assertThat(firstHalf2024.getHoused()).isEqualTo(40);
        assertThat(firstHalf2024.getMunicipalityName()).isEqualTo("Almelo");
        assertThat(firstHalf2024.getProvinceCode()).isEqualTo(OVERIJSSEL);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.ladder(ALMELO, "2026-01-02")).containsEntry("asOf", "2026-01-02")
                        .extractingByKey("advice", as(InstanceOfAssertFactories.MAP))
                        .containsEntry("stage", "SUBSTITUTION_ANNOUNCED")
                        .containsEntry("reason", "the backlog grew at each of the last four deadlines; counting the deadline "
                                + "that opened the chain, 2024-01-01, behind by the opening balance of 52"));

        // The computed figures advise; the province judges. Its own verdict, excusable at 1 January 2026, counts for the
        // ladder from the day it was decided, and what was advised before stays as it was.
        api.provinceVerdict(OVERIJSSEL, ALMELO, "2026-01-01", "NOT_MET_EXCUSABLE", "verschoonbaar: afgesproken inhaalplan", "2026-01-12");
        assertThat(api.ladder(ALMELO, "2026-01-12")).extractingByKey("advice", as(InstanceOfAssertFactories.MAP))
                .containsEntry("reasonCode", "LAST_SHORTFALL_JUDGED_EXCUSABLE")
                .doesNotContainEntry("stage", "SUBSTITUTION_ANNOUNCED");
        assertThat(api.ladder(ALMELO, "2026-01-02")).extractingByKey("advice", as(InstanceOfAssertFactories.MAP))
                .containsEntry("stage", "SUBSTITUTION_ANNOUNCED");
    }

    /** One coupling per household size, not housed. */
    private void waiting(LocalDate coupledOn, int... householdSizes) {
        for (int size : householdSizes) {
            couple(size, coupledOn);
        }
    }

    /** One coupling per household size, coupled three weeks before the housing date, housed whole. */
    private void house(LocalDate housedOn, int... householdSizes) {
        for (int size : householdSizes) {
            place(couple(size, housedOn.minusWeeks(3)), size, housedOn);
        }
    }

    /** A household of at most two adults, the rest minors. */
    private UUID couple(int size, LocalDate coupledOn) {
        int adults = Math.min(size, 2);
        return coupling("ALM-" + UUID.randomUUID(), adults, size - adults, coupledOn);
    }

    /** COA registers the coupling to Almelo, its permit dated two weeks before. */
    private UUID coupling(String coaReference, int adults, int minors, LocalDate couplingDate) {
        CouplingView coupling = call(() -> clients.couplingsAsCoa().registerCoupling(new CouplingRequest()
                .coaReference(coaReference).municipalityCode(ALMELO).adults(adults).minors(minors)
                .householdType(adults + minors == 1 ? HouseholdType.SINGLE : HouseholdType.FAMILY)
                .permitDate(couplingDate.minusWeeks(2)).couplingDate(couplingDate)));
        assertThat(coupling.getStatus()).isEqualTo(CouplingStatus.COUPLED);
        return coupling.getId();
    }

    /** Almelo records that persons of the coupling were housed. */
    private void place(UUID coupling, int persons, LocalDate housedOn) {
        PlacementView placement = call(() -> clients.placementsAs(ALMELO)
                .recordPlacement(coupling, new PlacementRequest().persons(persons).housedOn(housedOn)));
        assertThat(placement.getPersons()).isEqualTo(persons);
    }

    private static <T> T call(Callable<T> request) {
        try {
            return request.call();
        } catch (Exception e) {
            throw new AssertionError("the generated client's request failed: " + e.getMessage(), e);
        }
    }
}
