package nl.permitholders.dashboard.national;

import static nl.permitholders.display.Table.Cell;
import static nl.permitholders.display.Table.Row;

import io.quarkus.qute.i18n.MessageBundles;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.permitholders.dashboard.HalfYear;
import nl.permitholders.dashboard.Labels;
import nl.permitholders.dashboard.Pages.PeriodChoice;
import nl.permitholders.dashboard.api.MunicipalityFigures;
import nl.permitholders.dashboard.api.MunicipalityFigures.ToBeDivided;
import nl.permitholders.dashboard.api.NationalFigures;
import nl.permitholders.dashboard.api.Populations;
import nl.permitholders.dashboard.api.ProvinceFigures;
import nl.permitholders.dashboard.api.ScheduleColour;
import nl.permitholders.dashboard.api.SupervisionRegime;
import nl.permitholders.dashboard.map.MunicipalityMap;
import nl.permitholders.dashboard.province.OverviewPage;
import nl.permitholders.display.BacklogPerThousand;
import nl.permitholders.display.Table;

/**
 * The Rijk's page of the country for a half-year: a row per province (its figures, net and gross backlog, the
 * verdicts at the last deadline, the positions judged there with the system's own arithmetic beside them, and how many
 * municipalities are under each supervision regime), each leading to the
 * province's own overview; and the country's totals per half-year, with a column for the published national figures
 * beside them where those are adopted. From supervision's getNationalFigures (per half-year), getProvinceFigures (per
 * province: the municipalities for the map, their regimes and splits) and getNationalSeries.
 */
public record NationalPage(HalfYear period, String periodText, List<PeriodChoice> periods, Table provinces,
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
     * adopted at the half-year's deadline); empty for a half-year without them, on the page and in the exports.
     */
    public static final String PUBLISHED = "Landelijk gepubliceerd";

    /** @param provinces every province's figures of the half-year: its municipalities and the regimes decided for them today */
    public static Table provinces(NationalFigures view, List<ProvinceFigures> provinces) {
        Labels labels = MessageBundles.get(Labels.class);
        Map<String, Map<SupervisionRegime, Integer>> regimes = regimeCounts(provinces);
        String period = view.period();
        List<Row> rows = view.provinces().stream().map(p -> new Row(p.provinceCode(),
                "/dashboard/provincies/" + p.provinceCode() + "?periode=" + period,
                cells(labels, p.displayName(), p.municipalities(), p.totals(), p.standings(),
                        regimes.getOrDefault(p.provinceCode(), Map.of())))).toList();
        Map<SupervisionRegime, Integer> all = new EnumMap<>(SupervisionRegime.class);
        regimes.values().forEach(counts -> counts.forEach((regime, n) -> all.merge(regime, n, Integer::sum)));
        Row totals = new Row("totaal", null, cells(labels, "Nederland", view.municipalities(), view.totals(), view.standings(), all));
        return new Table("provincies", "Provincies, " + HalfYear.parse("period", period).dutch(), PROVINCE_HEADERS, rows, totals);
    }

    private static List<Cell> cells(Labels labels, String name, int municipalities, ProvinceFigures.Totals t, ProvinceFigures.Standings s,
                                    Map<SupervisionRegime, Integer> regimes) {
        ScheduleColour scheduleColour = t.scheduleColour();
        String colour = scheduleColour == null ? "" : labels.scheduleColour(scheduleColour);
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

    /** How many municipalities of each province are under each regime, as their province's figures give it. */
    static Map<String, Map<SupervisionRegime, Integer>> regimeCounts(List<ProvinceFigures> provinces) {
        Map<String, Map<SupervisionRegime, Integer>> counts = new HashMap<>();
        for (ProvinceFigures province : provinces) {
            Map<SupervisionRegime, Integer> each = new EnumMap<>(SupervisionRegime.class);
            province.lines().stream().filter(l -> l.regime() != null).forEach(l -> each.merge(l.regime(), 1, Integer::sum));
            counts.put(province.provinceCode(), each);
        }
        return counts;
    }

    /**
     * R3, splits: per split municipality, its open couplings COA has not yet divided (te verdelen), once, with the provinces
     * of its receivers that list them; the totals row is the country's, each split counted once however many provinces its
     * receivers lie in. In none of the municipalities' figures, so in none of the provinces' rows above.
     */
    public static Table toBeDivided(NationalFigures view, List<ProvinceFigures> provinces) {
        Map<String, String> provinceNames = new HashMap<>();
        provinces.forEach(p -> provinceNames.put(p.provinceCode(), p.name() == null ? p.provinceCode() : p.name()));
        Map<String, Set<String>> receivingProvinces = new HashMap<>();
        Map<String, ToBeDivided> once = new TreeMap<>();
        for (ProvinceFigures province : provinces) {
            for (ProvinceFigures.Line line : province.lines()) {
                List<ToBeDivided> splits = line.figures().toBeDivided() == null ? List.of() : line.figures().toBeDivided();
                for (ToBeDivided t : splits) {
                    once.putIfAbsent(t.municipalityCode(), t);
                    receivingProvinces.computeIfAbsent(t.municipalityCode(), k -> new HashSet<>()).add(province.provinceCode());
                }
            }
        }
        List<Row> rows = once.values().stream().map(t -> new Row(t.municipalityCode(), null, List.of(
                Cell.text(t.splitName()), Cell.number(t.couplings()), Cell.number(t.persons()), Cell.number(t.overdueCouplings()),
                Cell.number(t.personsInTemporaryHousing()), Cell.number(t.plannedCapacityPlaces()),
                Cell.text(receivingProvinces.get(t.municipalityCode()).stream().map(p -> provinceNames.getOrDefault(p, p)).sorted()
                        .collect(Collectors.joining(", ")))))).toList();
        List<String> headers = new ArrayList<>(OverviewPage.TO_BE_DIVIDED_HEADERS);
        headers.add("Provincies van de ontvangende gemeenten");
        ProvinceFigures.Totals t = view.totals();
        int overdue = once.values().stream().mapToInt(ToBeDivided::overdueCouplings).sum();
        Row country = new Row("totaal", null, List.of(Cell.text("Nederland"), Cell.number(t.toBeDividedCouplings()),
                Cell.number(t.toBeDividedPersons()), Cell.number(overdue), Cell.number(t.toBeDividedPersonsInTemporaryHousing()),
                Cell.number(t.toBeDividedPlannedCapacityPlaces()), Cell.text("")));
        return new Table("te-verdelen", "Te verdelen koppelingen na opsplitsing, " + HalfYear.parse("period", view.period()).dutch(),
                headers, rows, rows.isEmpty() ? null : country);
    }

    /**
     * The country per half-year, the latest first, with the published position at the end beside the system's own.
     *
     * @param published the national series' position at the end, by half-year, of those with COA's published positions
     */
    public static Table halfYears(List<NationalFigures> views, Map<HalfYear, Integer> published) {
        List<Row> rows = new ArrayList<>();
        for (NationalFigures view : views) {
            HalfYear period = HalfYear.parse("period", view.period());
            ProvinceFigures.Totals t = view.totals();
            rows.add(new Row(view.period(), null, List.of(new Cell(view.period(), period.dutch(), null),
                    Cell.date(period.deadline()), Cell.number(t.adjustedQuota()), Cell.number(t.housed()), Cell.number(t.backlog()),
                    Cell.number(view.standings().netBacklog()), Cell.number(view.standings().grossBacklog()),
                    published.containsKey(period) ? Cell.number(published.get(period)) : Cell.empty())));
        }
        return Table.of("halfjaren", "Nederland per halfjaar", List.of("Halfjaar", "Peildatum", "Taakstelling inclusief achterstand",
                "Gehuisvest", "Nog te huisvesten", "Netto achterstand", "Bruto achterstand", PUBLISHED), rows);
    }

    /**
     * The half-years of {@code views} whose position at the end as published the national series has (COA's end position
     * adopted at their deadline), the oldest first: the page asks the series for these alone, and not at all without any.
     */
    public static List<HalfYear> withPublishedPosition(List<NationalFigures> views) {
        return views.stream().filter(NationalFigures::coaEndPositionAdopted).map(v -> HalfYear.parse("period", v.period()))
                .sorted().toList();
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
        List<PublishedNationalSeries.Published> latestFirst = new ArrayList<>(PublishedNationalSeries.halfYears());
        Collections.reverse(latestFirst);
        List<Row> rows = new ArrayList<>();
        for (PublishedNationalSeries.Published h : latestFirst) {
            rows.add(new Row(h.period().toString(), null, List.of(new Cell(h.period().toString(), h.period().dutch(), null),
                    Cell.number(h.quota()), Cell.number(h.adjustedQuota()), Cell.number(h.housed()), Cell.number(h.position()))));
        }
        return Table.of("landelijke-reeks", "De landelijke reeks zoals gepubliceerd", List.of("Halfjaar", "Taakstelling",
                "Taakstelling inclusief achterstand of voorsprong", "Gehuisvest", "Stand einde halfjaar"), rows);
    }

    /**
     * Every municipality of the country's provinces in the half-year on the map: coloured by its schedule colour, or with
     * {@code populations} by its backlog per 1,000 inhabitants.
     */
    static MunicipalityMap map(HalfYear period, List<ProvinceFigures> provinces, Populations populations) {
        Map<String, Integer> persons = populations == null ? Map.of() : populations.byMunicipality();
        List<MunicipalityMap.Position> positions = municipalities(provinces).stream()
                .map(f -> {
                    String link = "/dashboard/gemeenten/" + f.municipalityCode() + "?periode=" + period;
                    return populations == null
                            ? MunicipalityMap.position(f.municipalityCode(), f.name(), f.backlog(), f.scheduleGap(), f.scheduleColour(), link)
                            : MunicipalityMap.perThousand(f.municipalityCode(), f.name(), f.backlog(), persons.get(f.municipalityCode()), link);
                }).toList();
        return MunicipalityMap.of(period.year(), positions, true, populations == null ? MunicipalityMap.SCHEDULE_LEGEND
                : MunicipalityMap.perThousandLegend(populations.referenceDate()));
    }

    private static List<MunicipalityFigures> municipalities(List<ProvinceFigures> provinces) {
        return provinces.stream().flatMap(p -> p.lines().stream()).map(ProvinceFigures.Line::figures)
                .sorted(Comparator.comparing(MunicipalityFigures::municipalityCode)).toList();
    }

    /**
     * The provinces' table with the backlog per 1,000 inhabitants as its last column, the map's equivalent when the map
     * shows it: a province's figure only when the population of every municipality it counts is known.
     */
    static Table withPerThousand(Table table, NationalFigures view, List<ProvinceFigures> provinces, Populations populations) {
        Map<String, Integer> persons = populations.byMunicipality();
        Map<String, Long> inhabitants = new HashMap<>();
        Set<String> incomplete = new HashSet<>();
        for (ProvinceFigures province : provinces) {
            for (ProvinceFigures.Line line : province.lines()) {
                Integer population = persons.get(line.figures().municipalityCode());
                if (population == null) {
                    incomplete.add(province.provinceCode());
                } else {
                    inhabitants.merge(province.provinceCode(), (long) population, Long::sum);
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            Row row = table.rows().get(i);
            rows.add(OverviewPage.withCell(row, perThousand(view.provinces().get(i).totals().backlog(),
                    incomplete.contains(row.key()) ? null : inhabitants.get(row.key()))));
        }
        Long country = incomplete.isEmpty() ? inhabitants.values().stream().mapToLong(Long::longValue).sum() : null;
        List<String> headers = new ArrayList<>(table.headers());
        headers.add(OverviewPage.PER_THOUSAND);
        return new Table(table.id(), table.title(), headers, rows,
                OverviewPage.withCell(table.totals(), perThousand(view.totals().backlog(), country)));
    }

    private static Cell perThousand(int backlog, Long inhabitants) {
        return OverviewPage.perThousand(BacklogPerThousand.of(backlog,
                inhabitants == null || inhabitants > Integer.MAX_VALUE || inhabitants == 0 ? null : inhabitants.intValue()));
    }
}
