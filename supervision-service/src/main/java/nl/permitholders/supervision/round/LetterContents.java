package nl.permitholders.supervision.round;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.permitholders.platform.api.PageRequest;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.actionplan.ActionPlanView;
import nl.permitholders.supervision.actionplan.ActionPlanQueries;
import nl.permitholders.supervision.figures.FiguresQueries;
import nl.permitholders.supervision.figures.FiguresView;
import nl.permitholders.supervision.figures.VerdictView;
import nl.permitholders.supervision.ladder.LadderView;
import nl.permitholders.supervision.ladder.LadderQueries;
import nl.permitholders.supervision.timeline.DeadlineView;
import nl.permitholders.supervision.timeline.TimelineQueries;
import nl.permitholders.supervision.ladder.ProvinceVerdictStore;
import nl.permitholders.supervision.verdict.ProvinceVerdictMark;

/**
 * What a municipality's judgement letter at a deadline states, read through the services the API answers with
 * (figures, verdicts, ladder, action plans, timeline) as they stand now.
 */
@ApplicationScoped
public class LetterContents {

    /** The deadlines the chart shows: this one and the five before it, three years. */
    static final int CHART_DEADLINES = 6;

    @Inject
    FiguresQueries figures;

    @Inject
    ProvinceVerdictStore provinceVerdicts;

    @Inject
    LadderQueries ladders;

    @Inject
    ActionPlanQueries actionPlans;

    @Inject
    TimelineQueries timelines;

    @Inject
    ProvinceLettersQueries provinces;

    @Inject
    Clock clock;

    /**
     * The letter to {@code code} about {@code period}'s deadline; {@code concept} while it is not sent; {@code replaces}
     * the day the letter it corrects was sent, null for the first.
     */
    public Uni<Letter> letter(String code, Period period, boolean concept, LocalDate replaces) {
        LocalDate today = LocalDate.now(clock);
        Period firstCharted = period;
        for (int i = 1; i < CHART_DEADLINES; i++) {
            firstCharted = firstCharted.previous();
        }
        Period from = firstCharted;
        return figures.figures(code, period, null).flatMap(view -> provinceVerdicts.of(code)
                .flatMap(recorded -> ladders.ladder(code, null)
                        .flatMap(ladder -> provinces.provinceName(view.provinceCode())
                                .flatMap(province -> actionPlans.list(code, null, new PageRequest(1, 1))
                                        .flatMap(plans -> timelines.municipality(code, Optional.of(from), Optional.of(period))
                                                .map(timeline -> {
                                                    Optional<Letter.ProvinceVerdict> judged = recorded.inForce(period.deadline(), today)
                                                            .map(v -> new Letter.ProvinceVerdict(v.verdict(), v.grounds(), v.decidedOn(), v.decidedBy(),
                                                                    ProvinceVerdictMark.of(v, view.verdict() == null ? null : view.verdict().verdict(),
                                                                            view.verdict() == null ? view.backlog() : view.verdict().backlog())));
                                                    List<Letter.ChartPoint> chart = timeline.deadlines().stream().filter(DeadlineView::passed)
                                                            .map(d -> new Letter.ChartPoint(d.deadline(), d.backlog(), d.ownBacklog())).toList();
                                                    return new Letter(concept, today, code, view.municipalityName(), view.provinceCode(),
                                                            province.orElse(null), period.deadline(), period.toString(),
                                                            figures(view), view.verdict() == null ? null : view.verdict().verdict(),
                                                            coupling(view.verdict()), judged.orElse(null), ladder(ladder),
                                                            plans.items().isEmpty() ? null : plan(plans.items().get(0)),
                                                            chart,
                                                            BacklogChart.svg(chart), judgedPosition(view), replaces);
                                                }))))));
    }

    public static Letter.Figures figures(FiguresView f) {
        return new Letter.Figures(f.carriedBacklog(), f.quota(), f.quotaStatus(), f.exchanges(), f.adjustedQuota(), f.housed(), f.backlog(),
                f.coaAdopted() == null ? List.of() : f.coaAdopted().stream().map(c -> new Letter.CoaFigure(c.revision(), c.position(),
                        c.publishedOn(), c.adoptedBy(), c.counts(), c.toReview())).toList());
    }

    public static Letter.JudgedPosition judgedPosition(FiguresView view) {
        VerdictView verdict = view.verdict();
        return verdict == null ? new Letter.JudgedPosition(view.backlog(), view.backlog(), null)
                : new Letter.JudgedPosition(verdict.backlog(), verdict.ownBacklog(), verdict.coaEndPosition());
    }

    private static Letter.CouplingDeficit coupling(VerdictView verdict) {
        return verdict == null ? null : new Letter.CouplingDeficit(verdict.referenceDate(), verdict.stillToHouseAtReferenceDate(),
                verdict.coupledUnhousedAtReferenceDate(), verdict.couplingDeficit());
    }

    private static Letter.Ladder ladder(LadderView ladder) {
        return new Letter.Ladder(ladder.currentStage(), ladder.currentSince(), ladder.advice().stage(), ladder.decisions().stream()
                .map(d -> new Letter.LadderStep(d.stage(), d.decidedOn(), d.reason(), d.decidedBy())).toList());
    }

    private static Letter.ActionPlan plan(ActionPlanView plan) {
        return new Letter.ActionPlan(plan.title(), plan.adoptedOn(), plan.progress().asOf(), plan.progress().periods().stream()
                .map(p -> new Letter.PlanPeriod(p.period(), p.expected(), p.expectedToDate(), p.housed(), p.difference(), p.standing()))
                .toList());
    }
}
