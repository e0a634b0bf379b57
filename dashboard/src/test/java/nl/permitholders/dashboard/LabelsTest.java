package nl.permitholders.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.permitholders.dashboard.api.ActionPlan;
import nl.permitholders.dashboard.api.Agreement;
import nl.permitholders.dashboard.api.Ladder.Advice;
import nl.permitholders.dashboard.api.Ladder.ReasonCode;
import nl.permitholders.dashboard.api.Ladder.RuleKind;
import nl.permitholders.dashboard.api.Ladder.RulesCorrection;
import nl.permitholders.dashboard.api.LedgerLine;
import nl.permitholders.dashboard.api.ProvinceLetters.LetterState;
import nl.permitholders.dashboard.api.QuotaStatus;
import nl.permitholders.dashboard.api.ScheduleColour;
import nl.permitholders.dashboard.api.Stage;
import nl.permitholders.dashboard.api.SupervisionRegime;
import nl.permitholders.dashboard.api.Verdict;
import org.junit.jupiter.api.Test;

/** The domain's names as the pages say them, in Dutch, for every code the services' APIs give. */
@QuarkusTest
class LabelsTest {

    @Inject
    Labels labels;

    @Test
    void everyNameOfTheDomainHasADutchLabel() {
        assertThat(labels.stage(Stage.OFFICIAL_TALK)).isEqualTo("ambtelijk gesprek");
        assertThat(labels.verdict(Verdict.NOT_MET_EXCUSABLE)).isEqualTo("niet gehaald, verschoonbaar (te weinig gekoppeld)");
        assertThat(labels.entryKind(LedgerLine.Kind.CANCELLED) + ": " + labels.cancellationReason(LedgerLine.CancellationReason.RECOUPLED))
                .isEqualTo("koppeling vervallen: elders gekoppeld");
        assertThat(labels.entryKind(LedgerLine.Kind.DIVIDED)).isEqualTo("koppeling verdeeld na opsplitsing");
        assertThat(labels.scheduleColour(ScheduleColour.ORANGE)).isEqualTo("oranje");
        assertThat(labels.regime(SupervisionRegime.MEDIUM)).isEqualTo("midden (oranje)");
        assertThat(labels.quotaStatus(QuotaStatus.PROVISIONAL)).isEqualTo("voorlopig");
        assertThat(labels.letterState(LetterState.REVIEWED)).isEqualTo("nagekeken");
        assertThat(labels.reconciled(true) + ", " + labels.reconciled(false)).isEqualTo("gelijk, verschilt");
        List<String> all = Stream.of(all(Stage.class, labels::stage), all(Verdict.class, labels::verdict),
                all(Verdict.class, labels::provinceVerdict), all(LedgerLine.Kind.class, labels::entryKind),
                all(LedgerLine.CancellationReason.class, labels::cancellationReason), all(ActionPlan.Term.class, labels::term),
                all(ActionPlan.Status.class, labels::measureStatus), all(ActionPlan.Standing.class, labels::standing),
                all(ScheduleColour.class, labels::scheduleColour), all(SupervisionRegime.class, labels::regime),
                all(QuotaStatus.class, labels::quotaStatus), all(LetterState.class, labels::letterState),
                all(LetterState.class, labels::letterStateAction), all(Agreement.State.class, labels::agreementState),
                all(Agreement.StepKind.class, labels::agreementStep)).flatMap(s -> s).toList();
        assertThat(all).allSatisfy(label -> assertThat(label).isNotBlank().doesNotContain("_"));
    }

    @Test
    void everyReasonTheAdvisorGivesIsSaidInDutch() {
        for (ReasonCode reason : ReasonCode.values()) {
            assertThat(labels.adviceReason(advice(reason, 3, null, null))).as(reason.name()).isNotBlank()
                    .doesNotContain("_", "deadline", "counting");
        }
        assertThat(labels.adviceReason(advice(ReasonCode.NOT_MET_AT_LAST_THREE_OR_MORE, 5, null, null)))
                .isEqualTo("niet gehaald op de laatste 5 peildata op rij");
        assertThat(labels.adviceReason(advice(ReasonCode.BACKLOG_GREW_AT_LAST_FOUR, 4, LocalDate.of(2024, 1, 1), 52)))
                .isEqualTo("de achterstand groeide op elk van de laatste vier peildata; meegeteld is de peildatum waarop de reeks "
                        + "begon, 1 januari 2024, met een achterstand (beginstand) van 52");
    }

    @Test
    void everyRuleOfTheLadderIsSaidInDutchWithWhoseRulesTheyAre() {
        LocalDate zuidHolland = LocalDate.of(2026, 1, 1);
        assertThat(labels.adviceRule(rule(RuleKind.MISSED_IN_A_ROW, 4, Stage.SUBSTITUTION_ANNOUNCED, zuidHolland, null)))
                .isEqualTo("vanaf 4 gemiste peildata op rij: indeplaatsstelling aangekondigd (regels van de provincie vanaf 1 januari 2026)");
        assertThat(labels.adviceRule(rule(RuleKind.BELOW_LOWEST_STEP, 2, Stage.NONE, zuidHolland, null)))
                .isEqualTo("geen trede onder 2 gemiste peildata op rij (regels van de provincie vanaf 1 januari 2026)");
        assertThat(labels.adviceRule(rule(RuleKind.MISSED_IN_A_ROW, 1, Stage.SIGNAL, null, null)))
                .isEqualTo("vanaf 1 gemiste peildatum op rij: signaal (standaardregels)");
        assertThat(labels.adviceRule(rule(RuleKind.BACKLOG_GREW, 4, Stage.SUBSTITUTION_ANNOUNCED, null, null)))
                .isEqualTo("een achterstand die op elk van de laatste 4 peildata groeide, telkens gemist: indeplaatsstelling aangekondigd (standaardregels)");
        assertThat(labels.adviceRule(rule(RuleKind.LAST_NOT_MISSED, 0, Stage.NONE, null, null)))
                .isEqualTo("geen trede zolang de laatste peildatum niet gemist is (standaardregels)");
    }

    @Test
    void adviceByRulesThatCorrectEarlierRulesSaysSoWithWhoAndWhy() {
        RulesCorrection correction = new RulesCorrection("de regels van 1 oktober waren niet vastgelegd", "beheerder-PV23",
                Instant.parse("2026-11-20T09:00:00Z"), LocalDate.of(2026, 11, 20));
        assertThat(labels.adviceRule(rule(RuleKind.MISSED_IN_A_ROW, 1, Stage.OFFICIAL_TALK, LocalDate.of(2026, 10, 1), correction)))
                .isEqualTo("vanaf 1 gemiste peildatum op rij: ambtelijk gesprek (regels van de provincie vanaf 1 oktober 2026); "
                        + "deze regels corrigeren met terugwerkende kracht eerdere regels, vastgelegd op 20 november 2026 door "
                        + "beheerder-PV23: de regels van 1 oktober waren niet vastgelegd");
    }

    private static Advice advice(ReasonCode reason, int missedInARow, LocalDate openingDeadline, Integer openingBalance) {
        return new Advice(Stage.SIGNAL, reason, missedInARow, openingDeadline, openingBalance, RuleKind.MISSED_IN_A_ROW, 1, null, null);
    }

    private static Advice rule(RuleKind kind, int deadlines, Stage stage, LocalDate rulesFrom, RulesCorrection correction) {
        return new Advice(stage, ReasonCode.NOT_MET_AT_LAST, 1, null, null, kind, deadlines, rulesFrom, correction);
    }

    private static <E extends Enum<E>> Stream<String> all(Class<E> type, Function<E, String> label) {
        return Arrays.stream(type.getEnumConstants()).map(label);
    }
}
