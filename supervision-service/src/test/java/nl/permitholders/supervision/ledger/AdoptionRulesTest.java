package nl.permitholders.supervision.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ladder.InterventionAdvisor;
import nl.permitholders.supervision.ladder.Stage;
import nl.permitholders.supervision.verdict.DeadlineJudge;
import nl.permitholders.supervision.verdict.Verdict;
import org.junit.jupiter.api.Test;

/**
 * docs/domain.md, re-anchoring: what an adoption of COA's figures changes. COA's first figure and its revision are both
 * kept and the later decision stands; figures as of a date count what COA had published by then; the ladder counts an
 * adopted position at the deadline that opened the chain; the verdicts it touches are judged again; and a fact dated
 * before an adopted deadline that arrives after the adoption marks it to review.
 */
class AdoptionRulesTest {

    private static final String ALMELO = "GM0141";
    private static final Period H1_2024 = Period.parse("2024-H1");
    private static final Period H2_2024 = Period.parse("2024-H2");
    private static final Period H1_2025 = Period.parse("2025-H1");
    private static final LocalDate NEW_YEAR_2025 = LocalDate.of(2025, 1, 1);
    private static final OffsetDateTime ADOPTED = OffsetDateTime.of(2025, 1, 10, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime REVISED = OffsetDateTime.of(2025, 2, 10, 9, 0, 0, 0, ZoneOffset.UTC);

    /** Almelo by its plan: 52 carried into 2024, quotas 78 and 70, 40 and 43 housed: 117 behind at the end of 2024. */
    private static List<LedgerEntry> almelo() {
        List<LedgerEntry> entries = new ArrayList<>();
        entries.add(Entries.openingBalance(UUID.randomUUID(), "t", ALMELO, H1_2024, 52, 1));
        entries.add(Entries.quota(UUID.randomUUID(), "t", ALMELO, H1_2024, 78, 1));
        entries.add(Entries.quota(UUID.randomUUID(), "t", ALMELO, H2_2024, 70, 1));
        entries.add(Entries.quota(UUID.randomUUID(), "t", ALMELO, H1_2025, 73, 1));
        entries.add(housed(LocalDate.of(2024, 3, 14), 40, OffsetDateTime.of(2024, 3, 14, 12, 0, 0, 0, ZoneOffset.UTC)));
        entries.add(housed(LocalDate.of(2024, 11, 20), 43, OffsetDateTime.of(2024, 11, 20, 12, 0, 0, 0, ZoneOffset.UTC)));
        return entries;
    }

    private static LedgerEntry housed(LocalDate on, int persons, OffsetDateTime registered) {
        return Entries.housed(UUID.randomUUID(), "t", ALMELO, on, persons, UUID.randomUUID().toString()).at(registered);
    }

    private static LedgerEntry endPosition(int position, LocalDate published, OffsetDateTime decided) {
        return LedgerEntry.anchored(UUID.randomUUID(), AdoptedFigure.END_POSITION.eventType(), ALMELO, NEW_YEAR_2025, position,
                published, "stand TVS per 1 januari 2025", "provincie", decided);
    }

    private static LedgerEntry carriedIn(int amount, LocalDate published, OffsetDateTime decided) {
        return LedgerEntry.anchored(UUID.randomUUID(), AdoptedFigure.CARRIED_IN.eventType(), ALMELO, NEW_YEAR_2025, amount, published,
                "herziening TVS: meegenomen in 2025-I", "provincie", decided);
    }

    private static BacklogLedger with(LedgerEntry... more) {
        List<LedgerEntry> entries = almelo();
        entries.addAll(List.of(more));
        return new BacklogLedger(ALMELO, entries);
    }

    @Test
    void coasRevisionOfTheAmountCarriedInStandsBesideItsFirstFigureWhichStaysInTheLedger() {
        LedgerEntry first = endPosition(117, NEW_YEAR_2025, ADOPTED);
        LedgerEntry revision = carriedIn(120, LocalDate.of(2025, 2, 1), REVISED);
        BacklogLedger ledger = with(first, revision);

        assertThat(ledger.figures(H1_2025, null).carriedBacklog()).isEqualTo(120);
        assertThat(ledger.entriesOf(H1_2025)).contains(first, revision);
        // Half-years before keep their own figures.
        assertThat(ledger.figures(H2_2024, null).backlog()).isEqualTo(117);
    }

    @Test
    void figuresAsOfADateCountOnlyWhatCoaHadPublishedByThen() {
        BacklogLedger ledger = with(endPosition(117, NEW_YEAR_2025, ADOPTED), carriedIn(120, LocalDate.of(2025, 2, 1), REVISED));

        assertThat(ledger.knownOn(LocalDate.of(2025, 1, 15)).figures(H1_2025, LocalDate.of(2025, 1, 15)).carriedBacklog()).isEqualTo(117);
        assertThat(ledger.knownOn(LocalDate.of(2025, 3, 1)).figures(H1_2025, LocalDate.of(2025, 3, 1)).carriedBacklog()).isEqualTo(120);
        // Before COA's first figure of the deadline, the system's own arithmetic: 52 + 78 + 70 - 83.
        assertThat(with(endPosition(125, NEW_YEAR_2025, ADOPTED)).knownOn(LocalDate.of(2024, 12, 15)).figures(H1_2025, null)
                .carriedBacklog()).isEqualTo(117);
    }

    @Test
    void theLadderCountsAnAdoptedPositionAtTheDeadlineThatOpenedTheChainInsteadOfTheOpeningBalance() {
        // COA had Almelo 60 behind at 1 January 2024 where the opening balance says 52.
        LedgerEntry adopted = LedgerEntry.anchored(UUID.randomUUID(), AdoptedFigure.END_POSITION.eventType(), ALMELO,
                LocalDate.of(2024, 1, 1), 60, LocalDate.of(2024, 1, 1), "stand TVS per 1 januari 2024", "provincie", ADOPTED);
        BacklogLedger ledger = with(adopted);

        assertThat(ledger.openingPosition()).contains(new BacklogLedger.OpeningBalance(H1_2024, 60));
        List<InterventionAdvisor.Deadline> deadlines = InterventionAdvisor.deadlines(ledger.openingPosition(), List.of(),
                LocalDate.of(2024, 1, 2));
        assertThat(deadlines).extracting(InterventionAdvisor.Deadline::backlog).containsExactly(60);
        // A lead adopted there opens the chain on schedule: nothing counts against the municipality.
        LedgerEntry lead = LedgerEntry.anchored(UUID.randomUUID(), AdoptedFigure.END_POSITION.eventType(), ALMELO,
                LocalDate.of(2024, 1, 1), -5, LocalDate.of(2024, 1, 1), "voorsprong volgens TVS", "provincie", ADOPTED);
        assertThat(InterventionAdvisor.deadlines(with(lead).openingPosition(), List.of(), LocalDate.of(2024, 1, 2))).isEmpty();
        // Without an adoption, the opening balance.
        assertThat(with().openingPosition()).contains(new BacklogLedger.OpeningBalance(H1_2024, 52));
    }

    @Test
    void anAdoptionChangesTheVerdictsOfTheHalfYearsFromItsDeadlineOn() {
        // 52 + 78 + 70 - 83 = 117 carried into 2025-I, quota 73, nobody housed: 190 behind at 1 July 2025, not met
        // (excusably: COA coupled nobody).
        DeadlineJudge.Judgement own = DeadlineJudge.judge(with(), H1_2025);
        assertThat(own.backlog()).isEqualTo(190);
        assertThat(own.verdict()).isEqualTo(Verdict.NOT_MET_EXCUSABLE);
        // COA had Almelo 80 ahead at 1 January 2025: 73 - 80 = -7, met.
        DeadlineJudge.Judgement judged = DeadlineJudge.judge(with(endPosition(-80, NEW_YEAR_2025, ADOPTED)), H1_2025);
        assertThat(judged.backlog()).isEqualTo(-7);
        assertThat(judged.verdict()).isEqualTo(Verdict.MET);
        // 2024-II is judged at its deadline on COA's end position adopted there, its own arithmetic beside it.
        DeadlineJudge.Judgement atNewYear = DeadlineJudge.judge(with(endPosition(-80, NEW_YEAR_2025, ADOPTED)), H2_2024);
        assertThat(DeadlineJudge.judge(with(), H2_2024).verdict()).isNotEqualTo(Verdict.MET);
        assertThat(atNewYear.verdict()).isEqualTo(Verdict.MET);
        assertThat(atNewYear.backlog()).isEqualTo(-80);
        assertThat(atNewYear.ownBacklog()).isEqualTo(117);
        // The half-year before it keeps its own verdict.
        assertThat(DeadlineJudge.judge(with(endPosition(-80, NEW_YEAR_2025, ADOPTED)), H1_2024))
                .isEqualTo(DeadlineJudge.judge(with(), H1_2024));
        assertThat(InterventionAdvisor.advise(List.of(new InterventionAdvisor.Deadline(LocalDate.of(2025, 7, 1), judged.verdict(),
                judged.backlog(), false))).stage()).isEqualTo(Stage.NONE);
    }

    @Test
    void aPlacementRegisteredAfterTheAdoptionAndDatedBeforeItsDeadlineMarksTheAdoptionToReview() {
        LedgerEntry adopted = endPosition(117, NEW_YEAR_2025, ADOPTED);
        assertThat(with(adopted).adoptionsToReview()).isEmpty();

        LedgerEntry late = housed(LocalDate.of(2024, 12, 20), 3, ADOPTED.plusDays(5));
        assertThat(with(adopted, late).adoptionsToReview()).containsExactly(adopted.eventId());
        // A fact of the half-year the adoption starts does not touch it, nor one registered before the adoption.
        assertThat(with(adopted, housed(LocalDate.of(2025, 1, 20), 3, ADOPTED.plusDays(5))).adoptionsToReview()).isEmpty();
        assertThat(with(adopted, housed(LocalDate.of(2024, 12, 20), 3, ADOPTED.minusDays(1))).adoptionsToReview()).isEmpty();
        // Adopting again (or confirming) after the fact clears the mark.
        LedgerEntry again = endPosition(117, NEW_YEAR_2025, ADOPTED.plusDays(6));
        assertThat(with(adopted, late, again).adoptionsToReview()).isEmpty();
        // The mark does not change the figures: the standing adoption still counts, the late fact in its own half-year.
        assertThat(with(adopted, late).figures(H1_2025, null).carriedBacklog()).isEqualTo(117);
        assertThat(with(adopted, late).figures(H2_2024, null).backlog()).isEqualTo(114);
        assertThat(Optional.of(adopted.eventType())).contains(LedgerEntry.ANCHORED_TYPE);
    }

    /**
     * COA's end position adopted at a deadline is judged there even where its revision of the amount carried in was
     * adopted after it: a late fact dated before the deadline marks the end position to review too, not only the
     * latest adoption of the deadline.
     */
    @Test
    void everyFigureStandingAtADeadlineIsCheckedForReviewNotOnlyTheLatestAdoption() {
        LedgerEntry first = endPosition(117, NEW_YEAR_2025, ADOPTED);
        LedgerEntry revision = carriedIn(120, LocalDate.of(2025, 2, 1), REVISED);
        LedgerEntry late = housed(LocalDate.of(2024, 12, 20), 3, REVISED.plusDays(5));

        assertThat(with(first, revision, late).adoptionsToReview()).containsExactlyInAnyOrder(first.eventId(), revision.eventId());
    }
}
