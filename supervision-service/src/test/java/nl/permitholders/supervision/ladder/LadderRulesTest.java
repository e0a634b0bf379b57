package nl.permitholders.supervision.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.permitholders.platform.api.InvalidParam;
import nl.permitholders.supervision.ladder.InterventionAdvisor.Advice;
import nl.permitholders.supervision.ladder.InterventionAdvisor.Deadline;
import nl.permitholders.supervision.ladder.LadderRules.Rule;
import nl.permitholders.supervision.ladder.LadderRules.RuleKind;
import nl.permitholders.supervision.ladder.LadderRules.Step;
import nl.permitholders.supervision.verdict.ProvinceVerdict;
import nl.permitholders.supervision.verdict.ProvinceVerdicts;
import nl.permitholders.supervision.verdict.Verdict;
import org.junit.jupiter.api.Test;

/** docs/domain.md, ladder rules per province: which verdicts count, how many missed in a row advise which stage, and growth. */
class LadderRulesTest {

    private static final LocalDate RULES_FROM = LocalDate.of(2026, 1, 1);

    /** Zuid-Holland-like: four missed deadlines in a row may lead to intervention; a growing backlog alone does not. */
    private static final LadderRules ZUID_HOLLAND = new LadderRules(Optional.of(RULES_FROM), EnumSet.of(Verdict.NOT_MET),
            List.of(new Step(1, Stage.SIGNAL), new Step(2, Stage.OFFICIAL_TALK), new Step(3, Stage.ADMINISTRATIVE_AGREEMENTS),
                    new Step(4, Stage.SUBSTITUTION_ANNOUNCED)), false);

    /** As the default rules, but a growing backlog does not escalate by itself. */
    private static final LadderRules WITHOUT_GROWTH = new LadderRules(Optional.of(RULES_FROM), EnumSet.of(Verdict.NOT_MET),
            LadderRules.DEFAULT.steps(), false);

    /** An excusable shortfall counts as missed too; the first step only from two missed in a row. */
    private static final LadderRules STRICT = new LadderRules(Optional.of(RULES_FROM), EnumSet.of(Verdict.NOT_MET, Verdict.NOT_MET_EXCUSABLE),
            List.of(new Step(2, Stage.OFFICIAL_TALK), new Step(3, Stage.ADMINISTRATIVE_AGREEMENTS)), true);

    /** Verdicts at consecutive deadlines from 1 July 2024 on, with the backlog at each. */
    private static List<Deadline> judged(Verdict verdict, int... backlogs) {
        List<Deadline> deadlines = new ArrayList<>();
        for (int i = 0; i < backlogs.length; i++) {
            deadlines.add(new Deadline(LocalDate.of(2024, 7, 1).plusMonths(6L * i), verdict, backlogs[i], false));
        }
        return deadlines;
    }

    private static List<Deadline> then(List<Deadline> before, Verdict verdict, int backlog) {
        List<Deadline> deadlines = new ArrayList<>(before);
        deadlines.add(new Deadline(before.get(before.size() - 1).date().plusMonths(6), verdict, backlog, false));
        return deadlines;
    }

    @Test
    void theDefaultRulesAdviseAsTheLadderAlwaysDidAndSaySo() {
        for (List<Deadline> deadlines : List.of(List.<Deadline>of(), judged(Verdict.MET, 0), judged(Verdict.NOT_MET_EXCUSABLE, 5),
                judged(Verdict.NOT_MET, 5), judged(Verdict.NOT_MET, 5, 5), judged(Verdict.NOT_MET, 5, 5, 5, 5),
                judged(Verdict.NOT_MET, 1, 2, 3, 4, 5))) {
            Advice advice = InterventionAdvisor.advise(deadlines, LadderRules.DEFAULT);
            assertThat(advice).isEqualTo(InterventionAdvisor.advise(deadlines));
            assertThat(advice).isEqualTo(new Advice(advice.stage(), advice.reasonCode(), advice.missedInARow(), advice.openedChain()));
        }
        assertThat(InterventionAdvisor.advise(judged(Verdict.NOT_MET, 5, 5, 5, 5)).rule())
                .isEqualTo(new Rule(RuleKind.MISSED_IN_A_ROW, 3, Stage.ADMINISTRATIVE_AGREEMENTS, Optional.empty()));
        assertThat(InterventionAdvisor.advise(judged(Verdict.NOT_MET, 5, 5, 5, 5)).rule().inEnglish())
                .isEqualTo("from 3 deadlines missed in a row: ADMINISTRATIVE_AGREEMENTS (the default rules)");
        assertThat(InterventionAdvisor.advise(judged(Verdict.MET, 0)).rule().inEnglish())
                .isEqualTo("no stage while the last deadline is not missed (the default rules)");
    }

    @Test
    void inZuidHollandFourMissedDeadlinesInARowAdviseAnnouncingSubstitution() {
        List<Deadline> threeMissed = judged(Verdict.NOT_MET, 5, 5, 5);
        assertThat(InterventionAdvisor.advise(threeMissed, ZUID_HOLLAND).stage()).isEqualTo(Stage.ADMINISTRATIVE_AGREEMENTS);

        List<Deadline> fourMissed = then(threeMissed, Verdict.NOT_MET, 5);
        assertThat(InterventionAdvisor.advise(fourMissed).stage()).isEqualTo(Stage.ADMINISTRATIVE_AGREEMENTS);
        Advice advice = InterventionAdvisor.advise(fourMissed, ZUID_HOLLAND);
        assertThat(advice.stage()).isEqualTo(Stage.SUBSTITUTION_ANNOUNCED);
        assertThat(advice.missedInARow()).isEqualTo(4);
        assertThat(advice.reasonCode()).isEqualTo(AdviceReason.NOT_MET_AT_LAST_THREE_OR_MORE);
        assertThat(advice.rule()).isEqualTo(new Rule(RuleKind.MISSED_IN_A_ROW, 4, Stage.SUBSTITUTION_ANNOUNCED, Optional.of(RULES_FROM)));
        assertThat(advice.rule().inEnglish())
                .isEqualTo("from 4 deadlines missed in a row: SUBSTITUTION_ANNOUNCED (the province's rules from 2026-01-01)");
        assertThat(InterventionAdvisor.advise(then(fourMissed, Verdict.NOT_MET, 5), ZUID_HOLLAND).stage()).isEqualTo(Stage.SUBSTITUTION_ANNOUNCED);
    }

    @Test
    void inAProvinceWithoutGrowthEscalationAGrowingBacklogClimbsOnlyByTheMissedDeadlinesInARow() {
        List<Deadline> growing = judged(Verdict.NOT_MET, 1, 2, 3, 4, 5);
        assertThat(InterventionAdvisor.advise(growing).rule().kind()).isEqualTo(RuleKind.BACKLOG_GREW);
        assertThat(InterventionAdvisor.advise(growing).stage()).isEqualTo(Stage.SUBSTITUTION_ANNOUNCED);

        Advice advice = InterventionAdvisor.advise(growing, WITHOUT_GROWTH);
        assertThat(advice.stage()).isEqualTo(Stage.ADMINISTRATIVE_AGREEMENTS);
        assertThat(advice.rule()).isEqualTo(new Rule(RuleKind.MISSED_IN_A_ROW, 3, Stage.ADMINISTRATIVE_AGREEMENTS, Optional.of(RULES_FROM)));
    }

    @Test
    void aProvinceThatCountsExcusableShortfallsAsMissedClimbsOnThemToo() {
        List<Deadline> deadlines = then(judged(Verdict.NOT_MET, 5), Verdict.NOT_MET_EXCUSABLE, 5);
        assertThat(InterventionAdvisor.advise(deadlines).stage()).isEqualTo(Stage.NONE);
        assertThat(InterventionAdvisor.advise(deadlines).reasonCode()).isEqualTo(AdviceReason.LAST_SHORTFALL_EXCUSABLE);

        Advice advice = InterventionAdvisor.advise(deadlines, STRICT);
        assertThat(advice.stage()).isEqualTo(Stage.OFFICIAL_TALK);
        assertThat(advice.missedInARow()).isEqualTo(2);
        assertThat(advice.rule()).isEqualTo(new Rule(RuleKind.MISSED_IN_A_ROW, 2, Stage.OFFICIAL_TALK, Optional.of(RULES_FROM)));
    }

    @Test
    void fewerMissedDeadlinesInARowThanTheLowestStepAsksAdviseNoStageAndSaySo() {
        Advice advice = InterventionAdvisor.advise(judged(Verdict.NOT_MET, 5), STRICT);
        assertThat(advice.stage()).isEqualTo(Stage.NONE);
        assertThat(advice.missedInARow()).isEqualTo(1);
        assertThat(advice.reasonCode()).isEqualTo(AdviceReason.NOT_MET_AT_LAST);
        assertThat(advice.rule().inEnglish()).isEqualTo("no stage below 2 deadlines missed in a row (the province's rules from 2026-01-01)");
    }

    @Test
    void theProvincesOwnVerdictCountsOverTheComputedOneUnderItsRules() {
        List<Deadline> computed = judged(Verdict.NOT_MET, 20, 10);
        LocalDate decided = LocalDate.of(2025, 1, 20);
        ProvinceVerdicts excusable = ProvinceVerdicts.of(List.of(new ProvinceVerdict(UUID.randomUUID(), "GM0777", LocalDate.of(2025, 1, 1),
                Verdict.NOT_MET_EXCUSABLE, "verschoonbaar: afgesproken inhaalplan", decided, "supervisor-PV30",
                Instant.parse("2025-01-20T10:00:00Z"), Verdict.NOT_MET)));
        List<Deadline> counted = InterventionAdvisor.judgedByTheProvince(computed, excusable, decided);

        assertThat(InterventionAdvisor.advise(counted, ZUID_HOLLAND).reasonCode()).isEqualTo(AdviceReason.LAST_SHORTFALL_JUDGED_EXCUSABLE);
        assertThat(InterventionAdvisor.advise(counted, STRICT).stage()).isEqualTo(Stage.OFFICIAL_TALK);
    }

    @Test
    void theRulesInForceOnADateAreThoseApplyingFromTheLatestDateByThenAndTheDefaultOnesBefore() {
        LadderRuleSet zuidHolland = new LadderRuleSet(UUID.randomUUID(), "PV28", ZUID_HOLLAND, "beheerder-PV28", Instant.parse("2025-12-01T09:00:00Z"));
        LadderRuleSet correction = new LadderRuleSet(UUID.randomUUID(), "PV28", WITHOUT_GROWTH, "beheerder-PV28", Instant.parse("2025-12-02T09:00:00Z"));
        LadderRuleSet later = new LadderRuleSet(UUID.randomUUID(), "PV28", STRICT.from(LocalDate.of(2027, 1, 1)), "beheerder-PV28",
                Instant.parse("2025-11-01T09:00:00Z"));
        LadderRuleHistory history = new LadderRuleHistory(List.of(later, correction, zuidHolland));

        assertThat(history.inForceOn(LocalDate.of(2025, 12, 31))).isEqualTo(LadderRules.DEFAULT);
        assertThat(history.inForceOn(RULES_FROM)).isEqualTo(WITHOUT_GROWTH);
        assertThat(history.inForceOn(LocalDate.of(2026, 12, 31))).isEqualTo(WITHOUT_GROWTH);
        assertThat(history.inForceOn(LocalDate.of(2027, 1, 1))).isEqualTo(STRICT.from(LocalDate.of(2027, 1, 1)));
        assertThat(history.all()).containsExactly(zuidHolland, correction, later);
    }

    private static List<String> refused(List<Verdict> counted, Step... steps) {
        return LadderRules.refusals(counted, Arrays.asList(steps)).stream().map(InvalidParam::name).toList();
    }

    @Test
    void rulesThatCannotBeAreRefusedNamingTheField() {
        List<Verdict> notMet = List.of(Verdict.NOT_MET);
        assertThat(refused(List.of(Verdict.NOT_MET, Verdict.NOT_MET_EXCUSABLE), new Step(1, Stage.SIGNAL), new Step(4, Stage.SUBSTITUTION_ANNOUNCED))).isEmpty();
        assertThat(refused(notMet, new Step(2, Stage.OFFICIAL_TALK), new Step(3, Stage.SIGNAL))).containsExactly("steps[1].stage");
        assertThat(refused(notMet, new Step(2, Stage.SIGNAL), new Step(2, Stage.OFFICIAL_TALK))).containsExactly("steps[1].missedInARow");
        assertThat(refused(notMet, new Step(-1, Stage.SIGNAL))).containsExactly("steps[0].missedInARow");
        assertThat(refused(notMet, new Step(0, Stage.SIGNAL))).containsExactly("steps[0].missedInARow");
        assertThat(refused(notMet, new Step(21, Stage.SIGNAL))).containsExactly("steps[0].missedInARow");
        assertThat(refused(notMet, new Step(1, Stage.NONE))).containsExactly("steps[0].stage");
        assertThat(refused(notMet, new Step(5, Stage.SUBSTITUTION_DECIDED))).containsExactly("steps[0].stage");
        assertThat(refused(notMet)).containsExactly("steps");
        assertThat(refused(List.of(Verdict.NOT_MET, Verdict.MET), new Step(1, Stage.SIGNAL))).containsExactly("countedAsMissed[1]");
        assertThat(refused(List.of(Verdict.NOT_MET_EXCUSABLE), new Step(1, Stage.SIGNAL))).containsExactly("countedAsMissed");
        assertThat(refused(List.of(), new Step(1, Stage.SIGNAL))).containsExactly("countedAsMissed");
    }

    @Test
    void rulesFromADateBeforeTodayAreRefusedUnlessTheProvinceSaysWhyTheyCorrectTheEarlierRules() {
        LocalDate today = LocalDate.of(2026, 11, 20);
        assertThat(LadderRules.backdatingRefusals(LocalDate.of(2026, 10, 1), today, null)).extracting(InvalidParam::name, InvalidParam::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("appliesFrom", "2026-10-01 lies before today, 2026-11-20: rules "
                        + "that apply from the past rewrite the advice already given since then. Set them from today or later, or "
                        + "say why they correct the earlier rules (correction)"));
        assertThat(LadderRules.backdatingRefusals(LocalDate.of(2026, 10, 1), today, "  ")).extracting(InvalidParam::name)
                .containsExactly("appliesFrom");
        assertThat(LadderRules.backdatingRefusals(LocalDate.of(2026, 10, 1), today, "de regels van oktober waren niet vastgelegd")).isEmpty();
    }

    @Test
    void rulesFromTodayOrLaterCorrectNothingAndNeedNoReason() {
        LocalDate today = LocalDate.of(2026, 11, 20);
        assertThat(LadderRules.backdatingRefusals(today, today, null)).isEmpty();
        assertThat(LadderRules.backdatingRefusals(LocalDate.of(2027, 1, 1), today, null)).isEmpty();
    }
}
