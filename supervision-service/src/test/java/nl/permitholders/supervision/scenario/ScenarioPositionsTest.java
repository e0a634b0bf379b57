package nl.permitholders.supervision.scenario;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.TestEvents;
import nl.permitholders.supervision.scenario.ScenarioRule.MunicipalityPosition;
import nl.permitholders.supervision.store.MunicipalityLedgerStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A scenario reads the positions of every municipality not cached at once, a few ledgers a read
 * ({@link MunicipalityLedgerStore#each}): each position is the one its own ledger read alone gives, also for the
 * municipality that continues two merged ones, the receivers of a split municipality's backlog, and one whose backlog
 * counts from COA's position adopted (R3, re-anchoring). On 20 May 2025, in 2025-H1.
 */
@QuarkusTest
class ScenarioPositionsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final LocalDate TODAY = LocalDate.of(2025, 5, 20);
    private static final String FIGURES = "/supervision/v1/municipalities/{code}/periods/2025-H1";
    private static final String PROVINCE = TestEvents.newProvince();

    private final TestEvents events = new TestEvents();

    @Inject
    MunicipalityLedgerStore ledgers;

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    @Test
    void theSetBasedReadGivesEachMunicipalityThePositionOfItsOwnLedgerWithMergersSplitsAndAdoptions() {
        events.province(PROVINCE, "Provincie " + PROVINCE);
        // Merged on 1 January 2025: 10 and 4 - 2 behind at the end of 2024 carry into the continuing one.
        String firstMerged = town("samengevoegd 1");
        String secondMerged = town("samengevoegd 2");
        String continuing = town("voortgezet");
        events.quota(firstMerged, "2024-H2", 10, 1);
        events.quota(secondMerged, "2024-H2", 4, 1);
        events.placement(secondMerged, events.coupling(secondMerged, 2, LocalDate.of(2024, 9, 1)), 2, LocalDate.of(2024, 10, 1), null);
        events.quota(continuing, "2025-H1", 8, 1);
        events.placement(continuing, events.coupling(continuing, 3, LocalDate.of(2025, 2, 1)), 3, LocalDate.of(2025, 3, 1), "REGULAR");
        events.capacityPlanned(continuing, UUID.randomUUID(), Map.of("2025-H2", 4, "2026-H1", 2));
        events.merger(continuing, List.of(firstMerged, secondMerged), LocalDate.of(2025, 1, 1));
        // Split on 1 January 2025 over two receivers, 2 : 1, with 9 behind.
        String split = town("opgesplitst");
        String larger = town("ontvanger 1");
        String smaller = town("ontvanger 2");
        events.quota(split, "2024-H2", 9, 1);
        events.coupling(split, 3, LocalDate.of(2024, 11, 1));
        events.quota(larger, "2025-H1", 6, 1);
        events.placement(larger, events.coupling(larger, 4, LocalDate.of(2025, 3, 1)), 4, LocalDate.of(2025, 4, 1), null);
        events.send("quota.events", split, TestEvents.QUOTA + "municipality-split.v1", """
                {"splitId":"%s","municipalityCode":"%s","receivers":[{"municipalityCode":"%s","share":2},\
                {"municipalityCode":"%s","share":1}],"effectiveDate":"2025-01-01","effectivePeriod":"2025-H1"}"""
                .formatted(UUID.randomUUID(), split, larger, smaller));
        // 15 behind at the end of 2024 by the system's facts, 17 by COA's file, whose position is adopted.
        String adopting = town("overgenomen");
        events.quota(adopting, "2024-H2", 20, 1);
        events.placement(adopting, events.coupling(adopting, 5, LocalDate.of(2024, 8, 1)), 5, LocalDate.of(2024, 9, 1), null);
        events.quota(adopting, "2025-H1", 10, 1);

        await().atMost(PATIENCE).untilAsserted(() -> given().get(FIGURES, continuing).then().statusCode(200)
                .body("carriedBacklog", equalTo(12)).body("housed", equalTo(3)));
        await().atMost(PATIENCE).untilAsserted(() -> given().get(FIGURES, larger).then().statusCode(200).body("housed", equalTo(4)));
        await().atMost(PATIENCE).untilAsserted(() -> given().get(FIGURES, smaller).then().statusCode(200).body("carriedBacklog", equalTo(3)));
        await().atMost(PATIENCE).untilAsserted(() -> given().get(FIGURES, adopting).then().statusCode(200).body("carriedBacklog", equalTo(15)));
        String coaFile = "Gemeentecode;Gemeente;Peildatum;Taakstelling;Gecorrigeerde taakstelling;Afgemeld;Stand\n"
                + adopting + ";Gemeente " + adopting + ";31-12-2024;20;22;5;-17\n";
        given().header("Authorization", Callers.as(Callers.issuer().province(PROVINCE))).contentType("text/csv")
                .queryParam("fileName", "december.csv").body(coaFile.getBytes(StandardCharsets.UTF_8))
                .post("/supervision/v1/coa-position-imports").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("deadline", "2025-01-01", "reason", "stand TVS vastgesteld met het COA"))
                .post("/supervision/v1/municipalities/{code}/coa-position-adoptions", adopting).then().statusCode(201);

        List<String> codes = List.of(firstMerged, secondMerged, continuing, split, larger, smaller, adopting);
        Map<String, Optional<MunicipalityPosition>> together = ledgers.each(codes, known -> ScenarioQueries.position(known, TODAY, 6, 12))
                .await().atMost(PATIENCE);

        for (String code : codes) {
            Optional<MunicipalityPosition> alone = ledgers.of(code).map(known -> ScenarioQueries.position(known, TODAY, 6, 12))
                    .await().atMost(PATIENCE);
            assertThat(together.get(code)).as(code).isEqualTo(alone);
        }
        // What the positions hold: the merged and the split municipality have ceased by 2025-H1, the others carry what R3 and the adoption give.
        assertThat(together.get(firstMerged)).isEmpty();
        assertThat(together.get(secondMerged)).isEmpty();
        assertThat(together.get(split)).isEmpty();
        assertThat(together.get(continuing).orElseThrow().position().carriedBacklog()).isEqualTo(12);
        assertThat(together.get(continuing).orElseThrow().position().pipeline().places()).isEqualTo(6);
        assertThat(together.get(smaller).orElseThrow().position().carriedBacklog()).isEqualTo(3);
        assertThat(together.get(larger).orElseThrow().position().housedSoFar()).isEqualTo(4);
        assertThat(together.get(adopting).orElseThrow().position().carriedBacklog()).isEqualTo(17);
        assertThat(together.get(adopting).orElseThrow().mix()).isNotEqualTo(together.get(smaller).orElseThrow().mix());
    }

    private String town(String name) {
        String code = TestEvents.newMunicipality();
        events.municipality(code, name + " " + code, PROVINCE);
        return code;
    }
}
