package nl.permitholders.supervision.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** docs/domain.md, the province's verdict: what a letter or a report marks a province's verdict with after a late correction. */
class ProvinceVerdictMarkTest {

    private static final LocalDate DEADLINE = LocalDate.of(2025, 1, 1);

    /** "Verschoonbaar: afgesproken inhaalplan", recorded when the computed verdict was NOT_MET. */
    private static final ProvinceVerdict EXCUSED = new ProvinceVerdict(UUID.randomUUID(), "GM0777", DEADLINE, Verdict.NOT_MET_EXCUSABLE,
            "verschoonbaar: afgesproken inhaalplan", LocalDate.of(2025, 1, 20), "supervisor-PV30", Instant.parse("2025-01-20T10:00:00Z"),
            Verdict.NOT_MET);

    @Test
    void aVerdictRecordedAgainstTheComputedVerdictThatStillHoldsStands() {
        assertThat(ProvinceVerdictMark.of(EXCUSED, Verdict.NOT_MET, 12)).isEqualTo(ProvinceVerdictMark.STANDS);
    }

    @Test
    void aCorrectionThatChangedTheComputedVerdictSinceMarksItToReview() {
        assertThat(ProvinceVerdictMark.of(EXCUSED, Verdict.NOT_MET_EXCUSABLE, 4)).isEqualTo(ProvinceVerdictMark.TO_REVIEW);
    }

    @Test
    void aCorrectionThatMovedTheBacklogAcrossZeroPutsItAtOddsWithR7() {
        // A placement registered late, dated before the deadline: no shortfall at all, so there is nothing to excuse.
        assertThat(ProvinceVerdictMark.of(EXCUSED, Verdict.MET, 0)).isEqualTo(ProvinceVerdictMark.AT_ODDS_WITH_R7);
        ProvinceVerdict met = new ProvinceVerdict(UUID.randomUUID(), "GM0777", DEADLINE, Verdict.MET, "gehaald",
                LocalDate.of(2025, 1, 20), "supervisor-PV30", Instant.parse("2025-01-20T10:00:00Z"), Verdict.MET);
        assertThat(ProvinceVerdictMark.of(met, Verdict.NOT_MET, 3)).isEqualTo(ProvinceVerdictMark.AT_ODDS_WITH_R7);
    }
}
