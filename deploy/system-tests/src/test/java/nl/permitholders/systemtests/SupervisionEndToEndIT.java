package nl.permitholders.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;
import org.junit.jupiter.api.Test;

/**
 * Verdicts at deadlines (R7) and the intervention ladder (docs/domain.md), fed through quota- and placement-service
 * over Kafka.
 */
@SystemTestStack
class SupervisionEndToEndIT {

    /** A province of this test's own: the demo's Overijssel (PV23) has Hardenberg and Kampen with their history. */
    private static final String OVERIJSSEL = "PV92";

    private final Api api;

    SupervisionEndToEndIT(SystemStack stack) {
        api = new Api(stack);
    }

    private JsonPath get(String path, Object... params) {
        return api.to(Service.SUPERVISION).get(path, params).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void tooFewCouplingsMakeAShortfallExcusableAndALateAdjustmentJudgesTheHalfYearAgain() {
        String hardenberg = "GM6160";
        api.province(OVERIJSSEL, "Overijssel");
        api.municipality(hardenberg, "Hardenberg", OVERIJSSEL);
        api.quota(hardenberg, "2025-H1", 20);
        String coupling = api.coupling("HDB-2025-01", hardenberg, 2, 6, LocalDate.of(2025, 2, 1));
        api.placement(coupling, 8, LocalDate.of(2025, 3, 20));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath figures = get("/municipalities/{code}/periods/2025-H1", hardenberg);
            assertThat(figures.getInt("backlog")).isEqualTo(12);
            assertThat(figures.getString("verdict.verdict")).isEqualTo("NOT_MET_EXCUSABLE");
            assertThat(figures.getInt("verdict.couplingDeficit")).isEqualTo(12);
        });

        api.quota(hardenberg, "2025-H1", 8);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath verdicts = get("/municipalities/{code}/verdicts", hardenberg);
            assertThat(verdicts.getString("[0].verdict")).isEqualTo("MET");
            assertThat(verdicts.getString("[0].history[-2].verdict")).isEqualTo("NOT_MET_EXCUSABLE");
            assertThat(verdicts.getString("[0].history[-1].causeEventType")).isEqualTo("nl.permitholders.quota.quota-set.v1");
        });
    }

    @Test
    void twoMissedDeadlinesInARowAdviseAnOfficialTalk() {
        String kampen = "GM6166";
        api.province(OVERIJSSEL, "Overijssel");
        api.municipality(kampen, "Kampen", OVERIJSSEL);
        api.quota(kampen, "2025-H2", 10);
        api.quota(kampen, "2026-H1", 10);
        api.coupling("KMP-2025-01", kampen, 2, 28, LocalDate.of(2025, 7, 1));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath ladder = get("/municipalities/{code}/ladder", kampen);
            assertThat(ladder.getString("currentStage")).isEqualTo("NONE");
            assertThat(ladder.getString("advice.stage")).isEqualTo("OFFICIAL_TALK");
        });
        JsonPath overview = get("/provinces/{code}/periods/2026-H1?sort=STAGE", OVERIJSSEL);
        assertThat(overview.getList("lines.figures.municipalityCode")).contains(kampen);
    }
}
