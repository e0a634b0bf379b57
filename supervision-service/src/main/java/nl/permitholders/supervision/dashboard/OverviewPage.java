package nl.permitholders.supervision.dashboard;

import static nl.permitholders.supervision.display.Table.Cell;
import static nl.permitholders.supervision.display.Table.Row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import io.quarkus.qute.i18n.MessageBundles;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.figures.FiguresView;
import nl.permitholders.supervision.figures.Totals;
import nl.permitholders.supervision.national.PopulationQueries;
import nl.permitholders.supervision.province.ProvinceQueries.MunicipalityLine;
import nl.permitholders.supervision.province.ProvinceQueries.ProvinceView;
import nl.permitholders.supervision.ledger.QuotaStatus;
import nl.permitholders.supervision.regime.SupervisionRegime;
import nl.permitholders.supervision.timeline.TimelineView;
import nl.permitholders.supervision.verdict.JudgedTotal;
import nl.permitholders.supervision.verdict.Standings;
import nl.permitholders.supervision.display.Table;
import nl.permitholders.supervision.display.DutchFormat;
import nl.permitholders.supervision.display.BacklogPerThousand;

/**
 * The province overview for a half-year, as the page shows it and the exports write it: a row per municipality from
 * the province overview of the API (figures, persons still needing follow-up housing, the schedule colour, the
 * supervision regime the province decided, current and advised stage), the unchanged-policy forecast of its backlog at
 * the end of the half-year, whether its quota is provisional or final ("Soort taakstelling"), the province's totals,
 * and the province's row of standings (net and gross backlog, verdicts at the last deadline).
 */
public record OverviewPage(String provinceCode, String provinceName, Period period, String periodText, List<PeriodChoice> periods,
                           Table table, Table standings, Table deadlines, String chartJson, String today, MunicipalityMap map,
                           MunicipalityMap.Colouring colouring, Table toBeDivided) {

    public static final List<String> HEADERS = List.of("Gemeente", "Taakstelling", "Achterstand overgenomen",
            "Taakstelling inclusief achterstand", "Gehuisvest", "Nog te huisvesten", "Achter op schema", "Schemakleur", "Toezichtregime",
            "Gekoppeld, niet gehuisvest", "Koppelingen over termijn", "Wacht op vervolghuisvesting", "Trede nu", "Trede geadviseerd",
            "Prognose achterstand einde halfjaar", "Soort taakstelling");

    /** The overview's own address, without the half-year. */
    public String path() {
        return "/dashboard/provincies/" + provinceCode;
    }

    /** The map's colouring as the links name it, for the period selector and the live update to keep it. */
    public String colouringValue() {
        return colouring == MunicipalityMap.Colouring.SCHEDULE ? "" : colouring.value;
    }

    /** The column the table gains when the map is coloured by the backlog per 1,000 inhabitants. */
    public static final String PER_THOUSAND = "Nog te huisvesten per 1.000 inwoners";

    /** A half-year to choose in the period selector. */
    public record PeriodChoice(String value, String label, boolean selected) {
    }

    /** The half-years the period selector offers: the next one, the current one and those before it, and the selected one if older. */
    static List<PeriodChoice> periodChoices(Period selected, LocalDate now) {
        List<PeriodChoice> choices = new ArrayList<>();
        Period p = Period.containing(now).next();
        for (int i = 0; i <= Dashboard.PERIODS_BACK; i++, p = p.previous()) {
            choices.add(new PeriodChoice(p.toString(), DutchFormat.period(p), p.equals(selected)));
        }
        if (choices.stream().noneMatch(PeriodChoice::selected)) {
            choices.add(new PeriodChoice(selected.toString(), DutchFormat.period(selected), true));
        }
        return choices;
    }

    /**
     * R3, splits: per split municipality with a receiver in the province, its open couplings COA has not yet divided (te
     * verdelen), once, with the receivers here that list them; in none of the municipalities' figures nor the totals'
     * columns of those.
     */
    public static Table toBeDivided(ProvinceView view) {
        List<FiguresView> figures = view.lines().stream().map(MunicipalityLine::figures).toList();
        List<Row> rows = Totals.toBeDivided(figures).values().stream().map(t -> new Row(t.municipalityCode(), null, List.of(
                Cell.text(DetailPage.splitName(t)), Cell.number(t.couplings()), Cell.number(t.persons()), Cell.number(t.overdueCouplings()),
                Cell.number(t.personsInTemporaryHousing()), Cell.number(t.plannedCapacityPlaces()),
                Cell.text(String.join(", ", figures.stream().filter(f -> f.toBeDivided() != null && f.toBeDivided().stream()
                                .anyMatch(o -> o.municipalityCode().equals(t.municipalityCode())))
                        .map(f -> f.municipalityName() != null ? f.municipalityName() : f.municipalityCode()).toList()))))).toList();
        List<String> headers = new ArrayList<>(DetailPage.TO_BE_DIVIDED_HEADERS);
        headers.add("Ontvangende gemeenten in " + view.name());
        return Table.of("te-verdelen", "Te verdelen koppelingen na opsplitsing", headers, rows);
    }

    /** @param forecasts per municipality, the backlog forecast at the end of the half-year; absent when it has ended */
    public static Table table(ProvinceView view, Map<String, Integer> forecasts) {
        Labels labels = MessageBundles.get(Labels.class);
        List<Row> rows = new ArrayList<>();
        for (MunicipalityLine line : view.lines()) {
            FiguresView f = line.figures();
            Integer forecast = forecasts.get(f.municipalityCode());
            rows.add(new Row(f.municipalityCode(), "/dashboard/gemeenten/" + f.municipalityCode() + "?periode=" + view.period(), List.of(
                    Cell.text(f.municipalityName() != null ? f.municipalityName() : f.municipalityCode()),
                    Cell.number(f.quota()), Cell.number(f.carriedBacklog()), Cell.number(f.adjustedQuota()), Cell.number(f.housed()),
                    Cell.number(f.backlog()), Cell.number(f.scheduleGap()), scheduleColour(labels, f.scheduleGap(), f.adjustedQuota()),
                    regime(labels, line.regime()),
                    Cell.number(f.coupledUnhousedPersons()), Cell.number(f.overdueCouplings()), Cell.number(f.personsInTemporaryHousing()),
                    stage(labels.stage(line.currentStage()), line.currentStage().ordinal()),
                    stage(labels.stage(line.advisedStage()), line.advisedStage().ordinal()),
                    forecast == null ? Cell.empty() : Cell.number(forecast),
                    quotaStatus(labels, f.quotaStatus()))));
        }
        Totals t = view.totals();
        boolean anyForecast = !forecasts.isEmpty();
        int forecastTotal = forecasts.values().stream().filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
        Row totals = new Row("totaal", null, List.of(Cell.text("Totaal " + view.name()),
                Cell.number(t.quota()), Cell.number(t.carriedBacklog()), Cell.number(t.adjustedQuota()), Cell.number(t.housed()),
                Cell.number(t.backlog()), Cell.number(t.scheduleGap()), scheduleColour(labels, t.scheduleGap(), t.adjustedQuota()), Cell.text(""),
                Cell.number(t.coupledUnhousedPersons()), Cell.number(t.overdueCouplings()), Cell.number(t.personsInTemporaryHousing()),
                Cell.text(""), Cell.text(""),
                anyForecast ? Cell.number(forecastTotal) : Cell.empty(), quotaStatus(labels, t.quotaStatus())));
        return new Table("overzicht", "Gemeenten van " + view.name() + ", " + DutchFormat.period(view.period()), HEADERS, rows, totals);
    }

    /**
     * The table with the backlog per 1,000 inhabitants as its last column, the map's equivalent when the map shows it;
     * the province's total only when every municipality's population is known.
     */
    public static Table withPerThousand(Table table, ProvinceView view, PopulationQueries.On populations) {
        List<Row> rows = new ArrayList<>();
        long known = 0;
        boolean allKnown = true;
        Map<String, Integer> backlogs = new java.util.HashMap<>();
        view.lines().forEach(line -> backlogs.put(line.figures().municipalityCode(), line.figures().backlog()));
        for (Row row : table.rows()) {
            Integer population = populations.of(row.key());
            allKnown &= population != null && population > 0;
            known += population == null ? 0 : population;
            rows.add(withCell(row, perThousand(BacklogPerThousand.of(backlogs.get(row.key()), population))));
        }
        Cell total = allKnown && known > 0 && known <= Integer.MAX_VALUE
                ? perThousand(BacklogPerThousand.of(view.totals().backlog(), (int) known)) : Cell.empty();
        List<String> headers = new ArrayList<>(table.headers());
        headers.add(PER_THOUSAND);
        return new Table(table.id(), table.title(), headers, rows, table.totals() == null ? null : withCell(table.totals(), total));
    }

    static Row withCell(Row row, Cell cell) {
        List<Cell> cells = new ArrayList<>(row.cells());
        cells.add(cell);
        return new Row(row.key(), row.link(), cells);
    }

    /** The figure as the table shows it: "1,6"; "geen inwonertal bekend" when the population is not known. */
    static Cell perThousand(BacklogPerThousand figure) {
        if (!figure.known()) {
            return new Cell(null, DutchFormat.NO_POPULATION, "onbekend");
        }
        String text = DutchFormat.perThousand(figure);
        return new Cell(figure.perThousand(), text.substring(0, text.indexOf(' ')), "getal");
    }

    /** The columns of the position judged at the last deadline, as the province writes it, with its own arithmetic beside. */
    public static final List<String> JUDGED_HEADERS = List.of("Beoordeelde stand laatste peildatum", "Eigen berekening",
            "Verschil (overgenomen cijfers van het COA)");

    /**
     * The province's row: net and gross backlog, the municipalities ahead, how many met, missed excusably or missed the
     * last deadline (R7), which the row names, and the positions judged there added up (COA's end position where
     * adopted) with the system's own arithmetic and the difference beside them.
     */
    public static Table standings(ProvinceView view) {
        Standings s = view.standings();
        String deadline = s.lastDeadline() == null ? "nog geen peildatum voorbij" : DutchFormat.date(s.lastDeadline());
        List<String> headers = new ArrayList<>(List.of("Provincie", "Netto achterstand", "Bruto achterstand", "Gemeenten met voorsprong",
                "Laatste peildatum", "Gehaald", "Niet gehaald, verschoonbaar", "Niet gehaald", "Nog geen oordeel"));
        headers.addAll(JUDGED_HEADERS);
        List<Cell> cells = new ArrayList<>(List.of(Cell.text(view.name()), Cell.number(s.netBacklog()), Cell.number(s.grossBacklog()),
                Cell.number(s.ahead()), Cell.text(deadline), Cell.number(s.met()), Cell.number(s.notMetExcusable()),
                Cell.number(s.notMet()), Cell.number(s.withoutVerdict())));
        cells.addAll(judgedCells(s));
        return Table.of("provincie", "Provincie " + view.name() + " samen, " + DutchFormat.period(view.period()), headers,
                List.of(Row.of(cells)));
    }

    /** The judged position at the last deadline, the own arithmetic and the difference; empty before any was judged. */
    static List<Cell> judgedCells(Standings s) {
        JudgedTotal judged = s.judgedAtLastDeadline();
        return judged == null ? List.of(Cell.empty(), Cell.empty(), Cell.empty())
                : List.of(Cell.number(judged.backlog()), Cell.number(judged.ownBacklog()), Cell.number(judged.difference()));
    }

    /** The province's municipalities on the map of the half-year's boundaries, coloured as the table's schedule colour. */
    public static MunicipalityMap map(ProvinceView view) {
        return map(view, null);
    }

    /**
     * The province's municipalities on the map of the half-year's boundaries: coloured as the table's schedule colour,
     * or with {@code populations} by their backlog per 1,000 inhabitants.
     */
    public static MunicipalityMap map(ProvinceView view, PopulationQueries.On populations) {
        Period period = Period.parse(view.period().toString());
        List<MunicipalityMap.Position> positions = view.lines().stream().map(MunicipalityLine::figures)
                .map(f -> {
                    String name = f.municipalityName() != null ? f.municipalityName() : f.municipalityCode();
                    String link = "/dashboard/gemeenten/" + f.municipalityCode() + "?periode=" + view.period();
                    return populations == null
                            ? MunicipalityMap.position(f.municipalityCode(), name, f.backlog(), f.scheduleGap(), f.adjustedQuota(), link)
                            : MunicipalityMap.perThousand(f.municipalityCode(), name, f.backlog(), populations.of(f.municipalityCode()), link);
                }).toList();
        return populations == null ? MunicipalityMap.of(period.year(), positions)
                : MunicipalityMap.of(period.year(), positions, false, MunicipalityMap.perThousandLegend(populations.referenceDate()));
    }

    /** The province's backlog at every deadline, the chart's data as a table for who cannot see the chart. */
    public static Table deadlines(TimelineView timeline) {
        List<Row> rows = timeline.deadlines().stream().map(d -> Row.of(List.of(
                Cell.text(DutchFormat.period(d.period())), Cell.date(d.deadline()),
                Cell.number(d.adjustedQuota()), Cell.number(d.housed()), Cell.number(d.backlog()),
                Cell.text(d.passed() ? "peildatum voorbij" : "stand tot nu")))).toList();
        return Table.of("peildata", "Achterstand van de provincie per peildatum",
                List.of("Halfjaar", "Peildatum", "Taakstelling inclusief achterstand", "Gehuisvest", "Achterstand", "Stand"), rows);
    }

    private static Cell quotaStatus(Labels labels, QuotaStatus status) {
        return status == null ? Cell.empty() : Cell.text(labels.quotaStatus(status));
    }

    private static Cell scheduleColour(Labels labels, int gap, int adjustedQuota) {
        String colour = labels.scheduleColour(ScheduleColour.of(gap, adjustedQuota));
        return Cell.styled(colour, "schemakleur schemakleur-" + colour);
    }

    /** The regime the province decided, sorted low to high; empty when none is recorded. */
    static Cell regime(Labels labels, SupervisionRegime regime) {
        if (regime == null) {
            return Cell.empty();
        }
        String text = labels.regime(regime);
        return new Cell(text, text, "regime regime-" + regime.name().toLowerCase(java.util.Locale.ROOT), regime.ordinal());
    }

    /** Sorted by the ladder's order, not alphabetically. */
    private static Cell stage(String text, int order) {
        return new Cell(text, text, "trede", order);
    }
}
