package nl.permitholders.supervision.round;

import io.quarkus.qute.TemplateData;
import java.time.LocalDate;
import java.util.List;
import nl.permitholders.supervision.actionplan.ActionPlanProgress.Standing;
import nl.permitholders.supervision.ladder.Stage;
import nl.permitholders.supervision.verdict.Verdict;

/**
 * What a judgement letter states, as its province's template reads it ({@code {letter.figures.backlog}}): the figures
 * at the deadline, the verdicts, the ladder, the coupling deficit, the action plan and the backlog chart. Every figure
 * comes from the query services the API answers with; the wording is the template's.
 *
 * @param concept         true while the letter is not sent: the template marks it "concept"
 * @param provinceVerdict the province's own verdict in force at the deadline; null where it recorded none
 * @param actionPlan      the municipality's most recently adopted action plan; null without one
 * @param backlogChart    an SVG element (insert it as {@code {letter.backlogChart.raw}})
 */
@TemplateData
public record Letter(boolean concept, LocalDate writtenOn, String municipalityCode, String municipalityName, String provinceCode,
                     String provinceName, LocalDate deadline, String period, Figures figures, Verdict computedVerdict,
                     CouplingDeficit coupling, ProvinceVerdict provinceVerdict, Ladder ladder, ActionPlan actionPlan,
                     List<ChartPoint> chartPoints, String backlogChart) {

    /**
     * The position at the deadline (R4): carriedBacklog + quota + exchanges = adjustedQuota; adjustedQuota - housed =
     * backlog. {@code coa}: COA's figures province staff adopted as carriedBacklog, its first figure and its revision in
     * the order decided (the last counts); empty when none.
     */
    @TemplateData
    public record Figures(int carriedBacklog, int quota, int exchanges, int adjustedQuota, int housed, int backlog, List<CoaFigure> coa) {

        public Figures(int carriedBacklog, int quota, int exchanges, int adjustedQuota, int housed, int backlog) {
            this(carriedBacklog, quota, exchanges, adjustedQuota, housed, backlog, List.of());
        }
    }

    /** One of COA's figures adopted: its first (the end position) or its revision (the amount it carried in). */
    @TemplateData
    public record CoaFigure(boolean revision, int position, LocalDate publishedOn, String adoptedBy, boolean counts, boolean toReview) {
    }

    /** What the computed verdict rests on (R7): the coupling deficit at the reference date. */
    @TemplateData
    public record CouplingDeficit(LocalDate referenceDate, int stillToHouse, int coupledUnhoused, int deficit) {
    }

    @TemplateData
    public record ProvinceVerdict(Verdict verdict, String grounds, LocalDate decidedOn, String decidedBy) {
    }

    /** The stage in force and every decision taken, oldest first. */
    @TemplateData
    public record Ladder(Stage stage, LocalDate since, Stage advisedStage, List<LadderStep> history) {
    }

    @TemplateData
    public record LadderStep(Stage stage, LocalDate decidedOn, String reason, String decidedBy) {
    }

    @TemplateData
    public record ActionPlan(String title, LocalDate adoptedOn, LocalDate progressOn, List<PlanPeriod> periods) {
    }

    @TemplateData
    public record PlanPeriod(String period, int expected, int expectedToDate, int housed, int difference, Standing standing) {
    }

    /** The backlog at one of the last deadlines, the chart's data. */
    @TemplateData
    public record ChartPoint(LocalDate deadline, int backlog) {
    }
}
