package nl.permitholders.supervision.round;

import io.quarkus.qute.TemplateData;
import java.time.LocalDate;
import java.util.List;
import nl.permitholders.supervision.actionplan.ActionPlanProgress.Standing;
import nl.permitholders.supervision.ladder.Stage;
import nl.permitholders.supervision.ledger.QuotaStatus;
import nl.permitholders.supervision.verdict.ProvinceVerdictMark;
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
 * @param judgedPosition  the position the verdict rests on, with the system's own arithmetic beside it
 * @param replacesLetterOf the day the letter this one corrects was sent; null for the first letter about the deadline
 */
@TemplateData
public record Letter(boolean concept, LocalDate writtenOn, String municipalityCode, String municipalityName, String provinceCode,
                     String provinceName, LocalDate deadline, String period, Figures figures, Verdict computedVerdict,
                     CouplingDeficit coupling, ProvinceVerdict provinceVerdict, Ladder ladder, ActionPlan actionPlan,
                     List<ChartPoint> chartPoints, String backlogChart, JudgedPosition judgedPosition, LocalDate replacesLetterOf) {

    /**
     * The position judged at the deadline (R7): COA's end position where province staff adopted it there
     * ({@code onCoasFigure}), else the figures' backlog; {@code ownBacklog} is the system's own arithmetic without any
     * adoption of COA's figures, shown beside it.
     */
    @TemplateData
    public record JudgedPosition(int backlog, int ownBacklog, Integer coaEndPosition) {

        public boolean onCoasFigure() {
            return coaEndPosition != null;
        }

        public int difference() {
            return backlog - ownBacklog;
        }
    }

    /**
     * The position at the deadline (R4): carriedBacklog + quota + exchanges = adjustedQuota; adjustedQuota - housed =
     * backlog. {@code quotaStatus}: whether the quota it rests on is still provisional (R1), null without a quota; for
     * several municipalities, provisional when any of theirs is. {@code coa}: COA's figures province staff adopted as
     * carriedBacklog, its first figure and its revision in the order decided (the last counts); empty when none.
     */
    @TemplateData
    public record Figures(int carriedBacklog, int quota, QuotaStatus quotaStatus, int exchanges, int adjustedQuota, int housed,
                          int backlog, List<CoaFigure> coa) {

        public Figures(int carriedBacklog, int quota, QuotaStatus quotaStatus, int exchanges, int adjustedQuota, int housed,
                       int backlog) {
            this(carriedBacklog, quota, quotaStatus, exchanges, adjustedQuota, housed, backlog, List.of());
        }

        /** Whether the quota is still the Rijk's provisional one (voorlopige taakstelling): the template marks it so. */
        public boolean provisional() {
            return quotaStatus == QuotaStatus.PROVISIONAL;
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

    /**
     * The province's verdict in force, with how it stands against the figures now ({@link ProvinceVerdictMark}): a
     * template shows a verdict to review or at odds with R7 with that mark, never as if it stood.
     */
    @TemplateData
    public record ProvinceVerdict(Verdict verdict, String grounds, LocalDate decidedOn, String decidedBy, ProvinceVerdictMark mark) {

        /** A late correction changed the computed verdict since it was recorded: it still counts, to review. */
        public boolean toReview() {
            return mark != ProvinceVerdictMark.STANDS;
        }

        /** The correction moved the backlog across zero: R7 no longer allows it, and the computed verdict counts meanwhile. */
        public boolean atOddsWithR7() {
            return mark == ProvinceVerdictMark.AT_ODDS_WITH_R7;
        }
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

    /**
     * The position at one of the last deadlines, the chart's data: {@code backlog} the position judged there (COA's end
     * position where adopted, else the system's figures), {@code ownBacklog} the system's own arithmetic beside it.
     */
    @TemplateData
    public record ChartPoint(LocalDate deadline, int backlog, int ownBacklog) {

        /** A position judged on the system's own figures. */
        public ChartPoint(LocalDate deadline, int backlog) {
            this(deadline, backlog, backlog);
        }

        /** Whether adoptions of COA's figures made the judged position differ from the own arithmetic. */
        public boolean differs() {
            return backlog != ownBacklog;
        }
    }
}
