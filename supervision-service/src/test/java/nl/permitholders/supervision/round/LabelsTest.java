package nl.permitholders.supervision.round;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.permitholders.supervision.actionplan.ActionPlanProgress.Standing;
import nl.permitholders.supervision.actionplan.MeasureStatus;
import nl.permitholders.supervision.actionplan.Term;
import nl.permitholders.supervision.ladder.AdviceReason;
import nl.permitholders.supervision.ladder.InterventionAdvisor;
import nl.permitholders.supervision.ladder.InterventionAdvisor.Deadline;
import nl.permitholders.supervision.ladder.AdviceView;
import nl.permitholders.supervision.ladder.LadderRuleSet;
import nl.permitholders.supervision.ladder.LadderRules;
import nl.permitholders.supervision.ladder.Stage;
import nl.permitholders.supervision.ledger.CancellationReason;
import nl.permitholders.supervision.ledger.EntryKind;
import nl.permitholders.supervision.ledger.QuotaStatus;
import nl.permitholders.supervision.regime.SupervisionRegime;
import nl.permitholders.supervision.schedule.ScheduleColourRule.Colour;
import nl.permitholders.supervision.verdict.Verdict;
import org.junit.jupiter.api.Test;

/** The domain's names as the letters and the province's report say them. */
@QuarkusTest
class LabelsTest {

    @Inject
    Labels labels;

    @Test
    void everyNameOfTheDomainHasADutchLabel() {
        assertThat(labels.stage(Stage.OFFICIAL_TALK)).isEqualTo("ambtelijk gesprek");
        assertThat(labels.verdict(Verdict.NOT_MET_EXCUSABLE)).isEqualTo("niet gehaald, verschoonbaar (te weinig gekoppeld)");
        assertThat(labels.entryKind(EntryKind.CANCELLED) + ": " + labels.cancellationReason(CancellationReason.RECOUPLED))
                .isEqualTo("koppeling vervallen: elders gekoppeld");
        assertThat(labels.scheduleColour(Colour.ORANGE)).isEqualTo("oranje");
        assertThat(labels.regime(SupervisionRegime.MEDIUM)).isEqualTo("midden (oranje)");
        assertThat(labels.quotaStatus(QuotaStatus.PROVISIONAL)).isEqualTo("voorlopig");
        assertThat(labels.quotaStatus(QuotaStatus.FINAL)).isEqualTo("definitief");
        assertThat(labels.letterState(LetterState.REVIEWED)).isEqualTo("nagekeken");
        List<String> all = Stream.of(all(Stage.class, labels::stage), all(Verdict.class, labels::verdict),
                all(EntryKind.class, labels::entryKind), all(CancellationReason.class, labels::cancellationReason),
                all(Term.class, labels::term), all(MeasureStatus.class, labels::measureStatus),
                all(Standing.class, labels::standing), all(Colour.class, labels::scheduleColour),
                all(SupervisionRegime.class, labels::regime), all(QuotaStatus.class, labels::quotaStatus),
                all(LetterState.class, labels::letterState), all(LetterState.class, labels::letterStateAction)).flatMap(s -> s).toList();
        assertThat(all).allSatisfy(label -> assertThat(label).isNotBlank().doesNotContain("_"));
    }

    private static <E extends Enum<E>> Stream<String> all(Class<E> type, Function<E, String> label) {
        return Arrays.stream(type.getEnumConstants()).map(label);
    }

    /** Verdicts at consecutive deadlines from 1 July 2024 on, with the backlog at each. */
    private static List<Deadline> judged(Verdict verdict, int... backlogs) {
        List<Deadline> deadlines = new ArrayList<>();
        for (int i = 0; i < backlogs.length; i++) {
            deadlines.add(new Deadline(LocalDate.of(2024, 7, 1).plusMonths(6L * i), verdict, backlogs[i], false));
        }
        return deadlines;
    }

    private String dutch(List<Deadline> deadlines) {
        return labels.adviceReason(AdviceView.of(InterventionAdvisor.advise(deadlines)));
    }

    @Test
    void everyReasonTheAdvisorGivesIsSaidInDutch() {
        List<Deadline> almelo = new ArrayList<>(List.of(Deadline.openedChainBehind(LocalDate.of(2024, 1, 1), 52)));
        almelo.addAll(judged(Verdict.NOT_MET, 90, 117, 152, 190));
        List<List<Deadline>> cases = new ArrayList<>(List.of(List.of(),
                judged(Verdict.MET, 0),
                judged(Verdict.NOT_MET_EXCUSABLE, 5),
                List.of(new Deadline(LocalDate.of(2024, 7, 1), Verdict.NOT_MET_EXCUSABLE, 5, false, true)),
                judged(Verdict.NOT_MET, 5),
                judged(Verdict.NOT_MET, 5, 5),
                judged(Verdict.NOT_MET, 5, 5, 5),
                judged(Verdict.NOT_MET, 1, 2, 3, 4, 5),
                List.of(Deadline.openedChainBehind(LocalDate.of(2024, 1, 1), 52)),
                almelo.subList(0, 4),
                almelo));
        List<AdviceReason> given = new ArrayList<>();
        for (List<Deadline> deadlines : cases) {
            String english = InterventionAdvisor.advise(deadlines).reason();
            given.add(InterventionAdvisor.advise(deadlines).reasonCode());
            assertThat(dutch(deadlines)).as(english).isNotBlank().isNotEqualTo(english).doesNotContain("deadline", "counting");
        }
        assertThat(given).containsAll(List.of(AdviceReason.values()));
        assertThat(dutch(judged(Verdict.NOT_MET, 5, 5, 5, 5, 5))).isEqualTo("niet gehaald op de laatste 5 peildata op rij");
        assertThat(dutch(almelo))
                .isEqualTo("de achterstand groeide op elk van de laatste vier peildata; meegeteld is de peildatum waarop de reeks "
                        + "begon, 1 januari 2024, met een achterstand (beginstand) van 52");
    }

    @Test
    void everyRuleOfTheLadderIsSaidInDutchWithWhoseRulesTheyAre() {
        LadderRules zuidHolland = new LadderRules(Optional.of(LocalDate.of(2026, 1, 1)), EnumSet.of(Verdict.NOT_MET),
                List.of(new LadderRules.Step(2, Stage.OFFICIAL_TALK), new LadderRules.Step(4, Stage.SUBSTITUTION_ANNOUNCED)), false);
        assertThat(labels.adviceRule(AdviceView.of(InterventionAdvisor.advise(judged(Verdict.NOT_MET, 5, 5, 5, 5), zuidHolland))))
                .isEqualTo("vanaf 4 gemiste peildata op rij: indeplaatsstelling aangekondigd (regels van de provincie vanaf 1 januari 2026)");
        assertThat(labels.adviceRule(AdviceView.of(InterventionAdvisor.advise(judged(Verdict.NOT_MET, 5), zuidHolland))))
                .isEqualTo("geen trede onder 2 gemiste peildata op rij (regels van de provincie vanaf 1 januari 2026)");
        assertThat(labels.adviceRule(AdviceView.of(InterventionAdvisor.advise(judged(Verdict.NOT_MET, 5)))))
                .isEqualTo("vanaf 1 gemiste peildatum op rij: signaal (standaardregels)");
        assertThat(labels.adviceRule(AdviceView.of(InterventionAdvisor.advise(judged(Verdict.NOT_MET, 1, 2, 3, 4, 5)))))
                .isEqualTo("een achterstand die op elk van de laatste 4 peildata groeide, telkens gemist: indeplaatsstelling aangekondigd (standaardregels)");
        assertThat(labels.adviceRule(AdviceView.of(InterventionAdvisor.advise(judged(Verdict.MET, 0)))))
                .isEqualTo("geen trede zolang de laatste peildatum niet gemist is (standaardregels)");
    }

    @Test
    void adviceByRulesThatCorrectEarlierRulesSaysSoWithWhoAndWhy() {
        LadderRules fromOctober = new LadderRules(Optional.of(LocalDate.of(2026, 10, 1)), EnumSet.of(Verdict.NOT_MET),
                List.of(new LadderRules.Step(1, Stage.OFFICIAL_TALK)), false);
        LadderRuleSet correction = new LadderRuleSet(java.util.UUID.randomUUID(), "PV23", fromOctober, "beheerder-PV23",
                java.time.Instant.parse("2026-11-20T09:00:00Z"), "de regels van 1 oktober waren niet vastgelegd");
        assertThat(labels.adviceRule(AdviceView.of(InterventionAdvisor.advise(judged(Verdict.NOT_MET, 5), fromOctober),
                Optional.of(correction))))
                .isEqualTo("vanaf 1 gemiste peildatum op rij: ambtelijk gesprek (regels van de provincie vanaf 1 oktober 2026); "
                        + "deze regels corrigeren met terugwerkende kracht eerdere regels, vastgelegd op 20 november 2026 door "
                        + "beheerder-PV23: de regels van 1 oktober waren niet vastgelegd");
    }
}
