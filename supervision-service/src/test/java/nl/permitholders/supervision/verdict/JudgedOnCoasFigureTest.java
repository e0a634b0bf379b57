package nl.permitholders.supervision.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ladder.InterventionAdvisor;
import nl.permitholders.supervision.ledger.AdoptedFigure;
import nl.permitholders.supervision.ledger.BacklogLedger;
import nl.permitholders.supervision.ledger.Entries;
import nl.permitholders.supervision.ledger.LedgerEntry;
import nl.permitholders.supervision.ledger.MergerTakeOver;
import org.junit.jupiter.api.Test;

/**
 * docs/domain.md, re-anchoring and R7: COA's end position that province staff adopted at a deadline is the position
 * judged there, with the system's own arithmetic beside it. The example: quota 20 in 2025-I and 20 persons housed by 30
 * June, so the system's own arithmetic ends the half-year level; COA's Stand on 1 July 2025 is −3 (3 behind).
 */
class JudgedOnCoasFigureTest {

    private static final String TOWN = "GM0001";
    private static final Period H1_2025 = Period.parse("2025-H1");
    private static final Period H2_2025 = Period.parse("2025-H2");
    private static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);
    private static final OffsetDateTime ADOPTED = OffsetDateTime.of(2025, 7, 14, 10, 0, 0, 0, ZoneOffset.UTC);

    /** Quota 20; {@code coupled} persons coupled on 15 January; 20 housed on 1 May. */
    private static List<LedgerEntry> levelByOwnArithmetic(String code, int coupled) {
        List<LedgerEntry> entries = new ArrayList<>();
        entries.add(Entries.quota(UUID.randomUUID(), "t", code, H1_2025, 20, 1));
        entries.add(Entries.quota(UUID.randomUUID(), "t", code, H2_2025, 10, 1));
        String coupling = UUID.randomUUID().toString();
        entries.add(Entries.coupled(UUID.randomUUID(), "t", code, LocalDate.of(2025, 1, 15), coupled, coupling, "FAMILY"));
        entries.add(Entries.housed(UUID.randomUUID(), "t", code, LocalDate.of(2025, 5, 1), 20, coupling));
        return entries;
    }

    private static LedgerEntry coasEndPosition(String code, int behind, OffsetDateTime decided) {
        return LedgerEntry.anchored(UUID.randomUUID(), AdoptedFigure.END_POSITION.eventType(), code, JULY_2025, behind, JULY_2025,
                "stand TVS per 1 juli 2025", "provincie", decided);
    }

    private static BacklogLedger ledger(int coupled, LedgerEntry... adoptions) {
        List<LedgerEntry> entries = levelByOwnArithmetic(TOWN, coupled);
        entries.addAll(List.of(adoptions));
        return new BacklogLedger(TOWN, entries);
    }

    @Test
    void withoutAnAdoptionTheSystemsOwnArithmeticIsJudged() {
        DeadlineJudge.Judgement judged = DeadlineJudge.judge(ledger(25), H1_2025);

        assertThat(judged.backlog()).isZero();
        assertThat(judged.ownBacklog()).isZero();
        assertThat(judged.coaEndPosition()).isEmpty();
        assertThat(judged.verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void coasAdoptedEndPositionIsThePositionJudgedAtItsDeadlineWithOwnArithmeticBesideIt() {
        // COA coupled 25 persons by 1 April, more than the 23 still to house by COA's figure: nothing excuses the 3.
        DeadlineJudge.Judgement judged = DeadlineJudge.judge(ledger(25, coasEndPosition(TOWN, 3, ADOPTED)), H1_2025);

        assertThat(judged.backlog()).isEqualTo(3);
        assertThat(judged.coaEndPosition()).contains(3);
        assertThat(judged.ownBacklog()).isZero();
        assertThat(judged.difference()).isEqualTo(3);
        assertThat(judged.verdict()).isEqualTo(Verdict.NOT_MET);
        // And the half-year after carries COA's 3.
        assertThat(ledger(25, coasEndPosition(TOWN, 3, ADOPTED)).figures(H2_2025, null).carriedBacklog()).isEqualTo(3);
    }

    @Test
    void theCouplingTestOfR7CountsCoasFigureOnTheReferenceDateToo() {
        // 20 still to house on 1 April by the system's facts, 23 by COA's figure; COA had coupled 20: a deficit of 3
        // excuses the 3 COA counts behind.
        DeadlineJudge.Judgement judged = DeadlineJudge.judge(ledger(20, coasEndPosition(TOWN, 3, ADOPTED)), H1_2025);

        assertThat(judged.stillToHouseAtReferenceDate()).isEqualTo(23);
        assertThat(judged.couplingDeficit()).isEqualTo(3);
        assertThat(judged.verdict()).isEqualTo(Verdict.NOT_MET_EXCUSABLE);
    }

    @Test
    void theProvinceMayJudgeNotMetOnCoasFigureAndTheLadderCountsIt() {
        DeadlineJudge.Judgement judged = DeadlineJudge.judge(ledger(25, coasEndPosition(TOWN, 3, ADOPTED)), H1_2025);

        assertThat(ProvinceVerdicts.refusals(JULY_2025, Verdict.NOT_MET, LocalDate.of(2025, 7, 20), LocalDate.of(2025, 8, 1),
                Optional.of(new ProvinceVerdicts.Computed(judged.verdict(), judged.backlog())))).isEmpty();
        assertThat(ProvinceVerdicts.refusals(JULY_2025, Verdict.MET, LocalDate.of(2025, 7, 20), LocalDate.of(2025, 8, 1),
                Optional.of(new ProvinceVerdicts.Computed(judged.verdict(), judged.backlog()))))
                .extracting(p -> p.name()).containsExactly("verdict");
        assertThat(InterventionAdvisor.Deadline.judged(judged).backlog()).isEqualTo(3);
    }

    @Test
    void asOfADateBeforeTheAdoptionWasDecidedTheVerdictRestsOnTheSystemsOwnArithmetic() {
        BacklogLedger ledger = ledger(25, coasEndPosition(TOWN, 3, ADOPTED));

        assertThat(DeadlineJudge.judge(ledger.knownOn(LocalDate.of(2025, 7, 10)), H1_2025).verdict()).isEqualTo(Verdict.MET);
        assertThat(DeadlineJudge.judge(ledger.knownOn(LocalDate.of(2025, 7, 14)), H1_2025).verdict()).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void aLeadCoaCountsIsMetWhereTheSystemCountsABacklog() {
        List<LedgerEntry> entries = levelByOwnArithmetic(TOWN, 25);
        entries.add(Entries.quota(UUID.randomUUID(), "t", TOWN, H1_2025, 24, 2));
        entries.add(coasEndPosition(TOWN, -1, ADOPTED));

        DeadlineJudge.Judgement judged = DeadlineJudge.judge(new BacklogLedger(TOWN, entries), H1_2025);

        assertThat(judged.ownBacklog()).isEqualTo(4);
        assertThat(judged.backlog()).isEqualTo(-1);
        assertThat(judged.verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void aMergedMunicipalitysAdoptedRevisionPassesToTheContinuingOneAndOwnArithmeticLeavesItOut() {
        // GM0002 ends 2025-I level by its facts; COA revised the amount it carried into 2025-II to 4; adopted, then GM0002
        // merged into TOWN on 1 July 2025.
        List<LedgerEntry> merged = levelByOwnArithmetic("GM0002", 25);
        merged.add(LedgerEntry.anchored(UUID.randomUUID(), AdoptedFigure.CARRIED_IN.eventType(), "GM0002", JULY_2025, 4,
                LocalDate.of(2025, 8, 1), "herziening TVS", "provincie", ADOPTED.plusMonths(1)));
        BacklogLedger continuing = MergerTakeOver.continuing(TOWN, levelByOwnArithmetic(TOWN, 25),
                Map.of(H2_2025.firstDay(), List.of(new BacklogLedger("GM0002", merged))));

        assertThat(continuing.figures(H2_2025, null).carriedBacklog()).isEqualTo(4);
        assertThat(continuing.withoutAdoptions().figures(H2_2025, null).carriedBacklog()).isZero();
        assertThat(continuing.knownOn(LocalDate.of(2025, 7, 20)).figures(H2_2025, null).carriedBacklog()).isZero();
    }
}
