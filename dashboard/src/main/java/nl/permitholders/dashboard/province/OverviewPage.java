package nl.permitholders.dashboard.province;

import static nl.permitholders.display.Table.Cell;
import static nl.permitholders.display.Table.Row;

import io.quarkus.qute.i18n.MessageBundles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.permitholders.dashboard.HalfYear;
import nl.permitholders.dashboard.Labels;
import nl.permitholders.dashboard.Pages.PeriodChoice;
import nl.permitholders.dashboard.api.MunicipalityFigures;
import nl.permitholders.dashboard.api.MunicipalityFigures.ToBeDivided;
import nl.permitholders.dashboard.api.Populations;
import nl.permitholders.dashboard.api.ProvinceFigures;
import nl.permitholders.dashboard.api.ProvinceFigures.Line;
import nl.permitholders.dashboard.api.QuotaStatus;
import nl.permitholders.dashboard.api.ScheduleColour;
import nl.permitholders.dashboard.api.Stage;
import nl.permitholders.dashboard.api.SupervisionRegime;
import nl.permitholders.dashboard.api.Timeline;
import nl.permitholders.dashboard.map.MunicipalityMap;
import nl.permitholders.display.BacklogPerThousand;
import nl.permitholders.display.DutchFormat;
import nl.permitholders.display.Table;

/**
 * The province overview for a half-year, as the page shows it and the exports write it: a row per municipality from
 * supervision's getProvinceFigures (figures, persons still needing follow-up housing, the schedule colour, the
 * supervision regime the province decided, current and advised stage, the unchanged-policy forecast of its backlog at
 * the end of the half-year, whether its quota is provisional or final), the province's totals, and the province's
 * row of standings (net and gross backlog, verdicts at the last deadline).
 */
public record OverviewPage(String provinceCode, String provinceName, HalfYear period, String periodText, List<PeriodChoice> periods,
                           Table table, Table standings, Table deadlines, String chartJson, String today, MunicipalityMap map,
                           MunicipalityMap.Colouring colouring, Table toBeDivided) {

    public static final List<String> HEADERS = List.of("Gemeente", "Taakstelling", "Achterstand overgenomen",
            "Taakstelling inclusief achterstand", "Gehuisvest", "Nog te huisvesten", "Achter op schema", "Schemakleur", "Toezichtregime",
            "Gekoppeld, niet gehuisvest", "Koppelingen over termijn", "Wacht op vervolghuisvesting", "Trede nu", "Trede geadviseerd",
            "Prognose achterstand einde halfjaar", "Soort taakstelling");

    /** The column the table gains when the map is coloured by the backlog per 1,000 inhabitants. */
    public static final String PER_THOUSAND = "Nog te huisvesten per 1.000 inwoners";

    /** The columns of what is still to be divided of a split municipality (R3). */
    public static final List<String> TO_BE_DIVIDED_HEADERS = List.of("Opgesplitste gemeente", "Koppelingen te verdelen",
            "Personen nog niet gehuisvest", "Waarvan koppelingen over termijn", "Personen in tijdelijke huisvesting te verdelen",
            "Geplande plaatsen te verdelen");

    /** The overview's own address, without the half-year. */
    public String path() {
        return "/dashboard/provincies/" + provinceCode;
    }

    /** The map's colouring as the links name it, for the period selector and the live update to keep it. */
    public String colouringValue() {
        return colouring == MunicipalityMap.Colouring.SCHEDULE ? "" : colouring.value;
    }

    /** A municipality's page for the half-year. */
    static String link(String municipality, String period) {
        return "/dashboard/gemeenten/" + municipality + "?periode=" + period;
    }

    /**
     * R3, splits: per split municipality with a receiver in the province, its open couplings COA has not yet divided (te
     * verdelen), once, with the receivers here that list them; in none of the municipalities' figures nor the totals'
     * columns of those.
     */
    public static Table toBeDivided(ProvinceFigures view) {
        List<MunicipalityFigures> figures = view.lines().stream().map(Line::figures).toList();
        Map<String, ToBeDivided> once = new TreeMap<>();
        figures.stream().filter(f -> f.toBeDivided() != null).flatMap(f -> f.toBeDivided().stream())
                .forEach(t -> once.putIfAbsent(t.municipalityCode(), t));
        List<Row> rows = once.values().stream().map(t -> new Row(t.municipalityCode(), null, List.of(
                Cell.text(t.splitName()), Cell.number(t.couplings()), Cell.number(t.persons()), Cell.number(t.overdueCouplings()),
                Cell.number(t.personsInTemporaryHousing()), Cell.number(t.plannedCapacityPlaces()),
                Cell.text(String.join(", ", figures.stream().filter(f -> f.toBeDivided() != null && f.toBeDivided().stream()
                                .anyMatch(o -> o.municipalityCode().equals(t.municipalityCode())))
                        .map(MunicipalityFigures::name).toList()))))).toList();
        List<String> headers = new ArrayList<>(TO_BE_DIVIDED_HEADERS);
        headers.add("Ontvangende gemeenten in " + view.name());
        return Table.of("te-verdelen", "Te verdelen koppelingen na opsplitsing", headers, rows);
    }

    /** The table of the municipalities, with the forecast of each backlog at the end of the half-year where it is running. */
    public static Table table(ProvinceFigures view) {
        Labels labels = MessageBundles.get(Labels.class);
        List<Row> rows = new ArrayList<>();
        for (Line line : view.lines()) {
            MunicipalityFigures f = line.figures();
            rows.add(new Row(f.municipalityCode(), link(f.municipalityCode(), view.period()), List.of(
                    Cell.text(f.name()),
                    Cell.number(f.quota()), Cell.number(f.carriedBacklog()), Cell.number(f.adjustedQuota()), Cell.number(f.housed()),
                    Cell.number(f.backlog()), Cell.number(f.scheduleGap()), scheduleColour(labels, f.scheduleColour()),
                    regime(labels, line.regime()),
                    Cell.number(f.coupledUnhousedPersons()), Cell.number(f.overdueCouplings()), Cell.number(f.personsInTemporaryHousing()),
                    stage(labels, line.currentStage()), stage(labels, line.advisedStage()),
                    line.forecastBacklog() == null ? Cell.empty() : Cell.number(line.forecastBacklog()),
                    quotaStatus(labels, f.quotaStatus()))));
        }
        ProvinceFigures.Totals t = view.totals();
        List<Integer> forecasts = view.lines().stream().map(Line::forecastBacklog).filter(Objects::nonNull).toList();
        Row totals = new Row("totaal", null, List.of(Cell.text("Totaal " + view.name()),
                Cell.number(t.quota()), Cell.number(t.carriedBacklog()), Cell.number(t.adjustedQuota()), Cell.number(t.housed()),
                Cell.number(t.backlog()), Cell.number(t.scheduleGap()), scheduleColour(labels, t.scheduleColour()), Cell.text(""),
                Cell.number(t.coupledUnhousedPersons()), Cell.number(t.overdueCouplings()), Cell.number(t.personsInTemporaryHousing()),
                Cell.text(""), Cell.text(""),
                forecasts.isEmpty() ? Cell.empty() : Cell.number(forecasts.stream().mapToInt(Integer::intValue).sum()),
                quotaStatus(labels, t.quotaStatus())));
        return new Table("overzicht", "Gemeenten van " + view.name() + ", " + HalfYear.parse("period", view.period()).dutch(),
                HEADERS, rows, totals);
    }

    /**
     * The table with the backlog per 1,000 inhabitants as its last column, the map's equivalent when the map shows it;
     * the province's total only when every municipality's population is known.
     */
    public static Table withPerThousand(Table table, ProvinceFigures view, Populations populations) {
        Map<String, Integer> persons = populations.byMunicipality();
        Map<String, Integer> backlogs = new HashMap<>();
        view.lines().forEach(line -> backlogs.put(line.figures().municipalityCode(), line.figures().backlog()));
        List<Row> rows = new ArrayList<>();
        long known = 0;
        boolean allKnown = true;
        for (Row row : table.rows()) {
            Integer population = persons.get(row.key());
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

    public static Row withCell(Row row, Cell cell) {
        List<Cell> cells = new ArrayList<>(row.cells());
        cells.add(cell);
        return new Row(row.key(), row.link(), cells);
    }

    /** The figure as the table shows it: "1,6"; "geen inwonertal bekend" when the population is not known. */
    public static Cell perThousand(BacklogPerThousand figure) {
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
    public static Table standings(ProvinceFigures view) {
        ProvinceFigures.Standings s = view.standings();
        String deadline = s.lastDeadline() == null ? "nog geen peildatum voorbij" : DutchFormat.date(s.lastDeadline());
        List<String> headers = new ArrayList<>(List.of("Provincie", "Netto achterstand", "Bruto achterstand", "Gemeenten met voorsprong",
                "Laatste peildatum", "Gehaald", "Niet gehaald, verschoonbaar", "Niet gehaald", "Nog geen oordeel"));
        headers.addAll(JUDGED_HEADERS);
        List<Cell> cells = new ArrayList<>(List.of(Cell.text(view.name()), Cell.number(s.netBacklog()), Cell.number(s.grossBacklog()),
                Cell.number(s.ahead()), Cell.text(deadline), Cell.number(s.met()), Cell.number(s.notMetExcusable()),
                Cell.number(s.notMet()), Cell.number(s.withoutVerdict())));
        cells.addAll(judgedCells(s));
        return Table.of("provincie", "Provincie " + view.name() + " samen, " + HalfYear.parse("period", view.period()).dutch(), headers,
                List.of(Row.of(cells)));
    }

    /** The judged position at the last deadline, the own arithmetic and the difference; empty before any was judged. */
    public static List<Cell> judgedCells(ProvinceFigures.Standings s) {
        ProvinceFigures.JudgedTotal judged = s.judgedAtLastDeadline();
        return judged == null ? List.of(Cell.empty(), Cell.empty(), Cell.empty())
                : List.of(Cell.number(judged.backlog()), Cell.number(judged.ownBacklog()), Cell.number(judged.difference()));
    }

    /**
     * The province's municipalities on the map of the half-year's boundaries: coloured as the table's schedule colour,
     * or with {@code populations} by their backlog per 1,000 inhabitants.
     */
    public static MunicipalityMap map(ProvinceFigures view, Populations populations) {
        HalfYear period = HalfYear.parse("period", view.period());
        Map<String, Integer> persons = populations == null ? Map.of() : populations.byMunicipality();
        List<MunicipalityMap.Position> positions = view.lines().stream().map(Line::figures)
                .map(f -> populations == null
                        ? MunicipalityMap.position(f.municipalityCode(), f.name(), f.backlog(), f.scheduleGap(), f.scheduleColour(),
                                link(f.municipalityCode(), view.period()))
                        : MunicipalityMap.perThousand(f.municipalityCode(), f.name(), f.backlog(), persons.get(f.municipalityCode()),
                                link(f.municipalityCode(), view.period())))
                .toList();
        return populations == null ? MunicipalityMap.of(period.year(), positions)
                : MunicipalityMap.of(period.year(), positions, false, MunicipalityMap.perThousandLegend(populations.referenceDate()));
    }

    /** The province's backlog at every deadline, the chart's data as a table for who cannot see the chart. */
    public static Table deadlines(Timeline timeline) {
        List<Row> rows = timeline.deadlines().stream().map(d -> Row.of(List.of(
                Cell.text(HalfYear.parse("period", d.period()).dutch()), Cell.date(d.deadline()),
                Cell.number(d.adjustedQuota()), Cell.number(d.housed()), Cell.number(d.backlog()),
                Cell.text(d.passed() ? "peildatum voorbij" : "stand tot nu")))).toList();
        return Table.of("peildata", "Achterstand van de provincie per peildatum",
                List.of("Halfjaar", "Peildatum", "Taakstelling inclusief achterstand", "Gehuisvest", "Achterstand", "Stand"), rows);
    }

    private static Cell quotaStatus(Labels labels, QuotaStatus status) {
        return status == null ? Cell.empty() : Cell.text(labels.quotaStatus(status));
    }

    private static Cell scheduleColour(Labels labels, ScheduleColour colour) {
        if (colour == null) {
            return Cell.empty();
        }
        String text = labels.scheduleColour(colour);
        return Cell.styled(text, "schemakleur schemakleur-" + text);
    }

    /** The regime the province decided, sorted low to high; empty when none is recorded. */
    static Cell regime(Labels labels, SupervisionRegime regime) {
        if (regime == null) {
            return Cell.empty();
        }
        String text = labels.regime(regime);
        return new Cell(text, text, "regime regime-" + regime.name().toLowerCase(Locale.ROOT), regime.ordinal());
    }

    /** Sorted by the ladder's order, not alphabetically. */
    private static Cell stage(Labels labels, Stage stage) {
        if (stage == null) {
            return Cell.empty();
        }
        String text = labels.stage(stage);
        return new Cell(text, text, "trede", stage.ordinal());
    }
}
