package nl.permitholders.supervision.report;

import io.quarkus.qute.TemplateData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.figures.FiguresView;
import nl.permitholders.supervision.figures.Totals;
import nl.permitholders.supervision.ladder.Stage;
import nl.permitholders.supervision.ledger.AsOfView;
import nl.permitholders.supervision.province.ProvinceQueries.MunicipalityLine;
import nl.permitholders.supervision.province.ProvinceQueries.Overview;
import nl.permitholders.supervision.province.ProvinceQueries.ProvinceView;
import nl.permitholders.supervision.regime.SupervisionRegime;
import nl.permitholders.supervision.timeline.DeadlineView;
import nl.permitholders.supervision.timeline.TimelineView;
import nl.permitholders.supervision.verdict.JudgedTotal;
import nl.permitholders.supervision.verdict.ProvinceVerdictMark;
import nl.permitholders.supervision.verdict.Standings;
import nl.permitholders.supervision.verdict.Verdict;
import nl.permitholders.supervision.round.BacklogChart;
import nl.permitholders.supervision.round.Letter;
import nl.permitholders.supervision.round.LetterContents;

/**
 * What the province's report about a deadline states, as the report template reads it ({@code {report.standings.netBacklog}}):
 * every municipality's figures of the half-year the deadline ends, with the verdict that counts, the regime and the
 * stage; the province's totals and standings; its backlog at every deadline up to this one; the municipalities whose
 * stage now differs from the one in force on the previous deadline; and the overdue couplings. Every figure comes from
 * the province overview and timeline the API answers with, as they stand on the day the report is written.
 *
 * @param lines        every municipality of the province in the half-year, in code order
 * @param totals       the figures of all municipalities added up
 * @param moves        the municipalities whose stage now differs from the one in force on {@code previousDeadline}
 * @param overdue      the municipalities with couplings overdue (R8) on the day the report is written, in code order
 * @param backlogChart an SVG element (insert it as {@code {report.backlogChart.raw}})
 * @param asOf         the date the figures stand on, when the report was asked as of one; null: as they stand today
 * @param view         with {@code asOf}, which view of it: as known then, or today's view of it
 */
@TemplateData
public record ProvinceReport(LocalDate writtenOn, LocalDate asOf, AsOfView view, String provinceCode, String provinceName,
                             LocalDate deadline, String period,
                             LocalDate previousDeadline, List<Line> lines, Letter.Figures totals, Standing standings,
                             List<Move> moves, List<Overdue> overdue, int overdueCouplings, int overdueCouplingPersons,
                             List<Letter.ChartPoint> chartPoints, String backlogChart) {

    /** The widest chart, in pixels: what the default template's landscape A4 page holds. */
    static final int CHART_WIDTH_MAX = 960;

    /**
     * One municipality at the deadline.
     *
     * @param verdict         the verdict that counts: the province's own where it counts, else the computed one; null without one
     * @param computedVerdict the verdict R7 computes; null without one
     * @param regime          the supervision regime in force on the day the report is written; null when none is recorded
     * @param stage           the ladder stage in force on the day the report is written
     * @param overdueCouplings couplings not housed 12 weeks after their date (R8) on the day the report is written, with their persons
     * @param provinceVerdictMark how the province's own verdict at the deadline stands against the figures now; null
     *                        where it recorded none
     * @param judgedPosition  the position judged at the deadline: COA's end position where adopted, with own arithmetic
     */
    @TemplateData
    public record Line(String code, String name, Letter.Figures figures, Verdict verdict, Verdict computedVerdict,
                       SupervisionRegime regime, Stage stage, int overdueCouplings, int overdueCouplingPersons,
                       ProvinceVerdictMark provinceVerdictMark, Letter.JudgedPosition judgedPosition) {

        /** The province's verdict still counts, but a late correction changed the computed verdict since: to review. */
        public boolean verdictToReview() {
            return provinceVerdictMark == ProvinceVerdictMark.TO_REVIEW;
        }

        /** A late correction moved the backlog across zero: the province's verdict is at odds with R7, the computed one counts. */
        public boolean verdictAtOddsWithR7() {
            return provinceVerdictMark == ProvinceVerdictMark.AT_ODDS_WITH_R7;
        }
    }

    /**
     * The province's standings at the deadline (R7), by the verdict that counts. {@code judged}: the positions judged
     * there added up (COA's end position where adopted, else the system's figures), with the system's own arithmetic
     * and the difference beside them: the figure the province writes; null when none was judged there. The net and
     * gross backlog are that figure's where there is one, else the half-year's figures added up.
     */
    @TemplateData
    public record Standing(int netBacklog, int grossBacklog, int ahead, int met, int notMetExcusable, int notMet, int withoutVerdict,
                           JudgedTotal judged) {

        static Standing of(Standings s) {
            JudgedTotal judged = s.judgedAtLastDeadline();
            return new Standing(judged == null ? s.netBacklog() : judged.backlog(), judged == null ? s.grossBacklog() : judged.grossBacklog(),
                    s.ahead(), s.met(), s.notMetExcusable(), s.notMet(), s.withoutVerdict(), judged);
        }

        /** Whether adoptions of COA's figures made the judged total differ from the system's own arithmetic. */
        public boolean differs() {
            return judged != null && judged.difference() != 0;
        }
    }

    /** A municipality's stage on the previous deadline and now; {@code up} when it climbed the ladder. */
    @TemplateData
    public record Move(String code, String name, Stage from, Stage to, boolean up) {
    }

    @TemplateData
    public record Overdue(String code, String name, int couplings, int persons) {
    }

    /**
     * The report about {@code period}'s deadline, written on {@code today}, from the province overview of the half-year as
     * it stands today ({@code now}), its ladder stages on the previous deadline ({@code onPreviousDeadline}), and the
     * province's timeline up to the half-year.
     */
    public static ProvinceReport of(Period period, LocalDate today, LocalDate asOf, AsOfView view, Overview now, ProvinceView onPreviousDeadline,
                                    TimelineView timeline) {
        ProvinceView province = now.view();
        List<Line> lines = province.lines().stream().map(l -> line(l, now.countedVerdicts(), now.provinceVerdictMarks())).toList();
        List<Overdue> overdue = lines.stream().filter(l -> l.overdueCouplings() > 0)
                .map(l -> new Overdue(l.code(), l.name(), l.overdueCouplings(), l.overdueCouplingPersons())).toList();
        List<Letter.ChartPoint> chart = timeline.deadlines().stream().filter(DeadlineView::passed)
                .map(d -> new Letter.ChartPoint(d.deadline(), d.backlog(), d.ownBacklog())).toList();
        Totals t = province.totals();
        return new ProvinceReport(today, asOf, view, province.provinceCode(), province.name(), period.deadline(), period.toString(),
                period.previous().deadline(), lines,
                new Letter.Figures(t.carriedBacklog(), t.quota(), t.quotaStatus(), t.exchanges(), t.adjustedQuota(), t.housed(), t.backlog()),
                Standing.of(province.standings()), moves(onPreviousDeadline.lines(), province.lines()), overdue, t.overdueCouplings(),
                t.overdueCouplingPersons(), chart,
                BacklogChart.svg(chart, Math.min(CHART_WIDTH_MAX, Math.max(BacklogChart.WIDTH, chart.size() * BacklogChart.LABEL_ROOM))));
    }

    /**
     * The municipalities of {@code now} whose stage differs from the one in {@code before}, in code order; one missing
     * from {@code before} stood on no stage.
     */
    static List<Move> moves(List<MunicipalityLine> before, List<MunicipalityLine> now) {
        Map<String, Stage> earlier = new HashMap<>();
        before.forEach(l -> earlier.put(l.figures().municipalityCode(), l.currentStage()));
        List<Move> moves = new ArrayList<>();
        for (MunicipalityLine line : now) {
            Stage from = earlier.getOrDefault(line.figures().municipalityCode(), Stage.NONE);
            Stage to = line.currentStage();
            if (from != to) {
                moves.add(new Move(line.figures().municipalityCode(), name(line.figures()), from, to, to.compareTo(from) > 0));
            }
        }
        return moves;
    }

    private static Line line(MunicipalityLine line, Map<String, Verdict> counted, Map<String, ProvinceVerdictMark> marks) {
        FiguresView f = line.figures();
        return new Line(f.municipalityCode(), name(f), LetterContents.figures(f), counted.get(f.municipalityCode()),
                f.verdict() == null ? null : f.verdict().verdict(), line.regime(), line.currentStage(), f.overdueCouplings(),
                f.overdueCouplingPersons(), marks.get(f.municipalityCode()), LetterContents.judgedPosition(f));
    }

    private static String name(FiguresView f) {
        return f.municipalityName() != null ? f.municipalityName() : f.municipalityCode();
    }
}
