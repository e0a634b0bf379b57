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
import nl.permitholders.supervision.verdict.JudgedTotal;

/**
 * The province's report as tables, for its .xlsx (a sheet each): the municipalities, the province's standings and its
 * backlog at every deadline, the moves on the ladder and the overdue couplings. The same figures as the PDF: the
 * position judged at the deadline (COA's end position where adopted, else the system's figures) with the system's own
 * arithmetic and the difference beside it, with its Dutch column names.
 */
final class ProvinceReportTables {

    static final List<String> MUNICIPALITY_HEADERS = List.of("Code", "Gemeente", "Achterstand overgenomen", "Taakstelling", "Uitruil",
            "Taakstelling inclusief achterstand", "Gehuisvest", "Achterstand op peildatum", "Beoordeelde stand op peildatum",
            "Eigen berekening op peildatum", "Oordeel", "Berekend oordeel",
            "Toezichtregime", "Trede", "Koppelingen over termijn", "Personen in koppelingen over termijn");

    private ProvinceReportTables() {
    }

    static List<Table> of(ProvinceReport report, ProvinceView view, TimelineView timeline) {
        return List.of(municipalities(report), standings(report, view), deadlines(timeline), moves(report), overdue(report));
    }

    static Table municipalities(ProvinceReport report) {
        Labels labels = MessageBundles.get(Labels.class);
        List<Row> rows = report.lines().stream().map(l -> Row.of(List.of(Cell.text(l.code()), Cell.text(l.name()),
                Cell.number(l.figures().carriedBacklog()), Cell.number(l.figures().quota()), Cell.number(l.figures().exchanges()),
                Cell.number(l.figures().adjustedQuota()), Cell.number(l.figures().housed()), Cell.number(l.figures().backlog()),
                l.computedVerdict() == null ? Cell.empty() : Cell.number(l.judgedPosition().backlog()),
                l.computedVerdict() == null ? Cell.empty() : Cell.number(l.judgedPosition().ownBacklog()),
                l.verdict() == null ? Cell.empty() : Cell.text(labels.provinceVerdict(l.verdict()) + mark(l)),
                l.computedVerdict() == null ? Cell.empty() : Cell.text(labels.verdict(l.computedVerdict()) + basis(l.judgedPosition())),
                l.regime() == null ? Cell.empty() : Cell.text(labels.regime(l.regime())), Cell.text(labels.stage(l.stage())),
                Cell.number(l.overdueCouplings()), Cell.number(l.overdueCouplingPersons())))).toList();
        Letter.Figures t = report.totals();
        JudgedTotal judged = report.standings().judged();
        Row totals = Row.of(List.of(Cell.text("Totaal"), Cell.text(report.provinceName()), Cell.number(t.carriedBacklog()),
                Cell.number(t.quota()), Cell.number(t.exchanges()), Cell.number(t.adjustedQuota()), Cell.number(t.housed()),
                Cell.number(t.backlog()), judged == null ? Cell.empty() : Cell.number(judged.backlog()),
                judged == null ? Cell.empty() : Cell.number(judged.ownBacklog()), Cell.text(""), Cell.text(""), Cell.text(""), Cell.text(""),
                Cell.number(report.overdueCouplings()), Cell.number(report.overdueCouplingPersons())));
        return new Table("gemeenten", "Gemeenten per " + DutchFormat.date(report.deadline()), MUNICIPALITY_HEADERS, rows, totals);
    }

    /**
     * The province's standings at the deadline: the positions judged there added up (the figure the province writes), the
     * system's own arithmetic and the difference beside them, and how many met, missed excusably or missed it.
     */
    static Table standings(ProvinceReport report, ProvinceView view) {
        ProvinceReport.Standing s = report.standings();
        JudgedTotal judged = s.judged();
        return Table.of("provincie", "Provincie " + view.name() + " samen op " + DutchFormat.date(report.deadline()),
                List.of("Provincie", "Netto achterstand", "Bruto achterstand", "Eigen berekening, netto", "Eigen berekening, bruto",
                        "Verschil", "Gemeenten op de eindstand van het COA", "Gemeenten met voorsprong", "Gehaald",
                        "Niet gehaald, verschoonbaar", "Niet gehaald", "Nog geen oordeel"),
                List.of(Row.of(List.of(Cell.text(view.name()), Cell.number(s.netBacklog()), Cell.number(s.grossBacklog()),
                        judged == null ? Cell.empty() : Cell.number(judged.ownBacklog()),
                        judged == null ? Cell.empty() : Cell.number(judged.ownGrossBacklog()),
                        judged == null ? Cell.empty() : Cell.number(judged.difference()),
                        judged == null ? Cell.empty() : Cell.number(judged.onCoasFigure()), Cell.number(s.ahead()), Cell.number(s.met()),
                        Cell.number(s.notMetExcusable()), Cell.number(s.notMet()), Cell.number(s.withoutVerdict())))));
    }

    /** The province's position at every deadline: judged, with the system's own arithmetic and the difference beside it. */
    static Table deadlines(TimelineView timeline) {
        List<Row> rows = timeline.deadlines().stream().map(d -> Row.of(List.of(
                Cell.text(dutch(Period.parse(d.period()))), Cell.date(d.deadline()),
                Cell.number(d.adjustedQuota()), Cell.number(d.housed()), Cell.number(d.backlog()), Cell.number(d.ownBacklog()),
                Cell.number(d.backlog() - d.ownBacklog()), Cell.number(d.onCoasFigure())))).toList();
        return Table.of("peildata", "Achterstand van de provincie per peildatum",
                List.of("Halfjaar", "Peildatum", "Taakstelling inclusief achterstand", "Gehuisvest", "Beoordeelde stand",
                        "Eigen berekening", "Verschil", "Gemeenten op de eindstand van het COA"), rows);
    }

    /** 2025-H1 → "1e halfjaar 2025". */
    private static String dutch(Period period) {
        return period.half() + "e halfjaar " + period.year();
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
