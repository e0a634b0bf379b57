package nl.permitholders.supervision.ladder;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.permitholders.supervision.ledger.AsOfView;
import nl.permitholders.supervision.ledger.BacklogLedger;
import nl.permitholders.supervision.ledger.KnownMunicipality;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.decision.DecisionHistory;
import nl.permitholders.supervision.decision.DecisionStore;
import nl.permitholders.supervision.store.MunicipalityLedgerStore;
import nl.permitholders.supervision.verdict.RecordedVerdict;
import nl.permitholders.supervision.verdict.VerdictRecorder;

/** A municipality's intervention ladder as it stands: its stage, the advice, the decisions. */
@ApplicationScoped
public class LadderQueries {

    @Inject
    MunicipalityLedgerStore ledgers;

    @Inject
    ProvinceVerdictStore provinceVerdicts;

    @Inject
    LadderRuleStore ladderRules;

    @Inject
    DecisionStore decisions;

    @Inject
    VerdictRecorder verdicts;

    @Inject
    Clock clock;

    /** The ladder as it stands on {@code asOf} (null, or a later date than today: today), in today's view of that date. */
    public Uni<LadderView> ladder(String code, LocalDate asOf) {
        return ladder(code, asOf, AsOfView.KNOWN_TODAY);
    }

    /** As {@link #ladder(String, LocalDate)}, as {@code view} shows {@code asOf}: as known then, on the facts registered by then. */
    public Uni<LadderView> ladder(String code, LocalDate asOf, AsOfView view) {
        LocalDate today = LocalDate.now(clock);
        LocalDate on = InterventionAdvisor.standsOn(asOf, today);
        return ledgers.of(code).map(recorded -> recorded.seenOn(asOf, view, today)).flatMap(known -> Uni.combine().all()
                .unis(provinceVerdicts.of(code), ladderRules.of(known.provinceCode()), decisions.of(LadderDecision.TABLE, List.of(code)),
                        verdicts.history(code)).asTuple()
                .map(read -> {
                    DecisionHistory<LadderDecision> history = new DecisionHistory<>(read.getItem3().get(code));
                    LadderDecision current = history.inForceOn(on).orElse(null);
                    Map<LocalDate, List<DecisionReviewRule.Judged>> judged = judgedPerDeadline(read.getItem4());
                    LadderRuleHistory rules = read.getItem2();
                    return new LadderView(code, asOf, current == null ? Stage.NONE : current.stage(), current == null ? null : current.decidedOn(),
                            AdviceView.of(InterventionAdvisor.advise(InterventionAdvisor.deadlines(known, on, read.getItem1()),
                                    rules.inForceOn(on)), rules.setInForceOn(on)),
                            history.takenBy(on).stream().map(d -> LadderDecisionView.of(d, DecisionReviewRule.toReview(d.decidedOn(),
                                    d.recordedAt(), judged, opened(known.ledger().recordedBy(d.recordedAt()), known, d.decidedOn()),
                                    opened(known.ledger(), known, d.decidedOn()), rules.inForceOn(d.decidedOn())))).toList(),
                            asOf == null ? null : view);
                }));
    }

    /**
     * The deadline that opened the chain of {@code known} with the ledger {@code ledger} (as it is, or as it was recorded
     * when a decision was taken), as the ladder counts it on {@code on}: empty when it joined on schedule.
     */
    private static Optional<InterventionAdvisor.Deadline> opened(BacklogLedger ledger, KnownMunicipality known, LocalDate on) {
        return InterventionAdvisor.deadlines(ledger.knownOn(on).openingPosition().filter(o -> !known.ceasedBy(o.period())), List.of(), on)
                .stream().filter(InterventionAdvisor.Deadline::openedChain).findFirst();
    }

    /** The verdicts recorded per half-year, by the deadline they judge. */
    private static Map<LocalDate, List<DecisionReviewRule.Judged>> judgedPerDeadline(Map<String, List<RecordedVerdict>> history) {
        Map<LocalDate, List<DecisionReviewRule.Judged>> judged = new HashMap<>();
        history.forEach((period, recorded) -> judged.put(Period.parse(period).deadline(),
                recorded.stream().map(v -> new DecisionReviewRule.Judged(v.verdict(), v.backlog(), v.recordedAt())).toList()));
        return judged;
    }
}
