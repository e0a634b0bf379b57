package nl.permitholders.supervision.dashboard;

import static nl.permitholders.supervision.display.Table.Cell;
import static nl.permitholders.supervision.display.Table.Row;

import io.quarkus.qute.i18n.MessageBundles;
import java.util.ArrayList;
import nl.permitholders.supervision.national.PublishedNationalSeries;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.figures.FiguresQueries;
import nl.permitholders.supervision.figures.Totals;
import nl.permitholders.supervision.national.NationalView;
import nl.permitholders.supervision.national.PopulationQueries;
import nl.permitholders.supervision.regime.SupervisionRegime;
import nl.permitholders.supervision.verdict.Standings;
import nl.permitholders.supervision.display.Table;
import nl.permitholders.supervision.display.DutchFormat;
import nl.permitholders.supervision.display.BacklogPerThousand;

/**
 * The Rijk's page of the country for a half-year: a row per province (its figures, net and gross backlog, the
 * verdicts at the last deadline and how many municipalities are under each supervision regime), each leading to the
 * province's own overview; and the country's totals per half-year, with a column for the published national figures
 * beside them where those are loaded.
 */
public record NationalPage(Period period, String periodText, List<OverviewPage.PeriodChoice> periods, Table provinces,
                           Table halfYears, int withoutProvince, String today, MunicipalityMap map, MunicipalityMap.Colouring colouring,
                           Table toBeDivided) {

    /** The map's colouring as the links name it, for the period selector to keep it. */
    public String colouringValue() {
        return colouring == MunicipalityMap.Colouring.SCHEDULE ? "" : colouring.value;
    }

    public static final List<String> PROVINCE_HEADERS = List.of("Provincie", "Gemeenten", "Taakstelling inclusief achterstand",
            "Gehuisvest", "Nog te huisvesten", "Achter op schema", "Schemakleur", "Netto achterstand", "Bruto achterstand",
            "Laatste peildatum", "Gehaald", "Niet gehaald, verschoonbaar", "Niet gehaald", OverviewPage.JUDGED_HEADERS.get(0),
            OverviewPage.JUDGED_HEADERS.get(1), OverviewPage.JUDGED_HEADERS.get(2), "Toezichtregime licht",
            "Toezichtregime midden", "Toezichtregime zwaar");

    /**
     * The position at the end of a half-year as published (the national series with COA's published end positions, once
     * province staff adopted them at the half-year's deadline); empty for a half-year without them, on the page and in the
     * exports.
     */
    public static final String PUBLISHED = "Landelijk gepubliceerd";

    /** @param regimes per province, how many of its municipalities are under each regime today */
    public static Table provinces(NationalView view, Map<String, Map<SupervisionRegime, Integer>> regimes) {
        Labels labels = MessageBundles.get(Labels.class);
        Period period = Period.parse(view.period());
        List<Row> rows = view.provinces().stream().map(p -> new Row(p.provinceCode(),
                "/dashboard/provincies/" + p.provinceCode() + "?periode=" + period,
                cells(labels, p.name() == null ? p.provinceCode() : p.name(), p.municipalities(), p.totals(), p.standings(),
                        regimes.getOrDefault(p.provinceCode(), Map.of())))).toList();
        Map<SupervisionRegime, Integer> all = new EnumMap<>(SupervisionRegime.class);
        regimes.values().forEach(counts -> counts.forEach((regime, n) -> all.merge(regime, n, Integer::sum)));
        Row totals = new Row("totaal", null, cells(labels, "Nederland", view.municipalities(), view.totals(), view.standings(), all));
        return new Table("provincies", "Provincies, " + DutchFormat.period(period), PROVINCE_HEADERS, rows, totals);
    }

    private static List<Cell> cells(Labels labels, String name, int municipalities, Totals t, Standings s,
                                    Map<SupervisionRegime, Integer> regimes) {
        String colour = labels.scheduleColour(ScheduleColour.of(t.scheduleGap(), t.adjustedQuota()));
        List<Cell> cells = new ArrayList<>(List.of(Cell.text(name), Cell.number(municipalities), Cell.number(t.adjustedQuota()),
                Cell.number(t.housed()), Cell.number(t.backlog()), Cell.number(t.scheduleGap()),
                Cell.styled(colour, "schemakleur schemakleur-" + colour), Cell.number(s.netBacklog()), Cell.number(s.grossBacklog()),
                s.lastDeadline() == null ? Cell.text("nog geen") : Cell.date(s.lastDeadline()),
                Cell.number(s.met()), Cell.number(s.notMetExcusable()), Cell.number(s.notMet())));
        // the judged figure beside the verdicts of the same deadline; the regimes stay last
        cells.addAll(OverviewPage.judgedCells(s));
        cells.addAll(List.of(Cell.number(regimes.getOrDefault(SupervisionRegime.LOW, 0)),
                Cell.number(regimes.getOrDefault(SupervisionRegime.MEDIUM, 0)), Cell.number(regimes.getOrDefault(SupervisionRegime.HIGH, 0))));
        return cells;
    }

    /**
     * R3, splits: per split municipality, its open couplings COA has not yet divided (te verdelen), once, with the provinces
     * of its receivers that list them; the totals row is the country's, each split counted once however many provinces its
     * receivers lie in. In none of the municipalities' figures, so in none of the provinces' rows above.
     *
     * @param provinceNames per province code, its name
     */
    public static Table toBeDivided(NationalView view, List<FiguresQueries.MunicipalityFigures> municipalities,
                                    Map<String, String> provinceNames) {
        List<nl.permitholders.supervision.figures.FiguresView> figures = municipalities.stream().filter(m -> !m.ceased())
                .map(FiguresQueries.MunicipalityFigures::figures).filter(f -> f.provinceCode() != null).toList();
        List<Row> rows = Totals.toBeDivided(figures).values().stream().map(t -> new Row(t.municipalityCode(), null, List.of(
                Cell.text(DetailPage.splitName(t)), Cell.number(t.couplings()), Cell.number(t.persons()), Cell.number(t.overdueCouplings()),
                Cell.number(t.personsInTemporaryHousing()), Cell.number(t.plannedCapacityPlaces()),
                Cell.text(figures.stream().filter(f -> f.toBeDivided() != null && f.toBeDivided().stream()
                                .anyMatch(o -> o.municipalityCode().equals(t.municipalityCode())))
                        .map(f -> provinceNames.getOrDefault(f.provinceCode(), f.provinceCode())).distinct().sorted()
                        .collect(Collectors.joining(", ")))))).toList();
        List<String> headers = new ArrayList<>(DetailPage.TO_BE_DIVIDED_HEADERS);
        headers.add("Provincies van de ontvangende gemeenten");
        Totals t = view.totals();
        int overdue = Totals.toBeDivided(figures).values().stream().mapToInt(o -> o.overdueCouplings()).sum();
        Row country = new Row("totaal", null, List.of(Cell.text("Nederland"), Cell.number(t.toBeDividedCouplings()),
                Cell.number(t.toBeDividedPersons()), Cell.number(overdue), Cell.number(t.toBeDividedPersonsInTemporaryHousing()),
                Cell.number(t.toBeDividedPlannedCapacityPlaces()), Cell.text("")));
        return new Table("te-verdelen", "Te verdelen koppelingen na opsplitsing, " + DutchFormat.period(Period.parse(view.period())),
                headers, rows, rows.isEmpty() ? null : country);
    }

    /**
     * The country per half-year, the latest first, with the published position at the end beside the system's own.
     *
     * @param published the national series' position at the end, by half-year, of those with COA's published positions
     */
    public static Table halfYears(List<NationalView> views, Map<Period, Integer> published) {
        List<Row> rows = new ArrayList<>();
        for (NationalView view : views) {
            Period period = Period.parse(view.period());
            Totals t = view.totals();
            rows.add(new Row(view.period(), null, List.of(new Cell(view.period(), DutchFormat.period(period), null),
                    Cell.date(period.deadline()), Cell.number(t.adjustedQuota()), Cell.number(t.housed()), Cell.number(t.backlog()),
                    Cell.number(view.standings().netBacklog()), Cell.number(view.standings().grossBacklog()),
                    published.containsKey(period) ? Cell.number(published.get(period)) : Cell.empty())));
        }
        return Table.of("halfjaren", "Nederland per halfjaar", List.of("Halfjaar", "Peildatum", "Taakstelling inclusief achterstand",
                "Gehuisvest", "Nog te huisvesten", "Netto achterstand", "Bruto achterstand", PUBLISHED), rows);
    }

    /** Where the published national series comes from, in Dutch. */
    public String publishedSource() {
        return PublishedNationalSeries.SOURCE;
    }

    /**
     * The country per half-year 2019-I to 2023-I as the Rijk published it, the latest first, its position in the Rijk's
     * sign (negative a backlog): the published figures before the system's own begin, shown as published.
     */
    public Table publishedSeries() {
        List<PublishedNationalSeries.HalfYear> latestFirst = new ArrayList<>(PublishedNationalSeries.halfYears());
        java.util.Collections.reverse(latestFirst);
        List<Row> rows = new ArrayList<>();
        for (PublishedNationalSeries.HalfYear h : latestFirst) {
            rows.add(new Row(h.period().toString(), null, List.of(new Cell(h.period().toString(), DutchFormat.period(h.period()), null),
                    Cell.number(h.quota()), Cell.number(h.adjustedQuota()), Cell.number(h.housed()), Cell.number(h.position()))));
        }
        return Table.of("landelijke-reeks", "De landelijke reeks zoals gepubliceerd", List.of("Halfjaar", "Taakstelling",
                "Taakstelling inclusief achterstand of voorsprong", "Gehuisvest", "Stand einde halfjaar"), rows);
    }

    /** Every municipality of the country in the half-year (not merged by then) on the map. */
    static MunicipalityMap map(Period period, List<FiguresQueries.MunicipalityFigures> municipalities) {
        return map(period, municipalities, null);
    }

    /**
     * Every municipality of the country in the half-year (not merged by then) on the map: coloured by its schedule
     * colour, or with {@code populations} by its backlog per 1,000 inhabitants.
     */
    static MunicipalityMap map(Period period, List<FiguresQueries.MunicipalityFigures> municipalities, PopulationQueries.On populations) {
        List<MunicipalityMap.Position> positions = municipalities.stream().filter(m -> !m.ceased()).map(FiguresQueries.MunicipalityFigures::figures)
                .sorted(java.util.Comparator.comparing(f -> f.municipalityCode()))
                .map(f -> {
                    String name = f.municipalityName() != null ? f.municipalityName() : f.municipalityCode();
                    String link = "/dashboard/gemeenten/" + f.municipalityCode() + "?periode=" + period;
                    return populations == null
                            ? MunicipalityMap.position(f.municipalityCode(), name, f.backlog(), f.scheduleGap(), f.adjustedQuota(), link)
                            : MunicipalityMap.perThousand(f.municipalityCode(), name, f.backlog(), populations.of(f.municipalityCode()), link);
                }).toList();
        return MunicipalityMap.of(period.year(), positions, true, populations == null ? MunicipalityMap.SCHEDULE_LEGEND
                : MunicipalityMap.perThousandLegend(populations.referenceDate()));
    }

    /**
     * The provinces' table with the backlog per 1,000 inhabitants as its last column, the map's equivalent when the map
     * shows it: a province's figure only when the population of every municipality it counts is known.
     *
     * @param provinceOf per municipality code, its province
     */
    static Table withPerThousand(Table provinces, NationalView view, List<FiguresQueries.MunicipalityFigures> municipalities,
                                 Map<String, String> provinceOf, PopulationQueries.On populations) {
        Map<String, Long> inhabitants = new java.util.HashMap<>();
        java.util.Set<String> incomplete = new java.util.HashSet<>();
        for (FiguresQueries.MunicipalityFigures m : municipalities) {
            String province = provinceOf.get(m.figures().municipalityCode());
            if (m.ceased() || province == null) {
                continue;
            }
            Integer population = populations.of(m.figures().municipalityCode());
            if (population == null) {
                incomplete.add(province);
            } else {
                inhabitants.merge(province, (long) population, Long::sum);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < provinces.rows().size(); i++) {
            Row row = provinces.rows().get(i);
            rows.add(OverviewPage.withCell(row, perThousand(view.provinces().get(i).totals().backlog(),
                    incomplete.contains(row.key()) ? null : inhabitants.get(row.key()))));
        }
        Long country = incomplete.isEmpty() ? inhabitants.values().stream().mapToLong(Long::longValue).sum() : null;
        List<String> headers = new ArrayList<>(provinces.headers());
        headers.add(OverviewPage.PER_THOUSAND);
        return new Table(provinces.id(), provinces.title(), headers, rows,
                OverviewPage.withCell(provinces.totals(), perThousand(view.totals().backlog(), country)));
    }

    private static Cell perThousand(int backlog, Long inhabitants) {
        return OverviewPage.perThousand(BacklogPerThousand.of(backlog,
                inhabitants == null || inhabitants > Integer.MAX_VALUE || inhabitants == 0 ? null : inhabitants.intValue()));
    }

    /** How many municipalities of each province are under each regime, from every municipality's regime today. */
    static Map<String, Map<SupervisionRegime, Integer>> regimeCounts(Map<String, String> provinceOf, Map<String, SupervisionRegime> regimeOf) {
        return regimeOf.entrySet().stream().filter(e -> provinceOf.get(e.getKey()) != null)
                .collect(Collectors.groupingBy(e -> provinceOf.get(e.getKey()),
                        Collectors.toMap(Map.Entry::getValue, e -> 1, Integer::sum, () -> new EnumMap<>(SupervisionRegime.class))));
    }
}
