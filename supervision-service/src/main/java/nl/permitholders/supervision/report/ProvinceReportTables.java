package nl.permitholders.supervision.report;

import io.quarkus.qute.i18n.MessageBundles;
import java.util.List;
import nl.permitholders.display.DutchFormat;
import nl.permitholders.display.Table;
import nl.permitholders.display.Table.Cell;
import nl.permitholders.display.Table.Row;
import nl.permitholders.supervision.province.ProvinceQueries.ProvinceView;
import nl.permitholders.supervision.timeline.TimelineView;
import nl.permitholders.supervision.round.Labels;
import nl.permitholders.supervision.round.Letter;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.verdict.Standings;

/**
 * The province's report as tables, for its .xlsx (a sheet each): the municipalities, the province's standings and its
 * backlog at every deadline, the moves on the ladder and the overdue couplings. The same figures as the PDF, with its
 * Dutch column names.
 */
final class ProvinceReportTables {

    static final List<String> MUNICIPALITY_HEADERS = List.of("Code", "Gemeente", "Achterstand overgenomen", "Taakstelling", "Uitruil",
            "Taakstelling inclusief achterstand", "Gehuisvest", "Achterstand op peildatum", "Oordeel", "Berekend oordeel",
            "Toezichtregime", "Trede", "Koppelingen over termijn", "Personen in koppelingen over termijn");

    private ProvinceReportTables() {
    }

    static List<Table> of(ProvinceReport report, ProvinceView view, TimelineView timeline) {
        return List.of(municipalities(report), standings(view), deadlines(timeline), moves(report), overdue(report));
    }

    /**
     * The province's row: net and gross backlog, the municipalities ahead, and how many met, missed excusably or
     * missed the last deadline (R7), which the row names.
     */
    static Table standings(ProvinceView view) {
        Standings s = view.standings();
        String deadline = s.lastDeadline() == null ? "nog geen peildatum voorbij" : DutchFormat.date(s.lastDeadline());
        return Table.of("provincie", "Provincie " + view.name() + " samen, " + dutch(Period.parse(view.period())),
                List.of("Provincie", "Netto achterstand", "Bruto achterstand", "Gemeenten met voorsprong", "Laatste peildatum",
                        "Gehaald", "Niet gehaald, verschoonbaar", "Niet gehaald", "Nog geen oordeel"),
                List.of(Row.of(List.of(Cell.text(view.name()), Cell.number(s.netBacklog()), Cell.number(s.grossBacklog()),
                        Cell.number(s.ahead()), Cell.text(deadline), Cell.number(s.met()), Cell.number(s.notMetExcusable()),
                        Cell.number(s.notMet()), Cell.number(s.withoutVerdict())))));
    }

    /** The province's backlog at every deadline. */
    static Table deadlines(TimelineView timeline) {
        List<Row> rows = timeline.deadlines().stream().map(d -> Row.of(List.of(
                Cell.text(dutch(Period.parse(d.period()))), Cell.date(d.deadline()),
                Cell.number(d.adjustedQuota()), Cell.number(d.housed()), Cell.number(d.backlog()),
                Cell.text(d.passed() ? "peildatum voorbij" : "stand tot nu")))).toList();
        return Table.of("peildata", "Achterstand van de provincie per peildatum",
                List.of("Halfjaar", "Peildatum", "Taakstelling inclusief achterstand", "Gehuisvest", "Achterstand", "Stand"), rows);
    }

    /** 2025-H1 → "1e halfjaar 2025". */
    private static String dutch(Period period) {
        return period.half() + "e halfjaar " + period.year();
    }

    static Table municipalities(ProvinceReport report) {
        Labels labels = MessageBundles.get(Labels.class);
        List<Row> rows = report.lines().stream().map(l -> Row.of(List.of(Cell.text(l.code()), Cell.text(l.name()),
                Cell.number(l.figures().carriedBacklog()), Cell.number(l.figures().quota()), Cell.number(l.figures().exchanges()),
                Cell.number(l.figures().adjustedQuota()), Cell.number(l.figures().housed()), Cell.number(l.figures().backlog()),
                l.verdict() == null ? Cell.empty() : Cell.text(labels.provinceVerdict(l.verdict()) + mark(l)),
                l.computedVerdict() == null ? Cell.empty() : Cell.text(labels.verdict(l.computedVerdict()) + basis(l.judgedPosition())),
                l.regime() == null ? Cell.empty() : Cell.text(labels.regime(l.regime())), Cell.text(labels.stage(l.stage())),
                Cell.number(l.overdueCouplings()), Cell.number(l.overdueCouplingPersons())))).toList();
        Letter.Figures t = report.totals();
        Row totals = Row.of(List.of(Cell.text("Totaal"), Cell.text(report.provinceName()), Cell.number(t.carriedBacklog()),
                Cell.number(t.quota()), Cell.number(t.exchanges()), Cell.number(t.adjustedQuota()), Cell.number(t.housed()),
                Cell.number(t.backlog()), Cell.text(""), Cell.text(""), Cell.text(""), Cell.text(""),
                Cell.number(report.overdueCouplings()), Cell.number(report.overdueCouplingPersons())));
        return new Table("gemeenten", "Gemeenten per " + DutchFormat.date(report.deadline()), MUNICIPALITY_HEADERS, rows, totals);
    }

    /** What the computed verdict rests on where that is COA's adopted end position, as the PDF says it. */
    private static String basis(Letter.JudgedPosition judged) {
        return judged == null || !judged.onCoasFigure() ? ""
                : " (op de eindstand van het COA: " + DutchFormat.number(judged.backlog()) + "; eigen berekening "
                + DutchFormat.number(judged.ownBacklog()) + ")";
    }

    /** What the verdict cell adds when the province's verdict no longer stands as recorded, as the PDF says it. */
    private static String mark(ProvinceReport.Line line) {
        return line.verdictAtOddsWithR7() ? " (oordeel van de provincie in strijd met de cijfers van nu; het berekende telt)"
                : line.verdictToReview() ? " (te herbeoordelen)" : "";
    }

    static Table moves(ProvinceReport report) {
        Labels labels = MessageBundles.get(Labels.class);
        return Table.of("ladder", "Verplaatst op de ladder", List.of("Code", "Gemeente",
                        "Trede op " + DutchFormat.date(report.previousDeadline()), "Trede nu", "Richting"),
                report.moves().stream().map(m -> Row.of(List.of(Cell.text(m.code()), Cell.text(m.name()),
                        Cell.text(labels.stage(m.from())), Cell.text(labels.stage(m.to())), Cell.text(m.up() ? "omhoog" : "omlaag")))).toList());
    }

    static Table overdue(ProvinceReport report) {
        List<Row> rows = report.overdue().stream().map(o -> Row.of(List.of(Cell.text(o.code()), Cell.text(o.name()),
                Cell.number(o.couplings()), Cell.number(o.persons())))).toList();
        return new Table("over-termijn", "Koppelingen over termijn", List.of("Code", "Gemeente", "Koppelingen", "Personen"), rows,
                Row.of(List.of(Cell.text("Totaal"), Cell.text(report.provinceName()), Cell.number(report.overdueCouplings()),
                        Cell.number(report.overdueCouplingPersons()))));
    }
}
