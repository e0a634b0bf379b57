package nl.permitholders.supervision.regime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which of the province's regime decisions is in force on a date (docs/domain.md, the supervision regime). */
class RegimeHistoryTest {

    private static final LocalDate MARCH_3 = LocalDate.of(2026, 3, 3);
    private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);

    private static RegimeDecision decided(SupervisionRegime regime, LocalDate on, String recordedAt) {
        return new RegimeDecision(UUID.randomUUID(), "GM0141", regime, on, "reden", "supervisor-PV23", Instant.parse(recordedAt));
    }

    @Test
    void beforeTheFirstDecisionNoRegimeIsInForce() {
        RegimeHistory history = new RegimeHistory(List.of(decided(SupervisionRegime.MEDIUM, MARCH_3, "2026-03-03T10:00:00Z")));

        assertThat(history.inForceOn(MARCH_3.minusDays(1))).isEmpty();
        assertThat(history.takenBy(MARCH_3.minusDays(1))).isEmpty();
        assertThat(new RegimeHistory(List.of()).inForceOn(JUNE_1)).isEmpty();
    }

    @Test
    void theLatestDecisionByTheDateItWasDecidedIsInForceFromThatDateOn() {
        RegimeDecision medium = decided(SupervisionRegime.MEDIUM, MARCH_3, "2026-03-03T10:00:00Z");
        RegimeDecision high = decided(SupervisionRegime.HIGH, JUNE_1, "2026-06-01T10:00:00Z");
        RegimeHistory history = new RegimeHistory(List.of(high, medium));

        assertThat(history.inForceOn(MARCH_3)).contains(medium);
        assertThat(history.inForceOn(JUNE_1.minusDays(1))).contains(medium);
        assertThat(history.inForceOn(JUNE_1)).contains(high);
        assertThat(history.takenBy(JUNE_1)).containsExactly(medium, high);
    }

    @Test
    void aDecisionRecordedLateCountsFromTheDateItWasDecidedNotFromWhenItWasRecorded() {
        RegimeDecision high = decided(SupervisionRegime.HIGH, JUNE_1, "2026-06-01T10:00:00Z");
        // Decided in March, recorded only in July: it does not replace June's decision, it precedes it.
        RegimeDecision lateLow = decided(SupervisionRegime.LOW, MARCH_3, "2026-07-01T10:00:00Z");
        RegimeHistory history = new RegimeHistory(List.of(high, lateLow));

        assertThat(history.inForceOn(LocalDate.of(2026, 7, 2))).contains(high);
        assertThat(history.inForceOn(LocalDate.of(2026, 4, 1))).contains(lateLow);
        assertThat(history.takenBy(LocalDate.of(2026, 7, 2))).containsExactly(lateLow, high);
    }

    @Test
    void ofTwoDecisionsOnTheSameDateTheOneRecordedLaterIsInForce() {
        RegimeDecision first = decided(SupervisionRegime.HIGH, MARCH_3, "2026-03-03T10:00:00Z");
        RegimeDecision correction = decided(SupervisionRegime.MEDIUM, MARCH_3, "2026-03-03T10:05:00Z");

        assertThat(new RegimeHistory(List.of(correction, first)).inForceOn(MARCH_3)).contains(correction);
        assertThat(new RegimeHistory(List.of(first, correction)).takenBy(MARCH_3)).containsExactly(first, correction);
    }

    @Test
    void aDecisionMayBeDatedTodayOrEarlierButNotLater() {
        assertThat(RegimeHistory.mayBeDatedOn(MARCH_3, MARCH_3)).isTrue();
        assertThat(RegimeHistory.mayBeDatedOn(MARCH_3.minusYears(1), MARCH_3)).isTrue();
        assertThat(RegimeHistory.mayBeDatedOn(MARCH_3.plusDays(1), MARCH_3)).isFalse();
    }
}
