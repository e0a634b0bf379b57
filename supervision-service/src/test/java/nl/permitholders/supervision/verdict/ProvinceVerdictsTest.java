package nl.permitholders.supervision.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.permitholders.platform.api.InvalidParam;
import nl.permitholders.supervision.verdict.ProvinceVerdicts.Computed;
import org.junit.jupiter.api.Test;

/** docs/domain.md, the province's verdict: the province judges, the computed verdict is its advice. */
class ProvinceVerdictsTest {

    private static final LocalDate DEADLINE = LocalDate.of(2025, 1, 1);
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);
    private static final Computed BEHIND_BY_12 = new Computed(Verdict.NOT_MET, 12);

    private static ProvinceVerdict recorded(Verdict verdict, LocalDate decidedOn, String recordedAt, Verdict against) {
        return new ProvinceVerdict(UUID.randomUUID(), "GM0777", DEADLINE, verdict, "verschoonbaar: afgesproken inhaalplan", decidedOn,
                "supervisor-PV30", Instant.parse(recordedAt), against);
    }

    @Test
    void theVerdictInForceIsTheOneDecidedLastOfThoseDecidedByTheDateAsked() {
        ProvinceVerdict excusable = recorded(Verdict.NOT_MET_EXCUSABLE, LocalDate.of(2025, 1, 20), "2025-01-20T10:00:00Z", Verdict.NOT_MET);
        ProvinceVerdict notMet = recorded(Verdict.NOT_MET, LocalDate.of(2025, 2, 10), "2025-02-10T10:00:00Z", Verdict.NOT_MET);
        ProvinceVerdicts verdicts = ProvinceVerdicts.of(List.of(notMet, excusable));

        assertThat(verdicts.inForce(DEADLINE, LocalDate.of(2025, 1, 19))).isEmpty();
        assertThat(verdicts.inForce(DEADLINE, LocalDate.of(2025, 1, 20))).contains(excusable);
        assertThat(verdicts.inForce(DEADLINE, LocalDate.of(2025, 2, 10))).contains(notMet);
        assertThat(verdicts.inForce(LocalDate.of(2025, 7, 1), TODAY)).isEmpty();
        assertThat(verdicts.history(DEADLINE)).containsExactly(excusable, notMet);
    }

    @Test
    void ofTwoDecidedOnTheSameDayTheOneRecordedLaterIsInForce() {
        ProvinceVerdict later = recorded(Verdict.NOT_MET, LocalDate.of(2025, 1, 20), "2025-01-21T09:00:00Z", Verdict.NOT_MET);
        ProvinceVerdict earlier = recorded(Verdict.NOT_MET_EXCUSABLE, LocalDate.of(2025, 1, 20), "2025-01-20T09:00:00Z", Verdict.NOT_MET);
        assertThat(ProvinceVerdicts.of(List.of(later, earlier)).inForce(DEADLINE, TODAY)).contains(later);
    }

    @Test
    void aVerdictRecordedAgainstAComputedVerdictThatALateCorrectionChangedIsToReviewAndStaysAsItWas() {
        ProvinceVerdict excusable = recorded(Verdict.NOT_MET_EXCUSABLE, LocalDate.of(2025, 1, 20), "2025-01-20T10:00:00Z", Verdict.NOT_MET);
        assertThat(excusable.toReview(Verdict.NOT_MET)).isFalse();
        assertThat(excusable.toReview(Verdict.MET)).isTrue();
        assertThat(excusable.toReview(null)).isTrue();
        assertThat(excusable.verdict()).isEqualTo(Verdict.NOT_MET_EXCUSABLE);
    }

    @Test
    void behindAtTheDeadlineTheProvinceJudgesWhetherTheShortfallIsExcusableButCannotCallItMet() {
        assertThat(ProvinceVerdicts.refusals(DEADLINE, Verdict.NOT_MET_EXCUSABLE, TODAY, TODAY, Optional.of(BEHIND_BY_12))).isEmpty();
        assertThat(ProvinceVerdicts.refusals(DEADLINE, Verdict.NOT_MET, TODAY, TODAY,
                Optional.of(new Computed(Verdict.NOT_MET_EXCUSABLE, 12)))).isEmpty();
        assertThat(ProvinceVerdicts.refusals(DEADLINE, Verdict.MET, TODAY, TODAY, Optional.of(BEHIND_BY_12)))
                .containsExactly(new InvalidParam("verdict", "must be NOT_MET or NOT_MET_EXCUSABLE: the backlog at the deadline is 12 (R7)"));
    }

    @Test
    void withoutABacklogAtTheDeadlineTheOnlyVerdictIsMet() {
        Computed met = new Computed(Verdict.MET, 0);
        assertThat(ProvinceVerdicts.refusals(DEADLINE, Verdict.MET, TODAY, TODAY, Optional.of(met))).isEmpty();
        assertThat(ProvinceVerdicts.refusals(DEADLINE, Verdict.NOT_MET_EXCUSABLE, TODAY, TODAY, Optional.of(met)))
                .extracting(InvalidParam::name).containsExactly("verdict");
    }

    @Test
    void aVerdictIsRecordedOnlyAtA1JanuaryOr1JulyThatHasPassedAndThatTheMunicipalityHasAVerdictAt() {
        assertThat(ProvinceVerdicts.refusals(LocalDate.of(2025, 1, 2), Verdict.NOT_MET, TODAY, TODAY, Optional.empty()))
                .containsExactly(new InvalidParam("deadline", "must be a deadline: 1 January or 1 July"));
        assertThat(ProvinceVerdicts.refusals(LocalDate.of(2025, 7, 1), Verdict.NOT_MET, TODAY, TODAY, Optional.empty()))
                .containsExactly(new InvalidParam("deadline", "has not passed yet"));
        assertThat(ProvinceVerdicts.refusals(LocalDate.of(2020, 7, 1), Verdict.NOT_MET, TODAY, TODAY, Optional.empty()))
                .extracting(InvalidParam::name).containsExactly("deadline");
    }

    @Test
    void theDateDecidedLiesBetweenTheDeadlineAndToday() {
        assertThat(ProvinceVerdicts.refusals(DEADLINE, Verdict.NOT_MET, TODAY.plusDays(1), TODAY, Optional.of(BEHIND_BY_12)))
                .containsExactly(new InvalidParam("decidedOn", "cannot be in the future"));
        assertThat(ProvinceVerdicts.refusals(DEADLINE, Verdict.NOT_MET, DEADLINE.minusDays(1), TODAY, Optional.of(BEHIND_BY_12)))
                .containsExactly(new InvalidParam("decidedOn", "cannot be before the deadline it judges"));
    }

    @Test
    void aVerdictHasGroundsOfAtMost500Characters() {
        assertThrows(IllegalArgumentException.class, () -> new ProvinceVerdict(UUID.randomUUID(), "GM0777", DEADLINE, Verdict.NOT_MET,
                " ", TODAY, "x", Instant.EPOCH, Verdict.NOT_MET));
        assertThrows(IllegalArgumentException.class, () -> new ProvinceVerdict(UUID.randomUUID(), "GM0777", DEADLINE, Verdict.NOT_MET,
                "x".repeat(501), TODAY, "x", Instant.EPOCH, Verdict.NOT_MET));
    }
}
